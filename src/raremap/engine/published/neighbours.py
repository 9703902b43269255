"""The published patients closest to a query: evidence for their disease beside the
frequencies.

The fused frequencies (``ranking``) read each of a query's features apart; a disease's
published patients also say which features come *together*. Each kept patient ``p`` is
compared with the query over the ontology: both are taken with every ancestor of their
features (so a query's "Seizure" meets a patient's "Focal impaired awareness seizure"), and
the overlap is weighed by information content (terms below ``MIN_IC`` left out)::

    sim(Q, p) = ic(Q ∩ P) / sqrt(ic(Q) * ic(P))       # cosine over ancestor sets, 0..1

A disease's closeness ``s(D)`` is the mean of its ``k`` closest kept patients' ``sim``
(fewer when it has fewer). Its log10 likelihood ratio is ``weight * (s(D) - s̄)``, with
``s̄`` the mean closeness over the diseases that have kept patients, so that having
published patients is no advantage in itself: a disease whose patients look like the
query gains, one whose patients do not loses, and a disease without published patients
(or whose only paper is left out) is unaffected.
"""

from __future__ import annotations

import numpy as np

from raremap.engine.matrices import EngineMatrices
from raremap.engine.published.evidence import PatientMatrices
from raremap.engine.query import Query

#: Terms shown by more than about a fifth of all diseases (information content below this)
#: are left out of the comparison: they say little about which patient is alike, and they
#: are most of the work (most patients reach them).
MIN_IC = 1.5


def _patient_mass(pm: PatientMatrices, ic: np.ndarray) -> np.ndarray:
    """float64 (n_p,): each patient's ``ic(P)`` over the ancestor set (cached)."""
    cached = pm.__dict__.get("_ic_mass")
    if cached is None:
        cached = np.maximum(np.asarray(pm.reach @ ic).ravel(), 1e-9)
        pm.__dict__["_ic_mass"] = cached
    return cached


def similarities(m: EngineMatrices, pm: PatientMatrices, query: Query, terms: np.ndarray | None = None) -> np.ndarray:
    """float64 (n_p,): ``sim(Q, p)`` for every published patient. ``terms``: the query's
    present terms with all their ancestors, when the caller has them (int64, unique)."""
    if not query.present or not pm.n_patients:
        return np.zeros(pm.n_patients)
    ic = _ic(m)
    if terms is None:
        present = np.asarray(query.present, dtype=np.int64)
        ptr, idx = m.ancestors
        terms = np.unique(np.concatenate([present, idx[_spans(ptr, present)]])).astype(np.int64)
    terms = terms[ic[terms] > 0]
    q_mass = float(ic[terms].sum())
    if q_mass <= 0:
        return np.zeros(pm.n_patients)
    # The columns of the query's terms, read straight from the CSC arrays (one bincount).
    reach = pm.reach
    at = _spans(reach.indptr, terms)
    weights = np.repeat(ic[terms], reach.indptr[terms + 1] - reach.indptr[terms])
    overlap = np.bincount(reach.indices[at], weights=weights, minlength=pm.n_patients)
    return overlap / np.sqrt(q_mass * _patient_mass(pm, ic))


def _spans(indptr: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """int64: the positions ``indptr[r]:indptr[r + 1]`` of each of ``rows``, one after another."""
    lo = indptr[rows].astype(np.int64)
    n = indptr[rows + 1].astype(np.int64) - lo
    return np.arange(int(n.sum()), dtype=np.int64) + np.repeat(lo - (np.cumsum(n) - n), n)


def _ic(m: EngineMatrices) -> np.ndarray:
    """float64 (n_t,): the terms' information content, 0 below :data:`MIN_IC` (cached)."""
    cached = m.__dict__.get("_neighbour_ic")
    if cached is None:
        ic = m.ic.astype(np.float64)
        cached = m.__dict__["_neighbour_ic"] = np.where(ic >= MIN_IC, ic, 0.0)
    return cached


def _layout(pm: PatientMatrices) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Patients by disease (cached): ``order`` int64 (n_p,), the ``start`` of each
    disease's run in it (n_dp,), and the disease of each position (n_p,)."""
    cached = pm.__dict__.get("_by_disease")
    if cached is None:
        order = np.argsort(pm.group, kind="stable")
        start = np.r_[0, np.cumsum(np.bincount(pm.group, minlength=len(pm.rows)))[:-1]].astype(np.int64)
        cached = pm.__dict__["_by_disease"] = (order, start, pm.group[order].astype(np.int64))
    return cached


def closeness(pm: PatientMatrices, sim: np.ndarray, keep: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """``s(D)`` float64 (n_dp,) and bool (n_dp,) whether D has any kept patient."""
    n_dp = len(pm.rows)
    if not pm.n_patients:
        return np.zeros(n_dp), np.zeros(n_dp, dtype=bool)
    order, start, owner = _layout(pm)
    # The k largest per disease, one at a time (no sort): left-out patients count as -1.
    value = np.where(keep[order] > 0, sim[order], -1.0)
    total, count = np.zeros(n_dp), np.zeros(n_dp)
    for step in range(k):
        best = np.maximum.reduceat(value, start)
        found = best >= 0
        total += np.where(found, best, 0.0)
        count += found
        if step == k - 1 or not found.any():
            break
        at = np.flatnonzero(value == best[owner])  # the first position of each disease's best
        at = at[np.r_[True, owner[at][1:] != owner[at][:-1]]]
        value[at] = -1.0
    has = count > 0
    out = np.zeros(n_dp)
    out[has] = total[has] / count[has]
    return out, has


def neighbour_log_lr(m: EngineMatrices, pm: PatientMatrices, query: Query, keep: np.ndarray,
                     k: int, weight: float, terms: np.ndarray | None = None) -> np.ndarray:
    """float64 (n_dp,): the log10 likelihood ratio of each disease with patients (0 for
    those whose patients are all left out)."""
    out = np.zeros(len(pm.rows))
    if weight <= 0 or not query.present or not pm.n_patients:
        return out
    s, has = closeness(pm, similarities(m, pm, query, terms), keep, max(int(k), 1))
    if has.any():
        out[has] = weight * (s[has] - s[has].mean())
    return out
