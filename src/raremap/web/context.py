"""Template context shared by every page: the HPO release shown in the footer."""

from __future__ import annotations

from django.http import HttpRequest

from raremap.web.knowledge import KnowledgeUnavailable, get_kb


def site(request: HttpRequest) -> dict:
    try:
        release = get_kb().release
    except KnowledgeUnavailable:  # error pages must render even without a knowledge base
        release = None
    return {"hpo_release": release}
