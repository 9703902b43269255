"""The parts of a disease page that come from the knowledge base alone, kept per process.

They depend only on the loaded knowledge artifact, which never changes while a process runs,
so they are computed once per disease and kept in a small bounded LRU (per process; the
shared page cache in ``raremap.web.ops`` is flushed by every community edit, this is not).
Rebuilding them costs about 7 ms for POEMS syndrome and 25 ms for the largest disease
(211 annotations); a kept copy costs nothing (measured 2026-11-22, see docs/benchmarks.md).
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from raremap.knowledge import KnowledgeBase
from raremap.knowledge.pages import disease_page
from raremap.knowledge.summary import summarise
from raremap.web.pages import chart, related
from raremap.web.pages.symptom_table import render_bands

MAX_KEPT = 256

_lock = threading.Lock()
_kept: OrderedDict[tuple[int, str], dict] = OrderedDict()


def disease_parts(kb: KnowledgeBase, disease_id: str) -> dict:
    """``{"page", "summary", "chart", "related", "symptom_rows"}`` for a known disease id
    (the primary CURIE). Callers must not modify what they get."""
    key = (id(kb), disease_id)
    with _lock:
        parts = _kept.get(key)
        if parts is not None:
            _kept.move_to_end(key)
            return parts
    page = disease_page(kb, disease_id)
    parts = {
        "page": page,
        "summary": summarise(page),
        "chart": chart.band_chart(page["bands"]),
        "related": related.for_disease(kb, disease_id),
        "symptom_rows": render_bands(page["bands"]),
    }
    with _lock:
        _kept[key] = parts
        while len(_kept) > MAX_KEPT:
            _kept.popitem(last=False)
    return parts


def forget_all() -> None:
    """Drop every kept page (tests; a process never needs it)."""
    with _lock:
        _kept.clear()
