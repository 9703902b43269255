"""The batch protocol of ``raremap rank --batch``: JSON Lines in, JSON Lines out.

Each input line is ``{"id": ..., "present": ["HP:..."], "excluded": ["HP:..."]}`` (optional
``"onset": "HP:..."`` and ``"sex": "male"|"female"``). Each output line, in input order, is
``{"id": ..., "ranking": [{"disease": "OMIM:...", "name": ..., "score": float, "ids": [...]}, ...]}``
(``disease`` is the OMIM id of a merged Orphanet/OMIM disease, ``ids`` all its ids) or,
for a line that cannot be run, ``{"id": ..., "error": "..."}``. Unknown and obsolete ids
are reported on the error stream and skipped; nothing aborts the batch.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable

from raremap.engine.query import QueryError, resolve_query
from raremap.engine.ranker import rank_query
from raremap.engine.ranking import get_method
from raremap.knowledge import KnowledgeBase

_ID = re.compile(r'"id"\s*:\s*"((?:[^"\\]|\\.)*)"')


def _strings(value, key: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise QueryError(f"'{key}' must be a list of HPO id strings")
    return value


def run_query_line(kb: KnowledgeBase, line: str, number: int, top: int, method: str | None,
                   report: Callable[[str], None]) -> dict:
    """One input line → one output object (never raises for bad input)."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        # Keep the caller's id when it can still be read from the broken line.
        m = _ID.search(line)
        return {"id": m.group(1) if m else None,
                "error": f"line {number}: not valid JSON ({exc.msg} at column {exc.colno})"}
    except RecursionError:
        return {"id": None, "error": f"line {number}: not valid JSON (nested too deeply)"}
    if not isinstance(data, dict):
        return {"id": None, "error": f"line {number}: expected a JSON object, got {type(data).__name__}"}
    qid = data.get("id")
    if isinstance(qid, float) and not math.isfinite(qid):
        # NaN and Infinity, which Python reads, would make the output line invalid JSON
        return {"id": None, "error": f"line {number}: id must be a string or a number"}
    if qid is not None and not isinstance(qid, str | int | float):
        qid = json.dumps(qid)
    try:
        present = _strings(data.get("present"), "present")
        excluded = _strings(data.get("excluded"), "excluded")
        onset, sex = data.get("onset"), data.get("sex")
        if onset is not None and not isinstance(onset, str):
            raise QueryError("'onset' must be an HPO onset id string")
        if sex is not None and not isinstance(sex, str):
            raise QueryError("'sex' must be 'male' or 'female'")
        query = resolve_query(kb, present, excluded, onset, sex)
    except QueryError as exc:
        return {"id": qid, "error": f"line {number}: {exc}"}
    for issue in query.issues:
        report(f"query {qid!r} (line {number}): {issue.message()}")
    if not query.present:
        return {"id": qid, "error": f"line {number}: no usable present HPO terms"}
    ranking = rank_query(kb, query, method)
    return {
        "id": qid,
        "ranking": [
            {"disease": _preferred_id(r.ids), "name": r.name, "score": round(r.score, 6), "ids": list(r.ids)}
            for r in ranking.top(top)
        ],
    }


def _preferred_id(ids: tuple[str, ...]) -> str:
    """The OMIM id of a merged disease where there is one, so benchmarks keyed on OMIM ids
    stay comparable; ``ids`` lists every id."""
    return next((i for i in ids if i.startswith("OMIM:")), ids[0])


def run_batch(kb: KnowledgeBase, lines: Iterable[str | bytes], write: Callable[[str], None],
              report: Callable[[str], None], top: int = 100, method: str | None = None) -> tuple[int, int]:
    """Run every non-blank line; ``write`` gets each output line (with its newline).
    Lines given as bytes are decoded here: one that is not UTF-8 gets an error line.
    Returns ``(answered, failed)``. Raises ValueError only for an unknown method name."""
    get_method(method)
    answered = failed = 0
    for number, line in enumerate(lines, start=1):
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError:
                failed += 1
                write(json.dumps({"id": None, "error": f"line {number}: not valid UTF-8"}) + "\n")
                continue
        if not line.strip():
            continue
        out = run_query_line(kb, line, number, top, method, report)
        failed += "error" in out
        answered += "ranking" in out
        write(json.dumps(out, ensure_ascii=False) + "\n")
    return answered, failed
