"""The de-identification detector: rules + name gazetteer + (when installed) Presidio/spaCy
NER, with disease and phenotype names as an allow-list."""

from __future__ import annotations

from dataclasses import dataclass, field

from raremap.privacy.allow_list import DiseaseVocabulary
from raremap.privacy.finding import Finding, resolve_overlaps
from raremap.privacy.kinds import Kind
from raremap.privacy.names import find_names, first_names
from raremap.privacy.ner import NerEngine, load_ner
from raremap.privacy.patterns import find_by_rules

MAX_CHARS = 20_000
# Kinds a disease mention can cancel: only the guesses made from capitalised words.
# Only guesses from capitalised words can be cancelled; a title rule ("Dr Wilson") or an
# address pattern ("Flat 3") is kept even when it touches a phenotype word.
ALLOWABLE = {Kind.NAME, Kind.ADDRESS}
GUESSES = {"ner", "gazetteer"}


@dataclass
class Detector:
    vocabulary: DiseaseVocabulary = field(
        default_factory=lambda: DiseaseVocabulary(frozenset(), frozenset()))
    ner: NerEngine | None = None

    @property
    def engine_name(self) -> str:
        return "rules+gazetteer" + (f"+{self.ner.name}" if self.ner else " (no NER model)")

    def find(self, text: str) -> list[Finding]:
        """Personal data in ``text`` as non-overlapping findings in reading order.

        Raises ValueError for text longer than MAX_CHARS (callers limit posts far below).
        """
        if len(text) > MAX_CHARS:
            raise ValueError(f"text too long for de-identification ({len(text)} > {MAX_CHARS})")
        found = list(find_by_rules(text)) + list(find_names(text))
        if self.ner is not None:
            found += self.ner.find(text)
        mentions = self.vocabulary.mentions(text)
        found = [f for f in found if not (f.kind in ALLOWABLE and f.source in GUESSES
                                          and _overlaps_any(f, mentions))]
        return resolve_overlaps(found)


def _overlaps_any(f: Finding, spans: list[tuple[int, int]]) -> bool:
    return any(f.start < e and s < f.end for s, e in spans)


def build_detector(kb=None, use_ner: bool = True) -> Detector:
    """A detector whose allow-list comes from ``kb`` (a loaded KnowledgeBase), if given."""
    vocab = (DiseaseVocabulary.from_knowledge(kb, first_names()) if kb is not None
             else DiseaseVocabulary(frozenset(), frozenset()))
    return Detector(vocab, load_ner() if use_ner else None)
