"""Features a disease's annotations do not name, read from its closest diseases.

The annotations of a disease are incomplete: a feature that most syndromes of its kind show
("Delayed speech and language development" for a neurodevelopmental syndrome) or that an
allelic disorder shows is often simply not recorded. A present feature ``q`` that a
disease ``D`` does not explain then costs it the noise floor, although its nearest diseases
show ``q``. Here ``D``'s share of patients with ``q`` is estimated from its ``keep``
closest diseases (the build-time related diseases, :mod:`raremap.engine.related`, computed
from the annotations only, weighed by their scores)::

    U~(D, q) = sum_B w(D, B) * U(B, q) / sum_B w(D, B)
    LR~(q | D) = eps + (1 - eps) * fill * U~(D, q) / background(q)

``fill`` < 1 is how much a feature the neighbours show is believed of D itself. Entries
that MONDO maps to one concept but the release keeps apart (one OMIM id beside several
Orphanet ids: OMIM's Glass syndrome beside Orphanet's two SATB2-associated syndrome
entries) are one disease described twice: each reads the others' features in full (their
largest ratio, the union of their annotations). A feature
counts for D by the larger of its own ratio and ``LR~``; the gain over its own ratio is
kept apart (``Scores.similar``, in the explanation ``similar_contribution``) so that the
per-feature contributions remain what D's own annotations say.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

from raremap.engine.matrices import EngineMatrices


def neighbour_weights(kb, n_diseases: int, keep: int) -> sparse.csr_matrix | None:
    """float64 CSR (n_d, n_d): each disease's ``keep`` closest diseases, rows summing to 1
    (None without the related-diseases section)."""
    def build():
        section = kb.section("related")
        if section is None:
            return None
        nb = np.asarray(section["neighbors"])[:, :keep]
        score = np.asarray(section["scores"], dtype=np.float64)[:, :keep]
        ok = (nb >= 0) & (score > 0)
        rows = np.repeat(np.arange(nb.shape[0]), ok.sum(axis=1))
        w = sparse.csr_matrix((score[ok], (rows, nb[ok])), shape=(n_diseases, n_diseases))
        total = np.asarray(w.sum(axis=1)).ravel()
        return (sparse.diags(1.0 / np.maximum(total, 1e-12)) @ w).tocsr()

    return kb.derived.get("published similar-disease weights", build, key=keep, limit=4)


def _log_lr_in_place(implied: np.ndarray, background: np.ndarray, eps: float, fill: float) -> None:
    """``log10(eps + (1 - eps) * fill * U~ / background)`` over ``implied`` (``U~``), in place."""
    implied *= (1.0 - eps) * fill
    implied /= background
    implied += eps
    np.log10(implied, out=implied)


def fill_log_lr(m: EngineMatrices, weights: sparse.csr_matrix, reached: np.ndarray, terms: list[int],
                eps: float, fill: float) -> list[np.ndarray]:
    """float32 ``log10 LR~`` over all diseases for each of ``terms``, from ``reached``
    float64 (k, n_d): each term's ``U(B, q)`` for every disease."""
    lr = weights @ reached.T  # (n_d, k): U~ of each disease, one column per term
    _log_lr_in_place(lr, m.background_f64[np.asarray(terms, dtype=np.int64)], eps, fill)
    return list(np.ascontiguousarray(lr.T, dtype=np.float32))


@dataclass
class FillTable:
    """:func:`fill_log_lr` of every term at once, kept sparse: the column of term ``q``
    holds the diseases whose closest diseases reach ``q`` (``indptr``, ``rows`` int32,
    ``values`` float32: the same numbers :func:`fill_log_lr` gives them); every other
    disease takes ``floor``, ``log10(eps)`` as a float32."""

    indptr: np.ndarray
    rows: np.ndarray
    values: np.ndarray
    floor: np.float32

    def log_lr(self, terms: list[int], n_diseases: int) -> list[np.ndarray]:
        out = []
        for q in terms:
            lo, hi = int(self.indptr[q]), int(self.indptr[q + 1])
            vector = np.full(n_diseases, self.floor, dtype=np.float32)
            vector[self.rows[lo:hi]] = self.values[lo:hi]
            out.append(vector)
        return out


def fill_table(m: EngineMatrices, weights: sparse.csr_matrix, eps: float, fill: float) -> FillTable:
    """:class:`FillTable` over all terms: ``U~`` for every disease and term in one sparse
    product (each cell the sum :func:`fill_log_lr`'s product takes, in the same order: the
    closest diseases as ``weights`` stores them), then the same steps cell by cell (about
    7 million cells, 53 MB; a third of a second)."""
    product = (weights @ m.features.reached.tocsr().astype(np.float64)).tocsc()
    product.sort_indices()
    columns = np.repeat(np.arange(product.shape[1]), np.diff(product.indptr))
    lr = product.data
    _log_lr_in_place(lr, m.background_f64[columns], eps, fill)
    floor = np.log10(np.full(1, eps, dtype=np.float64)).astype(np.float32)[0]
    return FillTable(product.indptr.astype(np.int64), product.indices.astype(np.int32), lr.astype(np.float32), floor)


def concept_groups(kb) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The entries that MONDO maps to one concept but the release keeps apart (one OMIM id
    beside several Orphanet ids, which are not merged): int64 disease indices grouped by
    concept one after another, the ``starts`` of each group in them and their sizes."""
    def build():
        d = kb.diseases
        by: dict[str, list[int]] = {}
        for i, did in enumerate(d.ids):
            for mondo in d.mondo_ids(did):
                by.setdefault(mondo, []).append(i)
        groups = [sorted(g) for g in by.values() if len(g) > 1]
        sizes = np.array([len(g) for g in groups], dtype=np.int64)
        at = np.array([i for g in groups for i in g], dtype=np.int64)
        return at, np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64), sizes

    return kb.derived.get("published concept groups", build)
