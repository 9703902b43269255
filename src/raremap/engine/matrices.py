"""The arrays every ranking method reads, built once per knowledge base and kept with it.

Shapes: ``n_d`` diseases, ``n_t`` HPO terms. All disease-by-term matrices are
``scipy.sparse.csc_matrix`` (columns are terms) so a query can slice the few columns it
needs. Built in about 0.1 s from the knowledge base's columns; never at import time.

Why sparse columns: the frequency matrix propagated up the ontology holds about 1.1 million
non-zero cells (of 247 million), so slicing the ~150 columns a 10-term query touches reads a
few hundred thousand numbers instead of a dense 1 GB table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from scipy import sparse

from raremap.knowledge import KnowledgeBase
from raremap.knowledge.model import ONSET_ROOT, Aspect, Sex

#: Share of patients assumed for an annotation whose frequency the release does not give,
#: before the term's own frequencies elsewhere are read (see :func:`unknown_frequencies`).
#: Tuned on the training half of the simulated benchmark (bench/rank_bench.py --tune).
UNKNOWN_FREQUENCY = 0.7
#: How many annotations :data:`UNKNOWN_FREQUENCY` is worth beside a term's known frequencies
#: (1, 5 and 20 gave the same real-patient figures within 0.005; docs/benchmarks.md, issue 14).
UNKNOWN_PRIOR_WEIGHT = 5.0
#: A count "n/m" becomes (n + 1) / (m + 2) (Laplace's rule of succession) when this is 2: a
#: feature seen in the one reported patient ("1/1", 13,625 rows) is likely, not certain.
#: 0 keeps the raw share. Chosen on the training half of the benchmark.
FREQUENCY_PSEUDOCOUNT = 2.0
#: Frequencies are capped below 1 so that an "obligate" feature's absence is very strong
#: evidence against a disease, never an impossibility (annotations can be wrong).
MAX_FREQUENCY = 0.98
#: Terms reached by more diseases than this also get a dense row (see FeatureMatrices.densify).
DENSE_MIN_CELLS = 500

_FRACTION = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")
#: Name of the matrices in ``kb.derived``.
DERIVED_NAME = "engine matrices"


def engine_matrices(kb: KnowledgeBase) -> EngineMatrices:
    """The engine's arrays for ``kb``, built on first use and kept with it (``kb.derived``)."""
    return kb.derived.get(DERIVED_NAME, lambda: EngineMatrices.build(kb))


