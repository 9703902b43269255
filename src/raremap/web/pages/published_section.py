"""A disease page's "In N published patients" section, rendered once per disease from the
core's counts (:mod:`raremap.engine.published.feature_counts`) and kept with the page's
other parts (:mod:`raremap.web.pages.disease_parts`)."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from raremap.engine.published.feature_counts import published_counts
from raremap.knowledge import KnowledgeBase

#: More publications than this are listed folded.
OPEN_PAPERS = 6
#: Everyday names shown per row (the term's page has them all).
LAY_NAMES = 3


def _with_shares(rows: list[dict], n: int) -> list[dict]:
    """Each row with the widths of its bar (per cent of the patients, one decimal) and its
    first everyday names."""
    return [{**r, "seen_pct": round(100 * r["observed"] / n, 1), "absent_pct": round(100 * r["excluded"] / n, 1),
             "seen_share": round(100 * r["observed"] / n), "lay_shown": r["lay_names"][:LAY_NAMES],
             "lay_more": max(0, len(r["lay_names"]) - LAY_NAMES)} for r in rows]


def published_section(kb: KnowledgeBase, disease_id: str, disease_name: str) -> tuple[dict | None, SafeString]:
    """The core's counts (None without published patients) and the section's HTML ("")."""
    counts = published_counts(kb, disease_id)
    if counts is None:
        return None, mark_safe("")
    n = counts["patients"]
    reported = [f for f in counts["features"] if f["observed"] or f["excluded"]]
    html = render_to_string("pages/_published.html", {
        "pp": counts,
        "disease_name": disease_name,
        "reported": _with_shares(reported, n),
        "silent": [f for f in counts["features"] if not (f["observed"] or f["excluded"])],
        "unannotated": _with_shares(counts["unannotated"], n),
        "papers_open": len(counts["publications"]) <= OPEN_PAPERS,
    })
    return counts, mark_safe(html)  # noqa: S308 - rendered by the template engine, which escapes
