"""Turning findings into a redacted text or highlighted segments."""

from __future__ import annotations

from raremap.privacy.finding import Finding


def redact(text: str, findings: list[Finding]) -> str:
    """Replace each finding with its kind in brackets: 'Call [phone]'."""
    out, pos = [], 0
    for f in sorted(findings, key=lambda f: f.start):
        out.append(text[pos:f.start])
        out.append(f"[{f.kind.label}]")
        pos = f.end
    out.append(text[pos:])
    return "".join(out)


def segments(text: str, findings: list[Finding]) -> list[tuple[str, str | None]]:
    """(piece, kind-or-None) pairs covering ``text``, for templates to highlight (they escape)."""
    out: list[tuple[str, str | None]] = []
    pos = 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start > pos:
            out.append((text[pos:f.start], None))
        out.append((text[f.start:f.end], f.kind.value))
        pos = f.end
    if pos < len(text):
        out.append((text[pos:], None))
    return out
