"""Published patients as arrays the ranking reads, and the per-query counts drawn from them.

For the ``n_dp`` diseases that have published patients, a query needs, for a few term
columns ``c``: how many of the disease's patients show ``c`` (or a term below it), were
annotated with exactly ``c``, or were looked at for ``c`` and found without it (``c`` or a
term above it excluded). Patients of chosen publications can be left out (so that a
benchmark never lets a patient's own paper vote): one mask over patients, then sparse
products, no Python loop over diseases or patients.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from raremap.engine.matrices import EngineMatrices, ancestor_matrix
from raremap.engine.published.section import SECTION

_ATTR = "_raremap_published_matrices"
_lock = threading.Lock()


def _indicator(ptr: np.ndarray, idx: np.ndarray, n_terms: int) -> sparse.csr_matrix:
    rows = np.repeat(np.arange(len(ptr) - 1), np.diff(ptr))
    return sparse.csr_matrix((np.ones(len(idx), dtype=np.float32), (rows, idx)), shape=(len(ptr) - 1, n_terms))


@dataclass
class Counts:
    """Per-query counts over the diseases with patients: ``n`` float64 (n_dp,) patients
    kept; ``shown``, ``exact``, ``absent`` float64 (n_dp, c) per asked column."""

    n: np.ndarray
    shown: np.ndarray
    exact: np.ndarray
    absent: np.ndarray


@dataclass
class PatientMatrices:
    """``rows`` int64 (n_dp,): kb disease index of each disease with patients; ``group``
    int32 (n_p,): its position in ``rows`` for each patient; ``paper`` int32 (n_p,);
    ``pmids`` list; ``reach``/``exact``/``excluded`` float32 CSC (n_p, n_t) indicators;
    ``members`` float32 CSR (n_dp, n_p)."""

    rows: np.ndarray
    group: np.ndarray
    paper: np.ndarray
    pmids: list[str]
    reach: sparse.csc_matrix
    exact: sparse.csc_matrix
    excluded: sparse.csr_matrix
    members: sparse.csr_matrix

    @property
    def n_patients(self) -> int:
        return len(self.group)

    @classmethod
    def build(cls, kb, m: EngineMatrices) -> PatientMatrices:
        sec = kb.section(SECTION) or {}
        n_t = m.n_terms
        disease = np.asarray(sec.get("disease", np.zeros(0, dtype=np.int32)))
        rows, group = np.unique(disease, return_inverse=True)
        empty = (np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.int32))
        ptr, idx = sec.get("present", empty)
        exact = _indicator(ptr, idx, n_t)
        reach = exact @ ancestor_matrix(kb)
        reach.data[:] = 1.0
        ptr, idx = sec.get("excluded", empty)
        excluded = _indicator(ptr, idx, n_t)
        members = sparse.csr_matrix(
            (np.ones(len(group), dtype=np.float32), (group, np.arange(len(group)))), shape=(len(rows), len(group))
        )
        return cls(rows.astype(np.int64), group.astype(np.int32), np.asarray(sec.get("paper", []), dtype=np.int32),
                   list(sec.get("pmids", [])), reach.tocsc(), exact.tocsc(), excluded, members)

    def keep_mask(self, exclude_pmids) -> np.ndarray:
        """float32 (n_p,): 1 for patients kept, 0 for those of the given publications."""
        wanted = set(exclude_pmids or ())
        drop = np.array([p in wanted for p in self.pmids], dtype=bool)
        return (~drop[self.paper]).astype(np.float32) if len(self.paper) else np.zeros(0, np.float32)

    def counts(self, m: EngineMatrices, columns: np.ndarray, keep: np.ndarray) -> Counts:
        """Counts for ``columns`` (term indices) over the kept patients."""
        n = self.members @ keep.astype(np.float64)
        shown = self.members @ (self.reach[:, columns].toarray() * keep[:, None])
        exact = self.members @ (self.exact[:, columns].toarray() * keep[:, None])
        # A patient lacks c when c or a term above it was looked for and found absent.
        ptr, idx = m.ancestors
        lengths = ptr[columns + 1] - ptr[columns] + 1
        up_rows = np.concatenate([np.concatenate([[c], idx[ptr[c]:ptr[c + 1]]]) for c in columns]) \
            if len(columns) else np.zeros(0, dtype=np.int64)
        up_cols = np.repeat(np.arange(len(columns)), lengths)
        up = sparse.csr_matrix((np.ones(len(up_rows), dtype=np.float32), (up_rows, up_cols)),
                               shape=(m.n_terms, len(columns)))
        lacks = (self.excluded @ up).toarray() > 0
        absent = self.members @ (lacks * keep[:, None])
        return Counts(np.asarray(n, dtype=np.float64), np.asarray(shown, dtype=np.float64),
                      np.asarray(exact, dtype=np.float64), np.asarray(absent, dtype=np.float64))


def patient_matrices(kb, m: EngineMatrices) -> PatientMatrices:
    """The patients' arrays for ``kb``, built on first use and kept on the object."""
    cached = kb.__dict__.get(_ATTR)
    if cached is None:
        with _lock:
            cached = kb.__dict__.get(_ATTR)
            if cached is None:
                cached = PatientMatrices.build(kb, m)
                kb.__dict__[_ATTR] = cached
    return cached


def disease_support(kb, disease_index: int, terms, exclude_pmids=()) -> tuple[int, np.ndarray, np.ndarray]:
    """For one disease: how many published patients it has (publications left out as asked),
    and for each of ``terms`` how many of them show it (or a more specific term) and how
    many were looked at and found without it. ``(0, zeros, zeros)`` without patients."""
    from raremap.engine.matrices import engine_matrices

    m = engine_matrices(kb)
    pm = patient_matrices(kb, m)
    terms = np.asarray(list(terms), dtype=np.int64)
    where = np.searchsorted(pm.rows, disease_index)
    if not len(terms) or where >= len(pm.rows) or pm.rows[where] != disease_index:
        return 0, np.zeros(len(terms), dtype=int), np.zeros(len(terms), dtype=int)
    columns, back = np.unique(terms, return_inverse=True)
    c = pm.counts(m, columns, pm.keep_mask(exclude_pmids))
    return int(c.n[where]), c.shown[where, back].astype(int), c.absent[where, back].astype(int)
