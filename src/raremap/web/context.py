"""Template context shared by every page: the HPO release shown in the footer and
the staff queues the signed-in user may open (the header's staff menu)."""

from __future__ import annotations

from django.http import HttpRequest

from raremap.web.knowledge import KnowledgeUnavailable, get_kb


def site(request: HttpRequest) -> dict:
    try:
        release = get_kb().release
    except KnowledgeUnavailable:  # error pages must render even without a knowledge base
        release = None
    from raremap.web.staff import queue_links

    return {"hpo_release": release, "staff_queues": queue_links(getattr(request, "user", None))}
