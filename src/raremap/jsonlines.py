"""The JSON Lines batch protocols' shared reading and writing (``tag --batch``,
``deidentify --batch``): one object in per line, one object out per line, in order; a bad
line gets ``{"id": ..., "error": "line N: ..."}`` and the batch goes on."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import IO


def read_text_item(line: str, number: int, max_chars: int) -> tuple[object, str] | dict:
    """``(id, text)`` from a ``{"id": ..., "text": "..."}`` line, or the error object."""
    if len(line) > max_chars:
        return {"id": None, "error": f"line {number}: longer than {max_chars:,} characters"}
    try:
        item = json.loads(line)
    except (ValueError, RecursionError) as exc:
        return {"id": None, "error": f"line {number}: not valid JSON ({exc.args[0] if exc.args else exc})"}
    if not isinstance(item, dict):
        return {"id": None, "error": f'line {number}: expected an object like {{"id": 1, "text": "..."}}'}
    ident = item.get("id")
    if isinstance(ident, dict | list) or (isinstance(ident, float) and not math.isfinite(ident)):
        # NaN and Infinity, which Python reads, would make the output line invalid JSON
        return {"id": None, "error": f"line {number}: id must be a string or a number"}
    text = item.get("text")
    if not isinstance(text, str):
        return {"id": ident, "error": f'line {number}: "text" must be a string'}
    return ident, text


def run_lines(stdin: IO[bytes], stdout: IO[str], answer: Callable[[str, int], dict]) -> tuple[int, int]:
    """``answer(line, number)`` for every non-blank line of the binary stream ``stdin``,
    written to ``stdout``; returns (lines answered, lines with errors). A line that is not
    UTF-8 gets an error, not a crash."""
    done = failed = 0
    for number, raw in enumerate(stdin, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            out = {"id": None, "error": f"line {number}: not valid UTF-8"}
        else:
            if not line.strip():
                continue
            out = answer(line, number)
        failed += "error" in out
        done += 1
        stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        stdout.flush()
    return done, failed
