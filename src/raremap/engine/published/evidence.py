"""Published patients as arrays the ranking reads, and the per-query counts drawn from them.

For the ``n_dp`` diseases that have published patients, a query needs, for a few term
columns ``c``: how many of the disease's patients show ``c`` (or a term below it), were
annotated with exactly ``c``, or were looked at for ``c`` and found without it (``c`` or a
term above it excluded). Patients of chosen publications can be left out (so that a
benchmark never lets a patient's own paper vote): one mask over patients, then sparse
products, no Python loop over diseases or patients.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

from raremap.engine.matrices import EngineMatrices, ancestor_matrix
from raremap.engine.published.section import SECTION

#: Name of the patients' arrays in ``kb.derived``.
DERIVED_NAME = "published-patient-matrices"


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
    ``members`` float32 CSR (n_dp, n_p); ``ancestors_t`` see below."""

    rows: np.ndarray
    group: np.ndarray
    paper: np.ndarray
    pmids: list[str]
    reach: sparse.csc_matrix
    exact: sparse.csc_matrix
    excluded: sparse.csr_matrix
    members: sparse.csr_matrix
    #: float32 CSR (n_t, n_t): 1 where the row term is the column term or above it.
    ancestors_t: sparse.csr_matrix | None = None

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
        up = ancestor_matrix(kb)
        reach = exact @ up
        reach.data[:] = 1.0
        ptr, idx = sec.get("excluded", empty)
        excluded = _indicator(ptr, idx, n_t)
        members = sparse.csr_matrix(
            (np.ones(len(group), dtype=np.float32), (group, np.arange(len(group)))), shape=(len(rows), len(group))
        )
        return cls(rows.astype(np.int64), group.astype(np.int32), np.asarray(sec.get("paper", []), dtype=np.int32),
                   list(sec.get("pmids", [])), reach.tocsc(), exact.tocsc(), excluded, members,
                   up.T.tocsr())

    def keep_mask(self, exclude_pmids) -> np.ndarray:
        """float32 (n_p,): 1 for patients kept, 0 for those of the given publications."""
        index = self.__dict__.get("_paper_index")
        if index is None:
            index = self.__dict__["_paper_index"] = {p: i for i, p in enumerate(self.pmids)}
        drop = np.zeros(len(self.pmids), dtype=bool)
        drop[[index[p] for p in set(exclude_pmids or ()) if p in index]] = True
        return (~drop[self.paper]).astype(np.float32) if len(self.paper) else np.zeros(0, np.float32)

    def _totals(self) -> tuple[np.ndarray, np.ndarray]:
        """Per-disease counts over every patient (shown, exact, absent), dense over the
        terms that any patient touches: ``row`` int32 (n_t,) (-1: all counts 0) and
        ``values`` float32 (n_touched, 3, n_dp). Built once."""
        cached = self.__dict__.get("_totals_cache")
        if cached is None:
            cached = _dense_counts(self.members, self._per_patient(), self.reach.shape[1])
            self.__dict__["_totals_cache"] = cached
        return cached

    def _per_patient(self) -> tuple:
        cached = self.__dict__.get("_per_patient_cache")
        if cached is None:
            lacks = (self.excluded @ self.ancestors_t).tocsr()
            lacks.data[:] = 1.0
            cached = (self.reach.tocsr(), self.exact.tocsr(), lacks)
            self.__dict__["_per_patient_cache"] = cached
        return cached

    def _paper_counts(self, paper: int) -> tuple[np.ndarray, np.ndarray]:
        """Like :meth:`_totals`, for the patients of one paper only (cached per paper)."""
        cache = self.__dict__.setdefault("_paper_cache", {})
        if paper not in cache:
            mine = np.flatnonzero(self.paper == paper)
            members = sparse.csr_matrix((np.ones(len(mine)), (self.group[mine], np.arange(len(mine)))),
                                        shape=(len(self.rows), len(mine)))
            parts = tuple(t[mine] for t in self._per_patient())
            cache[paper] = _dense_counts(members, parts, self.reach.shape[1])
        return cache[paper]

    def counts(self, m: EngineMatrices, columns: np.ndarray, keep: np.ndarray) -> Counts:
        """Counts for ``columns`` (term indices) over the kept patients: the totals over
        all patients less those of the papers left out."""
        n, out = self.counts_by_term(columns, keep)
        return Counts(n, out[0].T, out[1].T, out[2].T)

    def counts_by_term(self, columns: np.ndarray, keep: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`counts` laid out by term: ``n`` float64 (n_dp,) and float64 (3, c, n_dp),
        shown, exact and absent (the same numbers)."""
        columns = np.asarray(columns, dtype=np.int64)
        kept = keep > 0
        n = np.bincount(self.group[kept], minlength=len(self.rows)).astype(np.float64)
        out = take_rows(*self._totals(), columns)
        dropped = np.flatnonzero(~kept)
        for paper in np.unique(self.paper[dropped]):
            out -= take_rows(*self._paper_counts(int(paper)), columns)
        return n, out


def _dense_counts(members: sparse.csr_matrix, per_patient: tuple, n_terms: int) -> tuple[np.ndarray, np.ndarray]:
    """``(row, values)`` of :meth:`PatientMatrices._totals` for the given patients."""
    sums = [(members @ t).tocsc() for t in per_patient]
    touched = np.unique(np.concatenate([np.flatnonzero(np.diff(s.indptr)) for s in sums]))
    row = np.full(n_terms, -1, dtype=np.int32)
    row[touched] = np.arange(len(touched), dtype=np.int32)
    values = np.stack([s[:, touched].toarray().T for s in sums], axis=1).astype(np.float32)
    return row, values


def take_rows(row: np.ndarray, values: np.ndarray, columns: np.ndarray) -> np.ndarray:
    """float64 (v, c, n_rows): the rows of ``columns`` in ``values`` (n_touched, v,
    n_rows), by ``row`` (int32 (n_t,), -1: zeros)."""
    out = np.zeros((values.shape[1], len(columns), values.shape[2]))
    at = row[columns]
    hit = at >= 0
    if hit.any():
        out[:, hit] = values[at[hit]].transpose(1, 0, 2)
    return out


def patient_matrices(kb, m: EngineMatrices) -> PatientMatrices:
    """The patients' arrays for ``kb``, built on first use and kept in ``kb.derived``."""
    return kb.derived.get(DERIVED_NAME, lambda: PatientMatrices.build(kb, m))


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
