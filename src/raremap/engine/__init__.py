"""The diagnosis engine: rank every annotated rare disease from a patient's HPO terms, and
explain each result. Part of the core: imports no Django.

    >>> from raremap.engine import rank                          # doctest: +SKIP
    >>> r = rank(kb, ["HP:0001271", "HP:0001744", "HP:0000846"]) # doctest: +SKIP
    >>> r.top(1)[0].id                                           # doctest: +SKIP
    'ORPHA:2905'
"""

from __future__ import annotations

from collections.abc import Iterable

from raremap.engine.explanation import explain_disease
from raremap.engine.query import resolve_query
from raremap.engine.ranker import Ranking, rank_query
from raremap.engine.ranking import method_names
from raremap.engine.related import related_diseases
from raremap.knowledge import KnowledgeBase


def rank(kb: KnowledgeBase, present: Iterable[str] = (), excluded: Iterable[str] = (), *,
         onset: str | None = None, sex: str | None = None, method: str | None = None,
         **params: float) -> Ranking:
    """Rank all diseases for HPO ids (alt and obsolete ids mapped, unknown ones reported in
    ``ranking.query.issues``)."""
    return rank_query(kb, resolve_query(kb, present, excluded, onset, sex), method, **params)


def explain(ranking: Ranking, disease_id: str, suggestions: int = 5) -> dict:
    """Why a disease sits where it does in a ranking (see :mod:`raremap.engine.explanation`)."""
    return explain_disease(ranking, disease_id, suggestions)


__all__ = ["Ranking", "explain", "method_names", "rank", "related_diseases"]
