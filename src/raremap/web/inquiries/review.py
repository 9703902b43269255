"""The publication review of an inquiry: every piece of personal data the detector still sees
in the texts about to be published is shown highlighted, and publishing waits until each one
is edited out or confirmed "this is not personal" by the editor, one by one.

A confirmation is tied to the finding's field, place, kind and words (a hash, so the form
carries no extra copy of the text): an edit that moves or changes it asks again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from raremap.privacy import segments
from raremap.web import deid

FIELDS = {"published_question": "Question", "published_answer": "Answer"}


@dataclass(frozen=True)
class Remaining:
    key: str
    field: str
    kind: str
    text: str


@dataclass
class Review:
    remaining: list[Remaining]
    previews: list[tuple[str, list[tuple[str, str | None]]]]  # (field label, segments)

    def unconfirmed(self, confirmed: set[str]) -> list[Remaining]:
        return [r for r in self.remaining if r.key not in confirmed]


def _key(field: str, start: int, end: int, kind: str, piece: str) -> str:
    return hashlib.sha256(f"{field}\0{start}\0{end}\0{kind}\0{piece}".encode()).hexdigest()[:20]


def review(texts: dict[str, str]) -> Review:
    remaining, previews = [], []
    for field, label in FIELDS.items():
        text = texts.get(field) or ""
        found = deid.findings(text)
        previews.append((label, segments(text, found)))
        remaining += [Remaining(_key(field, f.start, f.end, f.kind.value, f.text), field,
                                f.kind.label, f.text) for f in found]
    return Review(remaining, previews)
