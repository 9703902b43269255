"""Template context shared by every page: the HPO release and the data sets named in the
footer, and the staff queues the signed-in user may open (the header's staff menu)."""

from __future__ import annotations

from django.http import HttpRequest

from raremap.web.knowledge import KnowledgeUnavailable, get_kb


def site(request: HttpRequest) -> dict:
    try:
        kb = get_kb()
        release = kb.release
        # Every data set the pages draw on beyond HPO (Orphanet, MONDO, published patients):
        # the footer names each, so no fact appears without its source being named.
        others = [{"name": s["name"], "url": s.get("url")} for s in kb.sources
                  if s["name"] != "Human Phenotype Ontology"]
    except KnowledgeUnavailable:  # error pages must render even without a knowledge base
        release, others = None, []
    from raremap.web.staff import queue_links

    return {"hpo_release": release, "other_data_sets": others,
            "staff_queues": queue_links(getattr(request, "user", None))}