def weighted_column_max(matrix, columns: np.ndarray, weights: np.ndarray, out: np.ndarray,
                        use_values: bool = True) -> np.ndarray:
    """``out[d] = max(out[d], max_c weights[c] * matrix[d, columns[c]])`` over stored cells.

    ``matrix`` is a CSC matrix (n_d, n_t); ``columns`` int (c,); ``weights`` float (c,);
    ``out`` float64 (n_d,), updated in place and returned. With ``use_values=False`` the
    stored cells count as 1 (an indicator). One vectorised pass over the cells of the
    chosen columns, no loop over diseases.
    """
    if len(columns) == 0:
        return out
    indptr = matrix.indptr
    if len(columns) == 1:  # one column: its cells are one slice (the common case, kept cheap)
        lo, hi = indptr[columns[0]], indptr[columns[0] + 1]
        w1 = np.asarray(weights[:1], dtype=np.float64)
        values = matrix.data[lo:hi] * w1 if use_values else np.repeat(w1, hi - lo)
        np.maximum.at(out, matrix.indices[lo:hi], values)
        return out
    starts, ends = indptr[columns], indptr[columns + 1]
    lengths = ends - starts
    total = int(lengths.sum())
    if total == 0:
        return out
    # Positions of all chosen cells, built without a Python loop over columns.
    offsets = np.repeat(starts - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
    cells = np.arange(total) + offsets
    w = np.repeat(weights.astype(np.float64), lengths)
    values = matrix.data[cells] * w if use_values else w
    np.maximum.at(out, matrix.indices[cells], values)
    return out


def _stored_cells(matrix, columns: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Positions in ``matrix.data`` of the stored cells of ``columns`` (a CSC matrix),
    column after column, and the number of cells of each column."""
    indptr = matrix.indptr
    starts, ends = indptr[columns], indptr[columns + 1]
    lengths = ends - starts
    offsets = np.repeat(starts - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
    return np.arange(int(lengths.sum())) + offsets, lengths


def columns_max(matrix, columns: np.ndarray, weights: np.ndarray, owner: np.ndarray, out: np.ndarray) -> np.ndarray:
    """:func:`weighted_column_max` for several vectors at once: ``out[owner[c], d] =
    max(out[owner[c], d], weights[c] * matrix[d, columns[c]])`` over stored cells, with
    ``out`` float64 (k, n_d), C-ordered, updated in place; the same numbers as
    :func:`weighted_column_max` into each row apart."""
    if len(columns) == 0:
        return out
    cells, lengths = _stored_cells(matrix, np.asarray(columns, dtype=np.int64))
    w = np.repeat(weights.astype(np.float64), lengths)
    at = np.repeat(np.asarray(owner, dtype=np.int64) * out.shape[1], lengths) + matrix.indices[cells]
    np.maximum.at(out.reshape(-1), at, matrix.data[cells] * w)
    return out


def dense_columns(matrix, columns: np.ndarray) -> np.ndarray:
    """float64 (n_rows, c): ``matrix[:, columns].toarray()`` of a CSC matrix without
    building the sliced sparse matrix (the same numbers; a non-canonical matrix, whose
    duplicate cells would be summed, takes scipy's path)."""
    columns = np.asarray(columns, dtype=np.int64)
    if not matrix.has_canonical_format:
        return matrix[:, columns].toarray().astype(np.float64)
    out = np.zeros((matrix.shape[0], len(columns)))
    cells, lengths = _stored_cells(matrix, columns)
    out[matrix.indices[cells], np.repeat(np.arange(len(columns)), lengths)] = matrix.data[cells]
    return out


def stored_cells(matrix, columns: np.ndarray, owner: np.ndarray, n_rows: int,
                 weights: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The stored cells of ``columns`` of a CSC matrix as flat positions ``owner[c] *
    n_rows + row`` (int64, the positions :func:`columns_max` writes) and their values
    (float64, times ``weights[c]`` when given, the products :func:`columns_max` takes)."""
    if len(columns) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    cells, lengths = _stored_cells(matrix, np.asarray(columns, dtype=np.int64))
    at = np.repeat(np.asarray(owner, dtype=np.int64) * n_rows, lengths) + matrix.indices[cells]
    if weights is None:
        return at, matrix.data[cells].astype(np.float64)
    return at, matrix.data[cells] * np.repeat(weights.astype(np.float64), lengths)


def columns_any(matrix, columns: np.ndarray, owner: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """bool ``shape`` (k, n_d): :func:`column_any` for several column sets at once, row
    ``owner[c]`` for column ``columns[c]``."""
    hit = np.zeros(shape, dtype=bool)
    if len(columns):
        cells, lengths = _stored_cells(matrix, np.asarray(columns, dtype=np.int64))
        hit.reshape(-1)[np.repeat(np.asarray(owner, dtype=np.int64) * shape[1], lengths) + matrix.indices[cells]] = True
    return hit


def column_any(matrix, columns: np.ndarray, n_rows: int) -> np.ndarray:
    """bool (n_rows,): rows with a stored cell in any of ``columns`` of a CSC matrix."""
    hit = np.zeros(n_rows, dtype=bool)
    columns = np.asarray(columns, dtype=np.int64)
    indptr = matrix.indptr
    starts, ends = indptr[columns], indptr[columns + 1]
    lengths = ends - starts
    total = int(lengths.sum())
    if total:
        offsets = np.repeat(starts - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
        hit[matrix.indices[np.arange(total) + offsets]] = True
    return hit


def ancestor_matrix(kb: KnowledgeBase) -> sparse.csr_matrix:
    """float32 (n_t, n_t) CSR: ``[t, a] = 1`` when ``a`` is ``t`` or one of its ancestors."""
    n_t = len(kb.ontology)
    ptr, idx = kb.ontology.csr("ancestors")
    rows = np.concatenate([np.repeat(np.arange(n_t), np.diff(ptr)), np.arange(n_t)])
    cols = np.concatenate([idx, np.arange(n_t)])
    return sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(n_t, n_t))


def unknown_frequencies(kb: KnowledgeBase) -> np.ndarray:
    """float64 (n_t,): the share assumed for an annotation to term ``t`` that gives no
    frequency: the mean of the frequencies the release gives for ``t`` elsewhere (bands at
    their midpoints, counts as they are), shrunk towards :data:`UNKNOWN_FREQUENCY` by
    :data:`UNKNOWN_PRIOR_WEIGHT` annotations. A feature that diseases usually show in a
    minority of patients (Paresthesia: 0.38 where a frequency is given; Seizure 0.45) is
    no longer assumed in 70 % of the patients of a disease that lists it bare.
    """
    d = kb.diseases
    value = np.asarray(d.value, dtype=np.float64)
    known = d.present_phenotype & ~np.isnan(value)
    n_t = len(kb.ontology)
    total = np.bincount(d.term[known], weights=np.minimum(value[known], MAX_FREQUENCY), minlength=n_t)
    count = np.bincount(d.term[known], minlength=n_t)
    return (total + UNKNOWN_PRIOR_WEIGHT * UNKNOWN_FREQUENCY) / (count + UNKNOWN_PRIOR_WEIGHT)


def annotation_frequencies(kb: KnowledgeBase) -> np.ndarray:
    """float32 (n_annotations,): the share used for each annotation row.

    Unknown → :func:`unknown_frequencies` of its term; ``n/m`` counts shrunk towards 1/2 by
    :data:`FREQUENCY_PSEUDOCOUNT`; bands keep their midpoints; capped at :data:`MAX_FREQUENCY`.
    """
    d = kb.diseases
    value = np.asarray(d.value, dtype=np.float64)
    value = np.where(np.isnan(value), unknown_frequencies(kb)[d.term], value)
    if FREQUENCY_PSEUDOCOUNT > 0:
        table, codes = kb.sections["diseases"]["freq_raw"]
        counts = np.full((len(table), 2), np.nan)
        for k, raw in enumerate(table):
            m = _FRACTION.match(raw)
            if m and int(m.group(2)) > 0:
                counts[k] = int(m.group(1)), int(m.group(2))
        n, total = counts[codes, 0], counts[codes, 1]
        shrunk = (n + FREQUENCY_PSEUDOCOUNT / 2) / (total + FREQUENCY_PSEUDOCOUNT)
        value = np.where(np.isnan(shrunk) | (n == 0), value, shrunk)
    return np.minimum(value, MAX_FREQUENCY).astype(np.float32)


def present_rows(kb: KnowledgeBase) -> np.ndarray:
    """bool (n_annotations,): phenotype rows that say the feature occurs."""
    return kb.diseases.present_phenotype


def absent_rows(kb: KnowledgeBase) -> np.ndarray:
    """bool (n_annotations,): phenotype rows that say the feature does not occur (NOT, 0%)."""
    return kb.diseases.absent_phenotype


def _propagate_max(who: np.ndarray, what: np.ndarray, share: np.ndarray, up: sparse.csr_matrix,
                   n_rows: int) -> sparse.csc_matrix:
    """``reached[d, a] = max f(d, t)`` over annotations ``t`` at or below ``a``.

    Why max and not noisy-OR (``1 - prod(1 - f)``, which assumes independent features):
    annotations under one ancestor are often the same manifestation at two depths
    ("Seizure" and "Focal seizure") or close relatives, so noisy-OR over-counts them and
    favours diseases with long annotation lists. On the training half of the benchmark,
    max raised MRR from 0.739 to 0.740 (phenomizer scenario) and 0.743 to 0.764 (uneven).
    """
    ptr, idx = up.indptr, up.indices
    lengths = np.diff(ptr)[what]
    rows = np.repeat(who, lengths)
    values = np.repeat(share, lengths)
    starts = np.repeat(ptr[what], lengths)
    offsets = np.arange(len(rows)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    cols = idx[starts + offsets]
    key = rows.astype(np.int64) * up.shape[0] + cols
    order = np.lexsort((-values, key))
    key, values, rows, cols = key[order], values[order], rows[order], cols[order]
    first = np.ones(len(key), dtype=bool)
    first[1:] = key[1:] != key[:-1]
    return sparse.csc_matrix((values[first], (rows[first], cols[first])), shape=(n_rows, up.shape[0]),
                             dtype=np.float32)


def weighted_row_max(dense: np.ndarray, rows: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """float32: ``max_k weights[k] * dense[rows[k]]``, row by row into one buffer (no
    stacked copy of the rows), the products in float32."""
    w = weights.astype(np.float32)
    best = dense[rows[0]] * w[0]
    if len(rows) > 1:
        tmp = np.empty_like(best)
        for r, wk in zip(rows[1:].tolist(), w[1:], strict=True):
            np.multiply(dense[r], wk, out=tmp)
            np.maximum(best, tmp, out=best)
    return best


@dataclass
class FeatureMatrices:
    """Disease-by-term matrices over some diseases (all of them, or a subset for a sex).

    ``direct`` float32 CSC: the frequency of each annotated term (max over duplicate rows).
    ``reached`` float32 CSC: the chance a patient shows the term or any term below it: the
    largest frequency among the disease's annotations at or below it.
    ``negated`` bool CSC: the disease is annotated NOT to the term.
    """

    direct: sparse.csc_matrix
    reached: sparse.csc_matrix
    negated: sparse.csc_matrix
    #: int32 (n_t,): row of each term in ``dense_reached`` (-1: only in the sparse matrix).
    dense_row: np.ndarray | None = None
    #: float32 (n_dense, n_rows): the ``reached`` columns of the most general terms, dense.
    dense_reached: np.ndarray | None = None

    def densify(self, min_cells: int = DENSE_MIN_CELLS) -> None:
        """Keep the columns with more than ``min_cells`` stored cells also as dense rows.

        Why: a query touches every ancestor of its terms, and the general ones (organ
        systems) hold thousands of cells each. Scattering those cell by cell made a
        10-term query take about 9 ms; reading contiguous dense rows takes a fraction.
        Costs about 23 MB for the 445 terms that more than 500 diseases reach.
        """
        counts = np.diff(self.reached.indptr)
        general = np.nonzero(counts > min_cells)[0]
        self.dense_row = np.full(self.reached.shape[1], -1, dtype=np.int32)
        self.dense_row[general] = np.arange(len(general), dtype=np.int32)
        self.dense_reached = np.ascontiguousarray(self.reached[:, general].toarray().T, dtype=np.float32)

    def reached_max(self, columns: np.ndarray, weights: np.ndarray, out: np.ndarray) -> np.ndarray:
        """``out = max(out, max_c weights[c] * reached[:, columns[c]])`` (in place)."""
        if self.dense_row is None or self.dense_reached is None or len(columns) == 0:
            return weighted_column_max(self.reached, columns, weights, out)
        rows = self.dense_row[columns]
        dense = rows >= 0
        if dense.any():
            np.maximum(out, weighted_row_max(self.dense_reached, rows[dense], weights[dense]), out=out)
        return weighted_column_max(self.reached, columns[~dense], weights[~dense], out)

    def indicator_max(self, columns: np.ndarray, weights: np.ndarray, out: np.ndarray) -> np.ndarray:
        """Like :meth:`reached_max` with every stored cell counted as 1."""
        if self.dense_row is None or self.dense_reached is None or len(columns) == 0:
            return weighted_column_max(self.reached, columns, weights, out, use_values=False)
        rows = self.dense_row[columns]
        dense = rows >= 0
        if dense.any():
            block = (self.dense_reached[rows[dense]] > 0) * weights[dense, None].astype(np.float32)
            np.maximum(out, block.max(axis=0), out=out)
        return weighted_column_max(self.reached, columns[~dense], weights[~dense], out, use_values=False)

    @classmethod
    def build(cls, kb: KnowledgeBase, up: sparse.csr_matrix, rows: np.ndarray, disease_rows: np.ndarray,
              n_rows: int) -> FeatureMatrices:
        d = kb.diseases
        n_t = len(kb.ontology)
        f = annotation_frequencies(kb)
        pres = present_rows(kb) & rows
        who, what = disease_rows[pres], d.term[pres]
        # Duplicate (disease, term) rows: keep the largest frequency.
        key = who.astype(np.int64) * n_t + what
        order = np.lexsort((-f[pres], key))
        first = np.ones(len(order), dtype=bool)
        first[1:] = key[order][1:] != key[order][:-1]
        keep = order[first]
        direct = sparse.csc_matrix((f[pres][keep], (who[keep], what[keep])), shape=(n_rows, n_t))
        propagated = _propagate_max(who[keep], what[keep], f[pres][keep], up, n_rows)
        neg = absent_rows(kb) & rows
        negated = sparse.csc_matrix(
            (np.ones(int(neg.sum()), dtype=bool), (disease_rows[neg], d.term[neg])), shape=(n_rows, n_t)
        )
        return cls(direct.astype(np.float32), propagated, negated)


@dataclass
class EngineMatrices:
    """Everything a query needs. ``background`` is float32 (n_t,): the mean over diseases of
    ``reached`` (how likely a patient with a random annotated disease shows the term)."""

    n_diseases: int
    n_terms: int
    features: FeatureMatrices
    background: np.ndarray
    ic: np.ndarray
    ancestors: tuple[np.ndarray, np.ndarray]
    onset_terms: sparse.csc_matrix
    has_onset: np.ndarray
    #: For each patient sex, the diseases with features recorded only for the other sex
    #: (their row indices) and their matrices without those features.
    sex_limited: dict[Sex, tuple[np.ndarray, FeatureMatrices]]
    #: float32 (n_annotations,): :func:`annotation_frequencies`, kept for explanations.
    shares: np.ndarray

    @classmethod
    def build(cls, kb: KnowledgeBase) -> EngineMatrices:
        d, o = kb.diseases, kb.ontology
        n_d, n_t = len(d), len(o)
        up = ancestor_matrix(kb)
        disease_rows = d.disease_of_row
        every = np.ones(len(d.term), dtype=bool)
        features = FeatureMatrices.build(kb, up, every, disease_rows, n_d)
        features.densify()
        # Smoothed so that a term no disease reaches still has a small, finite background.
        background = ((np.asarray(features.reached.sum(axis=0)).ravel() + 0.5) / (n_d + 1)).astype(np.float32)
        onset_idx = o.index[ONSET_ROOT]
        ptr, idx = o.csr("ancestors")
        term_is_onset = np.zeros(n_t, dtype=bool)
        course = d.aspect == Aspect.COURSE
        for t in np.unique(d.term[course]):
            term_is_onset[t] = onset_idx in idx[ptr[t]:ptr[t + 1]]
        on = course & term_is_onset[d.term] & ~d.negated
        onset_terms = sparse.csc_matrix(
            (np.ones(int(on.sum()), dtype=bool), (disease_rows[on], d.term[on])), shape=(n_d, n_t)
        )
        has_onset = np.zeros(n_d, dtype=bool)
        has_onset[disease_rows[on]] = True
        # A feature recorded only for one sex does not count for a patient of the other sex:
        # the few diseases concerned get their own matrices for each patient sex.
        sex_limited: dict[Sex, tuple[np.ndarray, FeatureMatrices]] = {}
        for sex in (Sex.MALE, Sex.FEMALE):
            other = sex.other
            touched = np.unique(disease_rows[(d.sex == other) & (d.aspect == Aspect.PHENOTYPE)])
            local = np.full(n_d, -1, dtype=np.int64)
            local[touched] = np.arange(len(touched))
            rows = (local[disease_rows] >= 0) & (d.sex != other)
            sub = FeatureMatrices.build(kb, up, rows, np.maximum(local[disease_rows], 0), len(touched))
            sex_limited[sex] = (touched.astype(np.int64), sub)
        return cls(n_d, n_t, features, background, o.ic.astype(np.float32), (ptr, idx), onset_terms,
                   has_onset, sex_limited, annotation_frequencies(kb))

    @cached_property
    def background_f64(self) -> np.ndarray:
        """:attr:`background` as float64 (converted once, not per term)."""
        return self.background.astype(np.float64)

    def ancestors_of(self, term: int, include_self: bool = True) -> np.ndarray:
        """int32: the term's ancestors (and the term itself first, by default)."""
        ptr, idx = self.ancestors
        anc = idx[ptr[term]:ptr[term + 1]]
        return np.concatenate([[term], anc]).astype(np.int32) if include_self else anc

    def ancestor_set(self, term: int) -> frozenset[int]:
        """The term and its ancestors as a set (cached; explanations compare many pairs)."""
        cache = self.__dict__.setdefault("_ancestor_sets", {})
        found = cache.get(term)
        if found is None:
            found = cache[term] = frozenset(int(a) for a in self.ancestors_of(term))
        return found

    @cached_property
    def descendants(self) -> tuple[np.ndarray, np.ndarray]:
        """CSR ``(indptr, indices)`` of proper descendants, derived from the ancestors."""
        ptr, idx = self.ancestors
        owners = np.repeat(np.arange(self.n_terms, dtype=np.int32), np.diff(ptr))
        order = np.argsort(idx, kind="stable")
        dptr = np.zeros(self.n_terms + 1, dtype=np.int64)
        dptr[1:] = np.cumsum(np.bincount(idx, minlength=self.n_terms))
        return dptr, owners[order]

    def descendants_of(self, term: int) -> np.ndarray:
        ptr, idx = self.descendants
        return idx[ptr[term]:ptr[term + 1]]

    def nbytes(self) -> int:
        """Approximate memory held by the arrays (bytes)."""
        total = self.background.nbytes + self.ic.nbytes + self.has_onset.nbytes + self.shares.nbytes
        total += self.features.dense_reached.nbytes if self.features.dense_reached is not None else 0
        mats = [self.features.direct, self.features.reached, self.features.negated, self.onset_terms]
        for _, sub in self.sex_limited.values():
            mats += [sub.direct, sub.reached, sub.negated]
        for m in mats:
            total += m.data.nbytes + m.indices.nbytes + m.indptr.nbytes
        return total
