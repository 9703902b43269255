"""The batch protocol of ``raremap deidentify --batch``: JSON Lines in, one JSON line out per
input line, in order (for benchmarks and for staff checking texts before publication).

In: ``{"id": ..., "text": "..."}`` per line (blank lines are skipped).
Out: ``{"id": ..., "findings": [{"start", "end", "kind"}, ...], "redacted": "..."}`` or
``{"id": ..., "error": "..."}`` for a line that cannot be read (not JSON, not an object, no
text, text too long); ``id`` is null when the line has none. Offsets are in characters
(Python string indices) of the input text.
"""

from __future__ import annotations

from typing import IO

from raremap.jsonlines import read_text_item, run_lines
from raremap.privacy.detector import MAX_CHARS, Detector
from raremap.privacy.redact import redact

MAX_LINE_CHARS = MAX_CHARS * 6 + 1000


def deidentify_line(detector: Detector, line: str, number: int) -> dict:
    item = read_text_item(line, number, MAX_LINE_CHARS)
    if isinstance(item, dict):
        return item
    ident, text = item
    try:
        found = detector.find(text)
    except ValueError as exc:
        return {"id": ident, "error": f"line {number}: {exc}"}
    return {"id": ident,
            "findings": [{"start": f.start, "end": f.end, "kind": f.kind.value} for f in found],
            "redacted": redact(text, found)}


def run_batch(detector: Detector, stdin: IO[bytes], stdout: IO[str]) -> tuple[int, int]:
    """De-identify every line of the binary stream ``stdin`` onto ``stdout``; returns (lines
    answered, lines with errors)."""
    return run_lines(stdin, stdout, lambda line, number: deidentify_line(detector, line, number))
