"""Looking diseases up for community pages: canonical id and name, or None."""

from __future__ import annotations

from raremap.web.knowledge import disease_id_or_404, get_kb


def get_disease(disease_id: str):
    """The knowledge base's Disease for ``disease_id`` (any accepted spelling) or Http404."""
    kb = get_kb()
    return kb.disease(disease_id_or_404(kb, disease_id))


def disease_name(disease_id: str) -> str:
    kb = get_kb()
    canonical = kb.diseases.resolve(disease_id)
    return kb.diseases.name(canonical) if canonical else disease_id
