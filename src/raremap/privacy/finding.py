"""One piece of personal data found in a text."""

from __future__ import annotations

from dataclasses import dataclass

from raremap.privacy.kinds import PRIORITY, Kind


@dataclass(frozen=True, slots=True)
class Finding:
    kind: Kind
    start: int
    end: int
    text: str
    source: str  # "rule:<name>", "ner", "gazetteer"

    def overlaps(self, other: Finding) -> bool:
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict:
        return {"kind": self.kind.value, "start": self.start, "end": self.end,
                "text": self.text, "source": self.source}


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Keep a non-overlapping subset: higher-priority kinds first, then longer spans."""
    ranked = sorted(findings, key=lambda f: (PRIORITY[f.kind], -(f.end - f.start), f.start))
    kept: list[Finding] = []
    for f in ranked:
        if not any(f.overlaps(k) for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)
