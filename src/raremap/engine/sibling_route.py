"""The sibling route of a present term over the general terms, with the ancestors'
maximum taken once per general term instead of once per query term.

The sibling route of a present term ``q`` is ``max over the ancestors a of q of
kappa * U(D, a) / bg(a)``. Most of a term's ancestors are general terms (organ systems,
reached by hundreds of diseases or more) whose ``U`` columns are kept as dense rows
(:meth:`FeatureMatrices.densify`); a query term has about eight of them. For each general
term ``g`` this module keeps ``C(g)``, the maximum of ``kappa * U(D, b) / bg(b)`` over
``g`` and its general ancestors ``b``, and for each term its *lowest* general ancestors
(those no other general ancestor of the term lies below). Every general ancestor of ``q``
is a lowest one or an ancestor of one, so the maximum over ``q``'s general ancestors is
the maximum of ``C`` over its lowest general ancestors: about 1.3 rows per term instead
of eight. The products are the float32 products :func:`weighted_row_max` takes, and a
maximum does not depend on the order it is taken in, so the numbers are the same to the
bit. Costs one float32 row per general term (about 20 MB for all diseases), built once
per value of ``kappa``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

from raremap.engine.matrices import EngineMatrices, FeatureMatrices, columns_max, weighted_row_max


@dataclass
class SiblingClosure:
    """``rows`` float32 (n_general, n_rows): ``C(g)`` per row of ``fm.dense_reached``;
    ``lowest`` ``(indptr, indices)``: the lowest general ancestors of each term, as rows of
    ``rows``."""

    rows: np.ndarray
    lowest: tuple[np.ndarray, np.ndarray]


def sibling_closure(m: EngineMatrices, fm: FeatureMatrices, kappa: float) -> SiblingClosure | None:
    """The closure of ``fm``'s general terms for ``kappa`` (kept with ``fm``); None when
    ``fm`` has no dense rows."""
    if fm.dense_row is None or fm.dense_reached is None:
        return None
    kept = fm.__dict__.setdefault("_sibling_closures", {})
    found = kept.get(kappa)
    if found is None:
        found = kept[kappa] = _build(m, fm, kappa)
    return found


def _build(m: EngineMatrices, fm: FeatureMatrices, kappa: float) -> SiblingClosure:
    assert fm.dense_row is not None and fm.dense_reached is not None
    n_t = m.n_terms
    ptr, idx = m.ancestors
    general = np.flatnonzero(fm.dense_row >= 0)
    weights = kappa / m.background[general]  # float32, as the query path computes them
    # up[t, r]: dense row r is a (proper) ancestor of term t.
    owner = np.repeat(np.arange(n_t), np.diff(ptr))
    is_general = fm.dense_row[idx] >= 0
    up = sparse.csr_matrix((np.ones(int(is_general.sum()), dtype=np.float32),
                            (owner[is_general], fm.dense_row[idx[is_general]])), shape=(n_t, len(general)))
    rows = np.empty_like(fm.dense_reached)
    for r, g in enumerate(general.tolist()):
        mine = np.concatenate([[r], up.indices[up.indptr[g]:up.indptr[g + 1]]]).astype(np.int64)
        rows[r] = weighted_row_max(fm.dense_reached, mine, weights[mine])
    # A general ancestor of t below which another general ancestor of t lies is not lowest.
    above_lower = (up @ up[general]).tocsr()
    lowest = (up - up.multiply(above_lower > 0)).tocsr()
    lowest.eliminate_zeros()
    lowest.sort_indices()
    return SiblingClosure(rows, (lowest.indptr.astype(np.int64), lowest.indices.astype(np.int64)))


def sibling_max(m: EngineMatrices, fm: FeatureMatrices, kappa: float, terms: np.ndarray, anc: np.ndarray,
                owner: np.ndarray, out: np.ndarray) -> np.ndarray:
    """``out[j] = max(out[j], max over the ancestors a of terms[j] of kappa * U(D, a) / bg(a))``
    in place, ``anc``/``owner`` the ancestors of all terms and the term each belongs to
    (the same numbers as :meth:`FeatureMatrices.reached_max` over each term's ancestors)."""
    weights = kappa / m.background[anc]
    closure = sibling_closure(m, fm, kappa)
    if closure is None:
        return columns_max(fm.reached, anc, weights, owner, out)
    assert fm.dense_row is not None
    ptr, idx = closure.lowest
    for j, t in enumerate(terms.tolist()):
        for r in idx[ptr[t]:ptr[t + 1]].tolist():
            np.maximum(out[j], closure.rows[r], out=out[j])
    narrow = fm.dense_row[anc] < 0
    return columns_max(fm.reached, anc[narrow], weights[narrow], owner[narrow], out)
