"""The tagger's batch protocol (used by ``raremap tag --batch``): JSON Lines in, one JSON
line out per input line, in order.

In: ``{"id": ..., "text": "..."}`` per line (blank lines are skipped).
Out: ``{"id": ..., "terms": [{"hpo", "label", "start", "end", "score", "negated"}, ...]}``
best first, or ``{"id": ..., "error": "..."}`` for a line that cannot be tagged (not JSON,
not an object, no text, text too long); ``id`` is null when the line has none.
"""

from __future__ import annotations

from typing import IO

from raremap.engine.tagger.matcher import MAX_TEXT_CHARS, Tagger, TextTooLongError
from raremap.jsonlines import read_text_item, run_lines

#: A line longer than this is refused before parsing (the text limit plus JSON overhead).
MAX_LINE_CHARS = MAX_TEXT_CHARS * 6 + 1000


def tag_line(tagger: Tagger, line: str, number: int, limit: int | None = None) -> dict:
    """The output object for one input line."""
    item = read_text_item(line, number, MAX_LINE_CHARS)
    if isinstance(item, dict):
        return item
    ident, text = item
    try:
        result = tagger.tag(text, limit=limit, questions=False)
    except TextTooLongError as exc:
        return {"id": ident, "error": f"line {number}: {exc}"}
    return {"id": ident, "terms": [t.to_dict() for t in result.terms]}


def run_batch(tagger: Tagger, stdin: IO[bytes], stdout: IO[str], limit: int | None = None) -> tuple[int, int]:
    """Tag every line of the binary stream ``stdin`` onto ``stdout``; returns (lines
    answered, lines with errors). A line that is not UTF-8 gets an error, not a crash."""
    return run_lines(stdin, stdout, lambda line, number: tag_line(tagger, line, number, limit))
