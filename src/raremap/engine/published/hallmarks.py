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

The same holds for the features a disease's published patients show: one recorded for at
least a share (0.8) of its kept patients is a hallmark of what the store's papers describe
(:func:`published_hallmarks_log_lr`), counted apart by the ``published`` method.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

from raremap.engine.matrices import EngineMatrices, annotation_frequencies
from raremap.engine.query import Query
from raremap.knowledge.model import Sex

#: Name of the hallmark matrix in ``kb.derived``.
DERIVED_NAME = "published hallmarks"
#: Published hallmarks kept per set of papers left out (a benchmark leaves out each paper
#: in turn; a server leaves none out).
KEEP_WITHOUT = 1024
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
                      unreported: float, full_report: float, left_out: np.ndarray | None = None) -> np.ndarray:
    """float64 (n_d,): the log10 likelihood ratio of the hallmarks the query leaves out
    (``left_out``: :func:`left_out_terms` of the query, when the caller has it)."""
    out = np.zeros(m.n_diseases)
    k = len(query.present)
    if not k or unreported <= 0 or not hallmarks.nnz:
        return out
    c = unreported * min(1.0, k / full_report)
    return np.asarray(_log_weights(hallmarks, c) @ (left_out_terms(m, query) if left_out is None else left_out)).ravel()


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


def left_out_terms(m: EngineMatrices, query: Query) -> np.ndarray:
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
    left_out = left_out_terms(m, query)
    found = [(int(t), float(f)) for t, f in zip(hallmarks.indices[start:end], hallmarks.data[start:end], strict=True)
             if left_out[t]]
    return sorted(found, key=lambda x: (-x[1], x[0]))


def published_hallmarks_log_lr(m: EngineMatrices, pm, query: Query, keep: np.ndarray, unreported: float,
                               full_report: float, share: float, min_patients: float,
                               left_out: np.ndarray | None = None) -> np.ndarray:
    """float64 (n_dp,): the hallmarks of a disease's published patients that the query
    leaves out, for each disease with patients: a feature recorded (as that very term) for
    at least ``share`` of its kept patients, when it has at least ``min_patients`` of them,
    costs it ``log10(1 - c * s)`` for the share ``s``, ``c`` as for the annotations'
    hallmarks. ``keep`` float32 (n_p,): 1 for the patients kept (their papers not left
    out); ``left_out``: :func:`left_out_terms` of the query, when the caller has it."""
    out = np.zeros(len(pm.rows))
    k = len(query.present)
    if not k or unreported <= 0 or not pm.n_patients:
        return out
    rows, terms, s = _published_hallmarks(pm, keep, share, min_patients)
    if not len(rows):
        return out
    c = unreported * min(1.0, k / full_report)
    if left_out is None:
        left_out = left_out_terms(m, query)
    np.add.at(out, rows, np.log10(1.0 - c * s) * left_out[terms])
    return out


def _published_hallmarks(pm, keep: np.ndarray, share: float,
                         min_patients: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The published hallmarks over the kept patients: disease position (n_dp index), term
    and share of each. Those of all patients are found once; the diseases of the papers
    left out (usually one) are recounted without them."""
    exact, counts, n = _published_counts(pm)
    every = pm.__dict__.setdefault("_published_hallmarks", {})
    if (share, min_patients) not in every:
        rows = np.repeat(np.arange(len(pm.rows)), np.diff(counts.indptr))
        s = counts.data / np.maximum(n[rows], 1.0)
        hall = (s >= share) & (n[rows] >= min_patients)
        every[(share, min_patients)] = (rows[hall], counts.indices[hall].astype(np.int64), s[hall])
    rows, terms, s = every[(share, min_patients)]
    dropped = np.flatnonzero(keep <= 0)
    if not len(dropped):
        return rows, terms, s
    by_papers = pm.__dict__.setdefault("_published_hallmarks_without", {})
    key = (share, min_patients, frozenset(np.unique(pm.paper[dropped]).tolist()))
    if key in by_papers:
        return by_papers[key]
    if len(by_papers) >= KEEP_WITHOUT:
        by_papers.clear()
    touched = np.unique(pm.group[dropped])
    mine = ~np.isin(rows, touched)
    parts_r, parts_t, parts_s = [rows[mine]], [terms[mine]], [s[mine]]
    for d in touched.tolist():
        members = np.flatnonzero((pm.group == d) & (keep > 0))
        if len(members) < min_patients or not len(members):
            continue
        shown = np.asarray(exact[members].sum(axis=0)).ravel()
        at = np.flatnonzero(shown)
        share_d = shown[at] / float(len(members))
        hall = share_d >= share
        parts_r.append(np.full(int(hall.sum()), d, dtype=np.int64))
        parts_t.append(at[hall].astype(np.int64))
        parts_s.append(share_d[hall])
    found = by_papers[key] = (np.concatenate(parts_r), np.concatenate(parts_t), np.concatenate(parts_s))
    return found


def _published_counts(pm) -> tuple[sparse.csr_matrix, sparse.csr_matrix, np.ndarray]:
    """The patients' exact terms (float64 CSR (n_p, n_t)), how many patients of each
    disease were recorded with each term (CSR (n_dp, n_t)) and how many each has (built once)."""
    cached = pm.__dict__.get("_exact_counts")
    if cached is None:
        exact = pm.exact.tocsr().astype(np.float64)
        cached = pm.__dict__["_exact_counts"] = (exact, (pm.members.astype(np.float64) @ exact).tocsr(),
                                                 np.bincount(pm.group, minlength=len(pm.rows)).astype(np.float64))
    return cached
