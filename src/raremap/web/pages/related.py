"""Related diseases come from the engine (computed at build time); the site shows none
when the knowledge base has no related-diseases section, and never computes similarity
itself."""

from __future__ import annotations

from raremap.engine.related import related_diseases, too_few_features
from raremap.knowledge import KnowledgeBase
from raremap.web.pages.links import disease_url

#: What the page says instead of a list, by reason.
TOO_FEW = ("The HPO annotations record too few specific symptoms of this disease to compare it "
           "with others, so no similar diseases are listed.")
NONE_CLOSE = ("No other disease shares enough specific recorded symptoms with this one to be "
              "listed as similar.")


#: Whose record a disease of the release is, by id prefix: a similar disease with this page's
#: very name ("Fraser syndrome" beside Fraser syndrome, 57 pages) is another source's entry.
RECORDS = {"ORPHA": "Orphanet", "OMIM": "OMIM", "DECIPHER": "DECIPHER"}


def for_disease(kb: KnowledgeBase, disease_id: str, limit: int = 10) -> list[dict]:
    try:
        rows = related_diseases(kb, disease_id, limit=limit)
    except LookupError:  # the artifact has no related-diseases section (KeyError)
        return []
    name = kb.diseases.name(disease_id).casefold()
    return [{**row, "url": disease_url(kb, row["id"]), "same_name": kb.diseases.name(row["id"]).casefold() == name,
             "record": RECORDS.get(row["id"].split(":", 1)[0], "another source")} for row in rows]


def note_for(kb: KnowledgeBase, disease_id: str, rows: list[dict]) -> str:
    """Why the list is empty ("" when it is not, or when the related section is not there)."""
    if rows or kb.section("related") is None:
        return ""
    return TOO_FEW if too_few_features(kb, disease_id) else NONE_CLOSE
