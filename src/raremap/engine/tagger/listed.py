"""A sentence that lists findings, read part by part.

The fusion reads a sentence by meaning as a whole and keeps one finding from it besides
its firm word matches: "she scarcely sweats and the room spins when she stands up, and
bruises turn up from nowhere" gave Bruising susceptibility and Vertigo, but not the
sweating. Here each part of such a sentence, cut where "and" (or "but", "while", ...)
starts a new subject, that holds no term yet is read on its own, and the term nearest to
it is added when it is clearly said (:data:`PART_ACCEPT`) and is none of the text's terms,
nor a broader or narrower one. An added term comes after the sentence's own terms, so a
one-finding sentence told in several parts keeps its first term. A part with a denial, a
relative or a "normal" is not read (the fusion has already weighed those words).
"""

from __future__ import annotations

import numpy as np

from raremap.engine.tagger import fusion
from raremap.engine.tagger.pregnancy import unsaid_prenatal
from raremap.engine.tagger.result import TaggedTerm
from raremap.engine.tagger.words import Word

#: a part's nearest term is added when its similarity (with the bonus of a word match
#: inside the part) reaches this bar
PART_ACCEPT = 0.6
#: each side of a cut holds at least this many content words
PART_CONTENT_WORDS = 2


def parts(words: list[Word], lo: int, hi: int, stop) -> list[tuple[int, int]]:
    """The parts of the sentence ``words[lo:hi]`` (one part when it has no cut)."""
    out, first = [], lo
    for i in fusion.new_subject_cuts(words, lo, hi):
        left = sum(words[j].norm not in stop for j in range(first, i))
        right = sum(words[j].norm not in stop for j in range(i + 1, hi))
        if left >= PART_CONTENT_WORDS and right >= PART_CONTENT_WORDS:
            out.append((first, i))
            first = i
    out.append((first, hi))
    return out


def read_parts(tagger, text: str, words: list[Word], lexical: list[TaggedTerm], out: list[TaggedTerm],
               negated: list[int], others: list[bool], normal: list[bool]) -> list[TaggedTerm]:
    """``out`` with the findings the unexplained parts of its listing sentences add."""
    stop = tagger.normaliser.stop
    todo: list[tuple[int, int, int, int]] = []
    for lo, hi in fusion.sentences(words)[:fusion.MAX_SENTENCES]:
        cut = parts(words, lo, hi, stop)
        if len(cut) < 2:
            continue
        for a, b in cut:
            first, last = words[a].start, words[b - 1].end
            if any(t.end > first and t.start < last for t in out):
                continue  # the part says a term already
            if any(negated[i] >= 0 or others[i] or normal[i] for i in range(a, b)):
                continue
            if sum(words[i].norm not in stop for i in range(a, b)) >= fusion.MIN_CONTENT_WORDS:
                todo.append((lo, hi, a, b))
    if not todo:
        return out
    index, lex, ont = tagger.semantic, tagger.lexicon, tagger.kb.ontology
    unsaid = unsaid_prenatal(tagger, text)
    texts = [text[words[a].start : words[b - 1].end] for _, _, a, b in todo]
    for (lo, hi, a, b), (states, _) in zip(todo, index.encoder.token_states_many(texts), strict=True):
        start, end = words[lo].start, words[hi - 1].end
        first, last = words[a].start, words[b - 1].end
        scores = fusion._similarities(tagger, index.encoder.vector_of(states), unsaid)
        inside = [t for t in lexical if first <= t.start and t.end <= last and not t.negated]
        for t in inside:
            slot = lex.slot_of.get(t.hpo)
            if slot is not None:
                scores[slot] += fusion.LEXICAL_BONUS * t.score
        for t in out:  # said already, or denied, in so many words or by meaning
            for h in fusion._related(ont, t.hpo):
                slot = lex.slot_of.get(h)
                if slot is not None:
                    scores[slot] = -1.0
        top = int(np.argmax(scores))
        if scores[top] < PART_ACCEPT:
            continue
        hpo = lex.term_ids[top]
        mine = [t.score for t in out if start <= t.start and t.end <= end and not t.negated]
        score = round(max(min(float(scores[top]), 1.0, min(mine, default=1.0) - 0.001), 0.0), 3)
        word = next((t for t in inside if t.hpo == hpo), None)
        if word is not None:
            out = [*out, TaggedTerm(hpo=hpo, label=word.label, start=word.start, end=word.end, score=score,
                                    negated=False, matched=word.matched, source=word.source)]
        else:
            out = [*out, TaggedTerm(hpo=hpo, label=lex.labels[top], start=first, end=last, score=score,
                                    negated=False, matched=text[first:last], source="meaning")]
    return out
