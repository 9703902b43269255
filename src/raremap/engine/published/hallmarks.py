"""Hallmarks a report does not mention: evidence against their disease.

A case report lists a syndrome's features patient by patient; a feature the annotations
give as very frequent or obligate for a disease (a *hallmark*, frequency at least
``hallmark``) that the report names neither itself, nor a broader or narrower term of, nor
lists as looked for and absent, makes that disease less likely. Each such hallmark of
frequency ``f`` multiplies the disease's likelihood by ``1 - c * f``, where ``c`` is the
chance that a reporter who saw the feature would have written it down, scaled by how full
the report is (``c = unreported * min(1, k / full_report)`` for ``k`` present features: a
person who gives two symptoms has left out most of what they have, a paper listing a dozen
has not). Annotations recorded for one sex only are not hallmarks (they need not apply).

A disease annotated with the same hallmark at two depths ("Seizure" and "Focal seizure")
counts it twice when neither is mentioned (counting only the most specific lowered the
real-patient figures; see docs/benchmarks.md, issue 14).
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

from raremap.engine.matrices import EngineMatrices, annotation_frequencies
from raremap.engine.query import Query
from raremap.knowledge.model import Sex

#: Name of the hallmark matrix in ``kb.derived``.
DERIVED_NAME = "published hallmarks"
#: Weight matrices kept per hallmark matrix (one per distinct ``c``; the defaults give ten).
KEEP_WEIGHTS = 32


def hallmark_matrix(kb, threshold: float) -> sparse.csr_matrix:
    """float64 CSR (n_d, n_t): the frequency of each annotated feature at or above
    ``threshold`` (largest over duplicate rows), for features recorded for either sex."""
    def build() -> sparse.csr_matrix:
        d = kb.diseases
        n_t = len(kb.ontology)
        f = annotation_frequencies(kb).astype(np.float64)
        rows = d.present_phenotype & (d.sex == int(Sex.ANY)) & (f >= threshold)
        who, what, share = d.disease_of_row[rows].astype(np.int64), d.term[rows].astype(np.int64), f[rows]
        # Duplicate (disease, term) rows: keep the largest frequency.
        key = who * n_t + what
        order = np.lexsort((-share, key))
        first = np.ones(len(order), dtype=bool)
        first[1:] = key[order][1:] != key[order][:-1]
        keep = order[first]
        return sparse.csr_matrix((share[keep], (who[keep], what[keep])), shape=(len(d), n_t))

    return kb.derived.get(DERIVED_NAME, build, key=threshold, limit=4)


def unreported_log_lr(m: EngineMatrices, hallmarks: sparse.csr_matrix, query: Query,
                      unreported: float, full_report: float) -> np.ndarray:
    """float64 (n_d,): the log10 likelihood ratio of the hallmarks the query leaves out."""
    out = np.zeros(m.n_diseases)
    k = len(query.present)
    if not k or unreported <= 0 or not hallmarks.nnz:
        return out
    c = unreported * min(1.0, k / full_report)
    return np.asarray(_log_weights(hallmarks, c) @ _left_out_terms(m, query)).ravel()


def _log_weights(hallmarks: sparse.csr_matrix, c: float) -> sparse.csr_matrix:
    """``log10(1 - c * f)`` over the cells of ``hallmarks``, kept with the matrix per ``c``
    (a query's ``c`` depends only on its number of present features)."""
    kept = hallmarks.__dict__.setdefault("_log_weights", {})
    weights = kept.get(c)
    if weights is None:
        if len(kept) >= KEEP_WEIGHTS:
            kept.clear()
        weights = kept[c] = sparse.csr_matrix((np.log10(1.0 - c * hallmarks.data), hallmarks.indices,
                                               hallmarks.indptr), shape=hallmarks.shape)
    return weights


def _left_out_terms(m: EngineMatrices, query: Query) -> np.ndarray:
    """float64 (n_t,): 1 for the terms the query mentions in no form (neither the term, nor
    a broader or narrower one, present or excluded), else 0."""
    left_out = np.ones(m.n_terms)
    terms = query.present + query.excluded
    if terms:
        left_out[np.concatenate([m.ancestors_of(t) for t in terms] + [m.descendants_of(t) for t in terms])] = 0.0
    return left_out


def left_out_hallmarks(m: EngineMatrices, hallmarks: sparse.csr_matrix, query: Query,
                       index: int) -> list[tuple[int, float]]:
    """The hallmarks of disease ``index`` that the query leaves out: (term, frequency),
    most frequent first (ties by term index)."""
    start, end = int(hallmarks.indptr[index]), int(hallmarks.indptr[index + 1])
    left_out = _left_out_terms(m, query)
    found = [(int(t), float(f)) for t, f in zip(hallmarks.indices[start:end], hallmarks.data[start:end], strict=True)
             if left_out[t]]
    return sorted(found, key=lambda x: (-x[1], x[0]))
