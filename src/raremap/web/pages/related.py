"""Related diseases come from the engine (computed at build time); the site shows none
when the engine or its section is not there, and never computes similarity itself."""

from __future__ import annotations

from raremap.knowledge import KnowledgeBase
from raremap.web.pages.links import disease_url


def for_disease(kb: KnowledgeBase, disease_id: str, limit: int = 10) -> list[dict]:
    try:
        from raremap.engine.related import related_diseases
    except ImportError:
        return []
    try:
        rows = related_diseases(kb, disease_id, limit=limit)
    except LookupError:  # the artifact has no related-diseases section (KeyError)
        return []
    return [{**row, "url": disease_url(kb, row["id"])} for row in rows]
