"""Canonical addresses of disease and term pages."""

from __future__ import annotations

from django.urls import reverse
from django.utils.text import slugify

from raremap.knowledge import Hit, KnowledgeBase


def disease_url(kb: KnowledgeBase, disease_id: str) -> str:
    """``/disease/ORPHA:2905/poems-syndrome/`` (the slug is left out when a name has none)."""
    slug = slugify(kb.diseases.name(disease_id))[:80].strip("-")
    if slug:
        return reverse("pages-disease-slug", args=[disease_id, slug])
    return reverse("pages-disease", args=[disease_id])


def hit_url(kb: KnowledgeBase, hit: Hit) -> str:
    if hit.kind == "disease":
        return disease_url(kb, hit.id)
    return reverse("pages-term", args=[hit.id])
