"""What a disease's published patients say about a query, for the explanations."""

from __future__ import annotations

import re

from raremap.engine.published.evidence import disease_support
from raremap.engine.published.similar import similar_patients

_AGE = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")
_UNITS = ("year", "month", "week", "day")


def age_text(iso8601: str | None) -> str | None:
    """``"P5Y8M"`` → ``"5 years 8 months"``; None for no or an unreadable age."""
    m = _AGE.match(iso8601 or "")
    if not m or not any(m.groups()):
        return None
    parts = [(int(v), u) for v, u in zip(m.groups(), _UNITS, strict=True) if v is not None]
    return " ".join(f"{v} {u}{'' if v == 1 else 's'}" for v, u in parts if v or len(parts) == 1)


def published_explanation(ranking, index: int, top: int = 3) -> dict | None:
    """None when the disease has no published patients; else ``patients`` (how many),
    ``features`` (each present query feature with how many of them showed it) and
    ``like_yours`` (the closest of them, see :func:`similar_patients`)."""
    kb, query = ranking.kb, ranking.query
    n, shown, _absent = disease_support(kb, index, query.present)
    if n == 0:
        return None
    ids = kb.ontology.ids
    like = similar_patients(kb, query, kb.diseases.ids[index], top=top)
    for p in like:
        p["age_text"] = age_text(p["age"])
    return {
        "patients": n,
        "features": [{"hpo_id": ids[q], "name": kb.ontology.name(ids[q]), "shown": int(k)}
                     for q, k in zip(query.present, shown, strict=True)],
        "like_yours": like,
        "note": "These are the patients described in the publications of phenopacket-store, "
                "not a representative sample of people with this condition.",
    }
