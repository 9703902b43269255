"""The parts of a disease page that come from the knowledge base alone, kept with it
(``kb.derived``, see :mod:`raremap.knowledge.derived`).

Rebuilding them costs about 7 ms for POEMS syndrome and 25 ms for the largest disease
(211 annotations); with them kept, a POEMS page renders in about 6 ms instead of 15 ms
in-process (measured 2026-11-22 on the shared 2-core machine).
"""

from __future__ import annotations

from raremap.answers.page_facts import page_facts
from raremap.answers.phrases import join_words
from raremap.answers.summary import summarise
from raremap.knowledge import KnowledgeBase
from raremap.knowledge.pages import disease_page
from raremap.web.pages import chart, related
from raremap.web.pages.links import disease_url
from raremap.web.pages.published_section import published_section
from raremap.web.pages.symptom_table import render_bands

#: Name of the parts in ``kb.derived``, and how many diseases' parts are kept.
DERIVED_NAME = "disease page parts"
KEEP = 256


def disease_parts(kb: KnowledgeBase, disease_id: str) -> dict:
    """``{"page", "summary", "chart", "related", "related_note", "symptom_rows", "prevalence", "broader",
    "narrower", "cited", "published", "published_html"}`` for a known disease id
    (the primary CURIE). Callers must not modify what they get."""

    def compute() -> dict:
        page = disease_page(kb, disease_id)
        published, published_html = published_section(kb, disease_id, page["name"])
        similar = related.for_disease(kb, disease_id)
        return {
            "page": page,
            "summary": _summary(kb, disease_id, page),
            "chart": chart.band_chart(page["bands"]),
            "related": similar,
            # Why no similar diseases are listed ("" when some are).
            "related_note": related.note_for(kb, disease_id, similar),
            "symptom_rows": render_bands(page["bands"]),
            "prevalence": _prevalence(page),
            "broader": [{**b, "url": disease_url(kb, b["id"])} for b in page["broader"]],
            "narrower": [{**n, "url": disease_url(kb, n["id"])} for n in page["narrower"]],
            # The annotations' references but the disease's own id (already listed above them).
            "cited": [r for r in page["references"] if r["id"] != page["id"]],
            # "In N published patients" (None and "" for a disease without any).
            "published": published,
            "published_html": published_html,
        }

    return kb.derived.get(DERIVED_NAME, compute, key=disease_id, limit=KEEP)


def _summary(kb: KnowledgeBase, disease_id: str, page: dict) -> dict:
    """"In short" and the facts box: what the disease is, how it is inherited and when it
    starts come from curated content, then Orphanet, then HPO (the same order as the
    answers); the symptom counts come after, from the HPO annotations."""
    summary = dict(summarise(page, kb.ontology.ancestors))
    facts = page_facts(kb, disease_id)
    summary.update(kind=facts["kind"], inheritance=facts["inheritance"], onset=facts["onset"],
                   inheritance_rows=facts["inheritance_box"], onset_rows=facts["onset_box"], notes=facts["notes"])
    # The data sets "In short" rests on (linked on the page), then the content pack's notes.
    parts = [{"name": s.name, "url": s.url} for s in facts["data_sources"]]
    if facts["notes"]:
        parts.append({"name": facts["notes"]["label"], "url": None})
    summary["provenance_parts"] = parts
    summary["provenance"] = (f"Composed automatically from {join_words([p['name'] for p in parts])}; "
                             "not reviewed by a clinician.")
    return summary


def _prevalence(page: dict) -> list[dict]:
    """Orphanet's prevalence classes in plain words, each with its kind."""
    orpha = page["orphanet"] or {}
    return [{"plain": p["plain"], "kind": kind}
            for key, kind in (("prevalence", "point prevalence"), ("birth_prevalence", "birth prevalence"),
                              ("annual_incidence", "annual incidence"))
            for p in orpha.get(key, ())]
