"""The diagnosis engine: rank every annotated rare disease from a patient's HPO terms, and
explain each result. Part of the core: imports no Django.

    >>> from raremap.engine import rank                          # doctest: +SKIP
    >>> r = rank(kb, ["HP:0001271", "HP:0001744", "HP:0000846"]) # doctest: +SKIP
    >>> r.top(1)[0].id                                           # doctest: +SKIP
    'ORPHA:2905'

This package is imported by every knowledge build and load (through ``engine.build``), so
it imports nothing heavy itself: the functions below import their modules when called.
"""

from __future__ import annotations

from collections.abc import Iterable


def rank(kb, present: Iterable[str] = (), excluded: Iterable[str] = (), *, onset: str | None = None,
         sex: str | None = None, method: str | None = None, **params):
    """Rank all diseases for HPO ids (alt and obsolete ids mapped, unknown ones reported in
    ``ranking.query.issues``). Returns a :class:`raremap.engine.ranker.Ranking`."""
    from raremap.engine.query import resolve_query
    from raremap.engine.ranker import rank_query

    return rank_query(kb, resolve_query(kb, present, excluded, onset, sex), method, **params)


def explain(ranking, disease_id: str, suggestions: int = 5) -> dict:
    """Why a disease sits where it does in a ranking (see :mod:`raremap.engine.explanation`)."""
    from raremap.engine.explanation import explain_disease

    return explain_disease(ranking, disease_id, suggestions)


def related_diseases(kb, disease_id: str, limit: int = 10) -> list[dict]:
    """Diseases whose features resemble this one's (precomputed at build time)."""
    from raremap.engine.related import related_diseases as _related

    return _related(kb, disease_id, limit)


def method_names() -> list[str]:
    from raremap.engine.ranking import method_names as _names

    return _names()


__all__ = ["explain", "method_names", "rank", "related_diseases"]
