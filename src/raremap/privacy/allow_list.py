"""Disease and phenotype names that must not be taken for people or places.

Eponyms (Wilson disease, Fabry disease, Crohn's disease, Down syndrome) look like surnames
to any name finder. The vocabulary here holds every disease name and synonym and every HPO
term label and synonym of the knowledge base, normalised; the detector drops a name or place
finding that lies inside a mention of one of them. Built from a knowledge base object, so
this module imports neither Django nor the loader.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
DISEASE_WORDS = {"disease", "syndrome", "disorder", "sign", "anomaly", "phenomenon", "palsy",
                 "sarcoma", "lymphoma", "tumor", "tumour", "dystrophy", "ataxia", "anemia"}
MAX_TOKENS = 8


def normalise_token(tok: str) -> str:
    t = unicodedata.normalize("NFKD", tok.lower().replace("’", "'"))
    t = "".join(c for c in t if not unicodedata.combining(c))
    return t[:-2] if t.endswith("'s") else t


def tokens(text: str) -> list[re.Match]:
    return list(TOKEN.finditer(text))


def _phrase(text: str) -> str:
    return " ".join(normalise_token(m.group()) for m in TOKEN.finditer(text))


def _variants(name: str) -> set[str]:
    """A name and its shortened forms: 'Parkinson disease 15, autosomal recessive' also
    yields 'parkinson disease 15' and 'parkinson disease'."""
    out = {_phrase(name)}
    head = _phrase(name.split(",")[0])
    out.add(head)
    words = head.split()
    while words and (words[-1].isdigit() or words[-1] in {"type", "i", "ii", "iii", "iv"}
                     or (len(words[-1]) <= 2 and any(c.isdigit() for c in words[-1]))):
        words = words[:-1]
        out.add(" ".join(words))
    # Eponyms inside longer names: "Paraparetic variant of Guillain-Barré syndrome" also
    # yields "guillain barre syndrome" (up to three words before a disease word).
    for j, w in enumerate(words):
        if w in DISEASE_WORDS:
            for k in range(max(0, j - 3), j):
                out.add(" ".join(words[k:j + 1]))
    return {p for p in out if p}


@dataclass(frozen=True)
class DiseaseVocabulary:
    phrases: frozenset[str]
    eponyms: frozenset[str]

    @classmethod
    def from_names(cls, names, person_names: frozenset[str] = frozenset()) -> DiseaseVocabulary:
        phrases: set[str] = set()
        eponyms: set[str] = set()
        for name in names:
            for p in _variants(name):
                words = p.split()
                if len(words) > MAX_TOKENS:
                    continue
                if len(words) == 1 and words[0] in person_names:
                    continue  # a bare "Alexander" stays a possible name
                phrases.add(p)
                if len(words) >= 2 and words[1] in DISEASE_WORDS and words[0].isalpha():
                    eponyms.add(words[0])
        return cls(frozenset(phrases), frozenset(eponyms))

    @classmethod
    def from_knowledge(cls, kb, person_names: frozenset[str] = frozenset()) -> DiseaseVocabulary:
        def names():
            for disease_id, name in zip(kb.diseases.ids, kb.diseases.names, strict=True):
                yield name
                yield from kb.diseases.other_names(disease_id)
            for term in kb.ontology.terms():
                yield term.name
                yield from (s.text for s in term.synonyms)
        return cls.from_names(names(), person_names)

    def mentions(self, text: str) -> list[tuple[int, int]]:
        """Character spans of disease/phenotype name mentions in ``text``."""
        toks = tokens(text)
        norm = [normalise_token(m.group()) for m in toks]
        spans: list[tuple[int, int]] = []
        i = 0
        while i < len(toks):
            hit = 0
            for n in range(min(MAX_TOKENS, len(toks) - i), 0, -1):
                if " ".join(norm[i:i + n]) in self.phrases:
                    hit = n
                    break
            raw = toks[i].group()
            if not hit and norm[i] in self.eponyms and (
                raw.lower().endswith(("'s", "’s")) or (raw.isupper() and len(raw) > 2)
                or (i + 1 < len(norm) and norm[i + 1] in DISEASE_WORDS)
            ):
                hit = 1
            if hit:
                spans.append((toks[i].start(), toks[i + hit - 1].end()))
                i += hit
            else:
                i += 1
        return spans
