"""``{% disease_questions disease_id %}``: the question links shown on a disease page."""

from __future__ import annotations

from django import template

from raremap.answers import QUESTIONS
from raremap.engine.criteria import sets_for_disease

register = template.Library()


@register.inclusion_tag("answers/_question_links.html")
def disease_questions(disease_id: str, disease_name: str = "") -> dict:
    return {
        "disease_id": disease_id,
        "disease_name": disease_name,
        "questions": [{"slug": q.slug, "title": q.title(disease_name) if disease_name else q.short} for q in QUESTIONS],
        "criteria_sets": sets_for_disease(disease_id),
    }
