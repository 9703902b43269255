"""``{% disease_questions disease_id %}``: the question links shown on a disease page; and
``source_site``, the site a bare reference id leads to ("ORPHA:558" → "Orphanet")."""

from __future__ import annotations

from django import template

from raremap.answers import QUESTIONS
from raremap.engine.criteria import sets_for_disease

register = template.Library()


#: Past this many characters a disease's name is not repeated in each of the ten question
#: links ("What causes 1q21.1 recurrent microdeletion (susceptibility locus for ...)?"):
#: they take the short form ("Causes") under the section's heading.
LONG_NAME = 40


@register.inclusion_tag("answers/_question_links.html")
def disease_questions(disease_id: str, disease_name: str = "") -> dict:
    full = bool(disease_name) and len(disease_name) <= LONG_NAME
    return {
        "disease_id": disease_id,
        "disease_name": disease_name,
        "questions": [{"slug": q.slug, "title": q.title(disease_name) if full else q.short} for q in QUESTIONS],
        "criteria_sets": sets_for_disease(disease_id),
    }


#: The site a reference id's link opens, by prefix, as the disease page names them.
SITES = {"ORPHA": "Orphanet", "OMIM": "OMIM", "DECIPHER": "DECIPHER", "PMID": "PubMed", "GARD": "GARD",
         "MONDO": "MONDO"}


@register.filter
def source_site(curie: str) -> str:
    """"Orphanet" for "ORPHA:558", "" for an id of no known site."""
    return SITES.get(str(curie).partition(":")[0], "")
