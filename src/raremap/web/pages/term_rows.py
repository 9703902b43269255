"""The diseases of a symptom page, with their page addresses, kept with the knowledge base.

``term_diseases`` builds one annotation per disease: 86 ms for Seizure (2,462 diseases), so
the list is kept with the knowledge base (``kb.derived``, see :mod:`raremap.knowledge.derived`)
and only sorted and paged per request.
"""

from __future__ import annotations

from raremap.knowledge import KnowledgeBase
from raremap.knowledge.pages import term_diseases
from raremap.web.pages.links import disease_url

#: Name of the rows in ``kb.derived``, and how many (term, order) lists are kept.
DERIVED_NAME = "symptom page rows"
KEEP = 256


def term_rows(kb: KnowledgeBase, hpo_id: str, sort: str) -> list[dict]:
    """Diseases with the term, commonest first (``sort="band"``) or by name (``"name"``).
    Callers must not modify the rows."""

    def by_band() -> list[dict]:
        return [{**row, "url": disease_url(kb, row["id"])} for row in term_diseases(kb, hpo_id)]

    def by_name() -> list[dict]:
        rows = kb.derived.get(DERIVED_NAME, by_band, key=(hpo_id, "band"), limit=KEEP)
        return sorted(rows, key=lambda r: (r["name"].lower(), r["band_order"]))

    return kb.derived.get(DERIVED_NAME, by_name if sort == "name" else by_band, key=(hpo_id, sort), limit=KEEP)
