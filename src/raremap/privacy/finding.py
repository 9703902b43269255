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


GUESS_SOURCES = ("ner", "gazetteer")
NUMBERS = frozenset({Kind.RECORD_NUMBER, Kind.PHONE, Kind.EMAIL, Kind.URL, Kind.IP_ADDRESS, Kind.DATE})


def _unite_same_kind(findings: list[Finding]) -> list[Finding]:
    """Overlapping findings of one kind become one covering both ("I am Sarah" by a rule and
    "Sarah Jones" by the model: "Sarah Jones"), keeping the rule's source when there is one; but a
    model's guess that would carry a rule's finding into a rule's id, number, address on the web or date is
    dropped for the rule's own."""
    rules = [(f.kind, f.start, f.end) for f in findings if not f.source.startswith(GUESS_SOURCES) and f.kind in NUMBERS]
    out: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.kind, f.start)):
        prev = out[-1] if out and out[-1].kind == f.kind else None
        if prev is not None and f.start < prev.end:
            guess_prev, guess_f = prev.source.startswith(GUESS_SOURCES), f.source.startswith(GUESS_SOURCES)
            rule = f if guess_prev else prev
            start, end = min(prev.start, f.start), max(prev.end, f.end)
            if guess_prev != guess_f and any(k != f.kind and start < e and s < end and not (s < rule.end and rule.start < e)
                                             for k, s, e in rules):
                out[-1] = rule  # "Charing Cross Hospital ref CXH-88…": the model's guess runs into a rule's id
                continue
            source = prev.source if not prev.source.startswith(("ner", "gazetteer")) else f.source
            end = max(prev.end, f.end)
            text = prev.text + f.text[prev.end - f.start:] if f.end > prev.end else prev.text
            out[-1] = Finding(f.kind, prev.start, end, text, source)
        else:
            out.append(f)
    return out


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Keep a non-overlapping subset: a rule's match before a statistical guess (the NER
    model, the first-name list), then higher-priority kinds, then longer spans."""
    findings = _unite_same_kind(findings)
    ranked = sorted(findings, key=lambda f: (f.source in ("ner", "gazetteer"), PRIORITY[f.kind],
                                             -(f.end - f.start), f.start))
    kept: list[Finding] = []
    for f in ranked:
        if not any(f.overlaps(k) for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)
