"""The arrays every ranking method reads, built once per knowledge base and cached on it.

Shapes: ``n_d`` diseases, ``n_t`` HPO terms. All disease-by-term matrices are
``scipy.sparse.csc_matrix`` (columns are terms) so a query can slice the few columns it
needs. Built in about 0.1 s from the knowledge base's columns; never at import time.

Why sparse columns: the frequency matrix propagated up the ontology holds about 1.1 million
non-zero cells (of 247 million), so slicing the ~150 columns a 10-term query touches reads a
few hundred thousand numbers instead of a dense 1 GB table.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from scipy import sparse

from raremap.knowledge import KnowledgeBase
from raremap.knowledge.frequency import Band
from raremap.knowledge.ontology import ONSET_ROOT

#: Share of patients assumed for an annotation whose frequency the release does not give.
#: Tuned on the training half of the simulated benchmark (bench/rank_bench.py --tune).
UNKNOWN_FREQUENCY = 0.5
#: Frequencies are capped below 1 so that an "obligate" feature's absence is very strong
#: evidence against a disease, never an impossibility (annotations can be wrong).
MAX_FREQUENCY = 0.98

_lock = threading.Lock()
_ATTR = "_raremap_engine_matrices"


def engine_matrices(kb: KnowledgeBase) -> EngineMatrices:
    """The engine's arrays for ``kb``, built on first use and kept on the object."""
    cached = kb.__dict__.get(_ATTR)
    if cached is None:
        with _lock:
            cached = kb.__dict__.get(_ATTR)
            if cached is None:
                cached = EngineMatrices.build(kb)
                kb.__dict__[_ATTR] = cached
    return cached


def ancestor_matrix(kb: KnowledgeBase) -> sparse.csr_matrix:
    """float32 (n_t, n_t) CSR: ``[t, a] = 1`` when ``a`` is ``t`` or one of its ancestors."""
    n_t = len(kb.ontology)
    ptr, idx = kb.ontology.csr("ancestors")
    rows = np.concatenate([np.repeat(np.arange(n_t), np.diff(ptr)), np.arange(n_t)])
    cols = np.concatenate([idx, np.arange(n_t)])
    return sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(n_t, n_t))


def annotation_frequencies(kb: KnowledgeBase) -> np.ndarray:
    """float32 (n_annotations,): the share used for each annotation row (unknown → default)."""
    value = kb.diseases.value
    return np.minimum(np.where(np.isnan(value), UNKNOWN_FREQUENCY, value), MAX_FREQUENCY).astype(np.float32)


def present_rows(kb: KnowledgeBase) -> np.ndarray:
    """bool (n_annotations,): phenotype rows that say the feature occurs."""
    d = kb.diseases
    return (d.aspect == 0) & ~d.negated & (d.band != int(Band.EXCLUDED)) & ~(d.value == 0)


def absent_rows(kb: KnowledgeBase) -> np.ndarray:
    """bool (n_annotations,): phenotype rows that say the feature does not occur (NOT, 0%)."""
    d = kb.diseases
    return (d.aspect == 0) & (d.negated | (d.band == int(Band.EXCLUDED)) | (d.value == 0))


@dataclass
class FeatureMatrices:
    """Disease-by-term matrices over some diseases (all of them, or a subset for a sex).

    ``direct`` float32 CSC: the frequency of each annotated term (max over duplicate rows).
    ``reached`` float32 CSC: the chance a patient shows the term or any term below it,
    by noisy-OR over the disease's annotations at or below it: ``1 - prod(1 - f)``.
    ``negated`` bool CSC: the disease is annotated NOT to the term.
    """

    direct: sparse.csc_matrix
    reached: sparse.csc_matrix
    negated: sparse.csc_matrix

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
        log_absent = sparse.csr_matrix(
            (np.log1p(-f[pres][keep]).astype(np.float32), (who[keep], what[keep])), shape=(n_rows, n_t)
        )
        propagated = (log_absent @ up).tocsc()
        propagated.data = -np.expm1(propagated.data).astype(np.float32)
        propagated.eliminate_zeros()
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
    sex_limited: dict[int, tuple[np.ndarray, FeatureMatrices]]

    @classmethod
    def build(cls, kb: KnowledgeBase) -> EngineMatrices:
        d, o = kb.diseases, kb.ontology
        n_d, n_t = len(d), len(o)
        up = ancestor_matrix(kb)
        disease_rows = d.disease_of_row
        every = np.ones(len(d.term), dtype=bool)
        features = FeatureMatrices.build(kb, up, every, disease_rows, n_d)
        # Smoothed so that a term no disease reaches still has a small, finite background.
        background = ((np.asarray(features.reached.sum(axis=0)).ravel() + 0.5) / (n_d + 1)).astype(np.float32)
        onset_idx = o.index[ONSET_ROOT]
        ptr, idx = o.csr("ancestors")
        term_is_onset = np.zeros(n_t, dtype=bool)
        for t in np.unique(d.term[d.aspect == 2]):
            term_is_onset[t] = onset_idx in idx[ptr[t]:ptr[t + 1]]
        on = (d.aspect == 2) & term_is_onset[d.term] & ~d.negated
        onset_terms = sparse.csc_matrix(
            (np.ones(int(on.sum()), dtype=bool), (disease_rows[on], d.term[on])), shape=(n_d, n_t)
        )
        has_onset = np.zeros(n_d, dtype=bool)
        has_onset[disease_rows[on]] = True
        # A feature recorded only for one sex does not count for a patient of the other sex:
        # the few diseases concerned get their own matrices for each patient sex.
        sex_limited: dict[int, tuple[np.ndarray, FeatureMatrices]] = {}
        for sex, other in ((1, 2), (2, 1)):
            touched = np.unique(disease_rows[(d.sex == other) & (d.aspect == 0)])
            local = np.full(n_d, -1, dtype=np.int64)
            local[touched] = np.arange(len(touched))
            rows = (local[disease_rows] >= 0) & (d.sex != other)
            sub = FeatureMatrices.build(kb, up, rows, np.maximum(local[disease_rows], 0), len(touched))
            sex_limited[sex] = (touched.astype(np.int64), sub)
        return cls(n_d, n_t, features, background, o.ic.astype(np.float32), (ptr, idx), onset_terms,
                   has_onset, sex_limited)

    def ancestors_of(self, term: int, include_self: bool = True) -> np.ndarray:
        """int32: the term's ancestors (and the term itself first, by default)."""
        ptr, idx = self.ancestors
        anc = idx[ptr[term]:ptr[term + 1]]
        return np.concatenate([[term], anc]).astype(np.int32) if include_self else anc

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
        total = self.background.nbytes + self.ic.nbytes + self.has_onset.nbytes
        mats = [self.features.direct, self.features.reached, self.features.negated, self.onset_terms]
        for _, sub in self.sex_limited.values():
            mats += [sub.direct, sub.reached, sub.negated]
        for m in mats:
            total += m.data.nbytes + m.indices.nbytes + m.indptr.nbytes
        return total
