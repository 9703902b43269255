"""The tagger's batch protocol (used by ``raremap tag --batch``): JSON Lines in, one JSON
line out per input line, in order.

In: ``{"id": ..., "text": "..."}`` per line (blank lines are skipped).
Out: ``{"id": ..., "terms": [{"hpo", "label", "start", "end", "score", "negated"}, ...]}``
best first, or ``{"id": ..., "error": "..."}`` for a line that cannot be tagged (not JSON,
not an object, no text, text too long); ``id`` is null when the line has none.
"""

from __future__ import annotations

import json
from typing import IO

from raremap.engine.tagger.matcher import MAX_TEXT_CHARS, Tagger, TextTooLongError

#: A line longer than this is refused before parsing (the text limit plus JSON overhead).
MAX_LINE_CHARS = MAX_TEXT_CHARS * 6 + 1000


def tag_line(tagger: Tagger, line: str, number: int, limit: int | None = None) -> dict:
    """The output object for one input line."""
    if len(line) > MAX_LINE_CHARS:
        return {"id": None, "error": f"line {number}: longer than {MAX_LINE_CHARS:,} characters"}
    try:
        item = json.loads(line)
    except ValueError as exc:
        return {"id": None, "error": f"line {number}: not valid JSON ({exc.args[0] if exc.args else exc})"}
    if not isinstance(item, dict):
        return {"id": None, "error": f'line {number}: expected an object like {{"id": 1, "text": "..."}}'}
    ident = item.get("id")
    if isinstance(ident, dict | list):
        return {"id": None, "error": f"line {number}: id must be a string or a number"}
    text = item.get("text")
    if not isinstance(text, str):
        return {"id": ident, "error": f'line {number}: "text" must be a string'}
    try:
        result = tagger.tag(text, limit=limit, questions=False)
    except TextTooLongError as exc:
        return {"id": ident, "error": f"line {number}: {exc}"}
    return {"id": ident, "terms": [t.to_dict() for t in result.terms]}


def run_batch(tagger: Tagger, stdin: IO[bytes], stdout: IO[str], limit: int | None = None) -> tuple[int, int]:
    """Tag every line of the binary stream ``stdin`` onto ``stdout``; returns (lines
    answered, lines with errors). A line that is not UTF-8 gets an error, not a crash."""
    done = failed = 0
    for number, raw in enumerate(stdin, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            out = {"id": None, "error": f"line {number}: not valid UTF-8"}
        else:
            if not line.strip():
                continue
            out = tag_line(tagger, line, number, limit)
        failed += "error" in out
        done += 1
        stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        stdout.flush()
    return done, failed
