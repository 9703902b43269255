"""Rank every disease for a patient's phenotype: the engine's entry point."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from raremap.engine.matrices import engine_matrices
from raremap.engine.query import Query
from raremap.engine.ranking import Scores, get_method
from raremap.knowledge import KnowledgeBase


@dataclass(frozen=True)
class RankedDisease:
    """One row of a ranking. ``probability`` is the posterior share under a uniform prior
    (likelihood method only), ``None`` for similarity scores."""

    rank: int
    id: str
    name: str
    score: float
    probability: float | None = None
    #: Every release id of the disease (a merged Orphanet/OMIM pair has two), canonical first.
    ids: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        out = {"rank": self.rank, "disease": self.id, "name": self.name, "score": round(self.score, 6),
               "ids": list(self.ids or (self.id,))}
        if self.probability is not None:
            out["probability"] = self.probability
        return out


@dataclass
class Ranking:
    """All diseases ordered for one query. ``order`` int64 (n_d,): disease indices, best first
    (ties broken by disease index, so the order is deterministic)."""

    kb: KnowledgeBase
    query: Query
    method: str
    scores: Scores

    @cached_property
    def order(self) -> np.ndarray:
        return np.lexsort((np.arange(len(self.scores.total)), -self.scores.total))

    @cached_property
    def _position(self) -> np.ndarray:
        pos = np.empty(len(self.order), dtype=np.int64)
        pos[self.order] = np.arange(len(self.order))
        return pos

    @cached_property
    def probabilities(self) -> np.ndarray | None:
        if self.scores.unit != "log10 LR":
            return None
        z = self.scores.total - self.scores.total.max()
        p = np.power(10.0, z)
        return p / p.sum()

    def best(self, n: int) -> np.ndarray:
        """The first ``n`` of :attr:`order` without sorting every disease (a partial
        sort of the candidates at or above the n-th score, ties included)."""
        total = self.scores.total
        if "order" in self.__dict__ or n <= 0 or n * 8 >= len(total) or not np.isfinite(total).all():
            return self.order[:n]
        threshold = np.partition(total, len(total) - n)[len(total) - n]
        candidates = np.flatnonzero(total >= threshold)
        return candidates[np.lexsort((candidates, -total[candidates]))][:n]

    def top(self, n: int = 10) -> list[RankedDisease]:
        """The first ``n`` rows (:meth:`row` of each, the values read in one pass)."""
        best = self.best(n).tolist()
        d = self.kb.diseases
        probs = self.probabilities
        scores = self.scores.total[best].tolist()
        shares = [None] * len(best) if probs is None else probs[best].tolist()
        return [RankedDisease(rank=rank, id=d.ids[i], name=d.names[i], score=score, probability=share,
                              ids=d.all_ids(d.ids[i]))
                for rank, (i, score, share) in enumerate(zip(best, scores, shares, strict=True), start=1)]

    def row(self, index: int, rank: int | None = None) -> RankedDisease:
        """The row of disease ``index``; ``rank`` when the caller already knows it."""
        d = self.kb.diseases
        probs = self.probabilities
        return RankedDisease(
            rank=rank if rank is not None else int(self._position[index]) + 1,
            id=d.ids[index],
            name=d.names[index],
            score=float(self.scores.total[index]),
            probability=None if probs is None else float(probs[index]),
            ids=d.all_ids(d.ids[index]),
        )

    def rank_of(self, disease_id: str) -> int:
        """1-based rank of a disease (raises KeyError for an unknown id)."""
        return int(self._position[self.kb.diseases.index_of(disease_id)]) + 1


def rank_query(kb: KnowledgeBase, query: Query, method: str | None = None, **params) -> Ranking:
    """Score all diseases for a resolved :class:`Query` with the named method."""
    impl = get_method(method, **params)
    if hasattr(impl, "bind"):
        impl.bind(kb)  # methods that read more of the knowledge base than the matrices
    scores = impl.score(engine_matrices(kb), query)
    return Ranking(kb, query, impl.name, scores)
