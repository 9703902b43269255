"""Lexical and semantic matches together, sentence by sentence.

The lexical matcher (:mod:`.matcher`) keeps what it is good at: exact names and
synonyms, negation, relatives' symptoms, several findings in one sentence. For each
sentence of a short text (at most :data:`MAX_CHARS` characters), the sentence is also embedded
(:mod:`.semantic`) and compared with every term's name and lay phrases:

* a lexical match of score ≥ :data:`FIRM_LEXICAL` stands, and its words are left out of
  the sentence before it is embedded ("pins and needles in his feet and his skin is
  getting darker" is also read as "in his feet and his skin is getting darker", with the
  higher bar :data:`ACCEPT_REST`);
* the candidates — the nearest terms by meaning and the weaker lexical matches of the
  sentence — are ranked by similarity to the sentence, a lexical match adding
  :data:`LEXICAL_BONUS` × its score;
  the best is kept when its score reaches :data:`ACCEPT`, and nothing is added below it
  (no answer rather than a wrong one);
* when the runners-up are within :data:`CLOSE` of the best, they become the choices of a
  "which of these do you mean?" question; when the best two share a parent and are both
  close, the parent is returned (a vague phrase lands on the broader term).

A sentence about someone else ("my mother has diabetes") or one that says something is
normal ("her heart scan was normal") adds nothing, and a sentence whose words are denied
("never had fits") gives a negated term.
"""

from __future__ import annotations

import numpy as np

from raremap.engine.tagger.result import Choice, Question, TaggedTerm
from raremap.engine.tagger.words import HARD_BOUNDARY, Word

#: Longer texts (clinic letters, abstracts) are matched by words only: on GSC+ abstracts
#: reading by meaning added more wrong terms than right ones, and a search box, a symptom
#: line or a short message is what it is for.
MAX_CHARS = 280
MAX_SENTENCES = 8
MIN_CONTENT_WORDS = 2
ACCEPT = 0.45  #: tuned on lay-dev (0.40–0.55 tried)
LEXICAL_BONUS = 0.25  #: tuned on lay-dev (0, 0.12, 0.25 tried)
FIRM_LEXICAL = 0.9  #: a lexical match this good stands; the rest of its sentence is still read
ACCEPT_REST = 0.65  #: the bar for the words left beside a firm match (leftovers mislead more)
CLOSE = 0.02
PARENT_MAX_DESCENDANTS = 30
MAX_CHOICES = 5
#: A sentence saying a finding is normal ("her heart scan was normal") is not read by
#: meaning: its nearest terms are the abnormalities it rules out.
NORMAL_WORDS = frozenset({"normal", "fine", "unremarkable", "healthy", "ok", "okay"})
NOT_WORDS = frozenset({"not", "isnt", "wasnt", "arent", "werent", "never", "no"})


def sentences(words: list[Word]) -> list[tuple[int, int]]:
    out = []
    lo = 0
    for i, w in enumerate(words):
        if i > lo and w.boundary == HARD_BOUNDARY:
            out.append((lo, i))
            lo = i
    if words:
        out.append((lo, len(words)))
    return out


def fuse(tagger, text: str, words: list[Word], terms: list[TaggedTerm], negated: list[int],
         others: list[bool]) -> tuple[list[TaggedTerm], list[Question]]:
    index = tagger.semantic
    lex = tagger.lexicon
    ont = tagger.kb.ontology
    stop = tagger.normaliser.stop
    spans = []
    for lo, hi in sentences(words)[:MAX_SENTENCES]:
        start, end = words[lo].start, words[hi - 1].end
        inside = [t for t in terms if start <= t.start and t.end <= end and not t.negated]
        strong = [t for t in inside if t.score >= FIRM_LEXICAL]
        # words a firm lexical match already explains are left out of the query
        free = [i for i in range(lo, hi) if not any(t.start <= words[i].start < t.end for t in strong)]
        content = [i for i in free if words[i].norm not in stop]
        if len(content) < MIN_CONTENT_WORDS:
            continue
        if sum(others[i] for i in content) * 2 > len(content):
            continue
        if any(words[i].norm in NORMAL_WORDS and (i == lo or words[i - 1].norm not in NOT_WORDS) for i in range(lo, hi)):
            continue
        query = text[start:end] if len(free) == hi - lo else " ".join(words[i].raw for i in free)
        spans.append((lo, hi, content, query, inside, strong))
    if not spans:
        return terms, []
    queries = index.embed([q for *_, q, _, _ in spans])
    out = list(terms)
    questions: list[Question] = []
    for (lo, hi, content, _q, inside, strong), query in zip(spans, queries, strict=True):
        start, end = words[lo].start, words[hi - 1].end
        weak = [t for t in inside if t not in strong]
        scores = index.term_similarities(query)
        for t in weak:
            slot = lex.slot_of.get(t.hpo)
            if slot is not None:
                scores[slot] += LEXICAL_BONUS * t.score
        taken = set()
        for t in strong:
            taken |= ont.ancestors(t.hpo, include_self=True) | ont.descendants(t.hpo)
        for h in taken:
            slot = lex.slot_of.get(h)
            if slot is not None:
                scores[slot] = -1.0  # already said by a firm match
        order = np.argsort(-scores)[:MAX_CHOICES]
        top = int(order[0])
        if scores[top] < (ACCEPT_REST if strong else ACCEPT):
            continue
        hpo = lex.term_ids[top]
        close = [int(s) for s in order[1:] if scores[top] - scores[int(s)] <= CLOSE]
        if close:
            shared = set(ont.parents(hpo)) & set(ont.parents(lex.term_ids[close[0]]))
            for p in sorted(shared):
                slot = lex.slot_of.get(p)
                if slot is not None and int(lex.n_descendants[slot]) <= PARENT_MAX_DESCENDANTS:
                    hpo, top = p, slot
                    break
        is_negated = sum(negated[i] >= lo for i in content) * 2 > len(content)
        out = [t for t in out if not (t in weak and t.hpo != hpo)]
        if all(t.hpo != hpo for t in out):
            out.append(TaggedTerm(hpo=hpo, label=lex.labels[top], start=start, end=end,
                                  score=round(min(float(scores[top]), 1.0), 3), negated=is_negated,
                                  matched=text[start:end], source="meaning"))
        if close and not is_negated and not strong:
            picks = [lex.term_ids[int(order[0])]] + [lex.term_ids[s] for s in close] + [hpo]
            choices = tuple(Choice(h, ont.name(h), tuple(ont.term(h).lay_names[:3]), ont.term(h).definition)
                            for h in dict.fromkeys(picks))
            questions.append(Question(start, end, text[start:end], choices))
    return out, questions
