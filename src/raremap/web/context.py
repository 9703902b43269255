"""Template context shared by every page: the HPO release shown in the footer."""

from __future__ import annotations

from django.http import HttpRequest

from raremap.web.knowledge import get_kb


def site(request: HttpRequest) -> dict:
    try:
        release = get_kb().release
    except Exception:  # the error page must render even when the knowledge base is broken
        release = None
    return {"hpo_release": release}
