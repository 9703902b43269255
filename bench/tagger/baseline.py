"""The baseline the tagger is measured against: an exact-dictionary concept recogniser.

Like the published recognisers it matches the labels and synonyms of hp.obo (all of
them, lay synonyms included) as exact word sequences after lower-casing, removing
punctuation and stripping plural endings, longest match first; it gets the same
negation rules as the tagger, so the comparison isolates vocabulary and matching.
"""

from __future__ import annotations

from raremap.engine.tagger.negation import NegationRules
from raremap.engine.tagger.vocabulary import lay_vocabulary
from raremap.engine.tagger.words import split_words
from raremap.knowledge.ontology import PHENOTYPIC_ABNORMALITY
from raremap.knowledge.text import stem

MAX_WORDS = 12


class ExactMatcher:
    def __init__(self, kb) -> None:
        self.table: dict[tuple[str, ...], str] = {}
        ont = kb.ontology
        for tid in sorted(ont.descendants(PHENOTYPIC_ABNORMALITY)):  # same winner every run
            term = ont.term(tid)
            for text in [term.name, *(s.text for s in term.synonyms)]:
                key = tuple(stem(w.norm) for w in split_words(text))
                if key:
                    self.table.setdefault(key, tid)
        self.negation = NegationRules(lay_vocabulary().negation)

    def tag(self, text: str) -> list[tuple[str, bool]]:
        words = split_words(text)
        keys = [stem(w.norm) for w in words]
        cues = self.negation.negated(words)
        out: list[tuple[str, bool]] = []
        seen = set()
        i = 0
        while i < len(words):
            for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
                tid = self.table.get(tuple(keys[i : i + n]))
                if tid is not None:
                    negated = any(c >= 0 and not i <= c < i + n for c in cues[i : i + n])
                    if tid not in seen:
                        out.append((tid, negated))
                        seen.add(tid)
                    i += n
                    break
            else:
                i += 1
        return out
