"""Shared by the must-stay tests: a stand-in NER model that makes a given mistake every time, and
the findings that overlap a part of a text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from raremap.privacy import Kind
from raremap.privacy.finding import Finding


@dataclass
class GuessingModel:
    """A stand-in for the NER model that takes ``guess`` for a ``kind`` wherever it appears (the
    mistakes the real model makes on such text, made every time)."""
    guess: str
    kind: Kind = Kind.NAME
    name: str = "test-model"

    def find(self, text: str) -> list[Finding]:
        return [Finding(self.kind, m.start(), m.end(), m.group(), "ner")
                for m in re.finditer(re.escape(self.guess), text)]


def covered(detector, text, part):
    """The detector's findings that overlap ``part`` (its first occurrence in ``text``)."""
    s = text.index(part)
    return [f for f in detector.find(text) if f.start < s + len(part) and s < f.end]
