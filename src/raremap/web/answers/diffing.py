"""A side-by-side diff of a curated answer, server-rendered: what changed since the last
reviewed version (or, for an answer never reviewed, since its first version)."""

from __future__ import annotations

import difflib

FIELDS = (("tldr", "In short"), ("body", "Text"), ("sources", "Sources"), ("mode", "Mode"))


def side_by_side(old: str, new: str) -> list[dict]:
    """Rows ``{"kind": equal|changed|removed|added, "old": str|None, "new": str|None}``,
    line by line (``difflib.SequenceMatcher``)."""
    a, b = _lf(old).split("\n"), _lf(new).split("\n")
    rows: list[dict] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            rows += [{"kind": "equal", "old": x, "new": y} for x, y in zip(a[i1:i2], b[j1:j2], strict=True)]
        elif tag == "delete":
            rows += [{"kind": "removed", "old": x, "new": None} for x in a[i1:i2]]
        elif tag == "insert":
            rows += [{"kind": "added", "old": None, "new": y} for y in b[j1:j2]]
        else:
            left, right = a[i1:i2], b[j1:j2]
            for k in range(max(len(left), len(right))):
                rows.append({"kind": "changed", "old": left[k] if k < len(left) else None,
                             "new": right[k] if k < len(right) else None})
    return rows


def answer_diff(base, answer) -> list[dict]:
    """Per field that differs: ``{"label", "rows"}``; ``base`` is an AnswerRevision."""
    out = []
    for field, label in FIELDS:
        old, new = (_lf(getattr(x, field) or "") for x in (base, answer))
        if old != new:
            out.append({"label": label, "rows": side_by_side(old, new)})
    return out


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
