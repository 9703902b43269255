"""Related diseases: for each disease, the diseases the ranking engine would suggest for a
patient who had exactly its features. Computed for all diseases at build time.

For diseases A and B, with the likelihood method's per-feature ratio ``LR(q | B)`` and
``f_A(q)`` the share of A's patients with feature q::

    S(A, B) = sum_q f_A(q) * log10(LR(q | B) / eps)

This is the engine's score of B for the "average patient" of A, shifted by a constant that
depends only on A (every LR is at least ``eps``), so the order of B is the engine's order.
Cells below ``0.25`` (a ratio under 1.78 times the no-match floor, e.g. only an organ
system in common) are dropped to keep the matrices sparse: at 0.05 they held 25 million
cells and the build took 25 s; at 0.25 about 5.5 million. The score shown is ``S(A, B) / S(A, A)``:
how much of A's own evidence B reproduces (1.0 = as well as A itself).

A related disease is listed only when what it shares says something: the information
content (``-ln`` of the share of diseases annotated with a term or below it) of the shared
features shown, summed, must reach :data:`MIN_SHARED_IC` (``ln 20``: as rare as one feature
that at most 1 in 20 diseases has; in a release too small for that, ``ln(n/2)``, a feature
only the two diseases of the pair have). Two diseases that share only "Abnormality of
metabolism/homeostasis" (about a third of all diseases) are not listed as similar. A disease
whose own recorded features do not reach that much together cannot be compared at all
(:func:`too_few_features`). The build-time table keeps every neighbour (the published
ranking reads them); the rule applies when the lists are read.

Cost on HPO 2025-01-16 (12,687 diseases, one core): about 5 s in all, most of it computing
the ratio vector of each of the 11,282 annotated terms.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

from raremap.engine.matrices import annotation_frequencies, engine_matrices, present_rows
from raremap.engine.ranking import get_method

#: How many related diseases are kept per disease, and shared features per pair.
KEEP = 10
SHARED = 5
_THRESHOLD = 0.25
#: Least information content (natural log) the shared features of a listed pair must carry.
MIN_SHARED_IC = float(np.log(20))


def compute_related(kb, keep: int = KEEP, progress=lambda label, fraction: None) -> dict:
    """The ``related`` section: ``neighbors`` int32 (n_d, keep) disease indices (-1 pad),
    ``scores`` float32 (n_d, keep), and the shared features of each pair as CSR
    ``shared_ptr`` int64 (n_d*keep + 1) / ``shared`` int32 term indices."""
    m = engine_matrices(kb)
    method = get_method("likelihood")
    d = kb.diseases
    n_d = len(d)
    keep = max(0, min(keep, n_d - 1))
    pres = present_rows(kb)
    owner = d.disease_of_row[pres]
    terms = d.term[pres]
    share = annotation_frequencies(kb)[pres]
    vocab, col = np.unique(terms, return_inverse=True)
    weights = sparse.csr_matrix((share, (owner, col)), shape=(n_d, len(vocab)), dtype=np.float32)
    weights.sum_duplicates()
    # Duplicate rows of one disease and term: keep the largest share, not their sum.
    w_max = sparse.coo_matrix((share, (owner, col)), shape=(n_d, len(vocab)))
    order = np.lexsort((-w_max.data, w_max.col, w_max.row))
    first = np.ones(len(order), dtype=bool)
    first[1:] = (w_max.row[order][1:] != w_max.row[order][:-1]) | (w_max.col[order][1:] != w_max.col[order][:-1])
    o = order[first]
    weights = sparse.csr_matrix((w_max.data[o], (w_max.row[o], w_max.col[o])), shape=(n_d, len(vocab)),
                                dtype=np.float32)

    log_eps = np.log10(method.eps)
    # Sibling-route columns whose largest possible cell stays under the threshold.
    min_weight = (10**_THRESHOLD - 1) * method.eps / (1 - method.eps)
    rows, cols, vals = [], [], []
    for j, q in enumerate(vocab):
        v = np.log10(method.feature_lr(m, m.features, int(q), n_d, min_weight)) - log_eps
        hit = np.nonzero(v >= _THRESHOLD)[0]
        rows.append(np.full(len(hit), j, dtype=np.int32))
        cols.append(hit.astype(np.int32))
        vals.append(v[hit].astype(np.float32))
        if j % 1000 == 0:
            progress("Related diseases: feature ratios", 0.8 * j / len(vocab))
    evidence = sparse.csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(len(vocab), n_d)
    )
    neighbors = np.full((n_d, keep), -1, dtype=np.int32)
    scores = np.zeros((n_d, keep), dtype=np.float32)
    step = 1024
    for start in range(0, n_d, step):
        stop = min(n_d, start + step)
        block = (weights[start:stop] @ evidence).toarray()
        idx = np.arange(stop - start)
        self_score = block[idx, np.arange(start, stop)].copy()
        block[idx, np.arange(start, stop)] = -np.inf
        if keep:
            top = np.argpartition(-block, keep - 1, axis=1)[:, :keep]
            top_scores = np.take_along_axis(block, top, axis=1)
            order = np.lexsort((top, -top_scores), axis=1)
            top = np.take_along_axis(top, order, axis=1)
            top_scores = np.take_along_axis(top_scores, order, axis=1)
            good = top_scores > 0
            neighbors[start:stop] = np.where(good, top, -1)
            scores[start:stop] = np.where(good, top_scores / np.maximum(self_score, 1e-9)[:, None], 0)
        progress("Related diseases: ranking", 0.8 + 0.15 * stop / n_d)
    shared_ptr, shared = _shared_features(weights, evidence, neighbors, vocab, -log_eps)
    return {"keep": keep, "neighbors": neighbors, "scores": scores, "shared_ptr": shared_ptr, "shared": shared}


def _shared_features(weights, evidence, neighbors: np.ndarray, vocab: np.ndarray, min_evidence: float):
    """For every (A, B) pair, A's features that B explains at least as well as an average
    disease (``log10(LR/eps) >= -log10(eps)``, i.e. LR >= 1), largest contribution
    ``f_A(q) * log10(LR/eps)`` first, at most :data:`SHARED`. Vectorised: each pair's
    cells are looked up in the sorted keys of the evidence matrix."""
    n_d, keep = neighbors.shape
    ev = evidence.tocoo()
    keys = ev.row.astype(np.int64) * n_d + ev.col
    order = np.argsort(keys)
    keys, values = keys[order], ev.data[order]
    w = weights.tocsr()
    counts = np.diff(w.indptr)
    # One entry per (pair, feature of A).
    pair = np.repeat(np.arange(n_d * keep), np.repeat(counts, keep))
    starts = np.repeat(w.indptr[:-1], keep)
    offset = np.arange(len(pair)) - np.repeat(np.cumsum(np.repeat(counts, keep)) - np.repeat(counts, keep),
                                              np.repeat(counts, keep))
    cell = starts[pair] + offset
    q, share = w.indices[cell], w.data[cell]
    b = neighbors.reshape(-1)[pair]
    valid = b >= 0
    lookup = q.astype(np.int64) * n_d + np.where(valid, b, 0)
    # Looking up sorted keys is several times faster (memory locality) than in input order.
    by_key = np.argsort(lookup, kind="stable")
    pos = np.empty(len(lookup), dtype=np.int64)
    pos[by_key] = np.searchsorted(keys, lookup[by_key])
    pos = np.clip(pos, 0, len(keys) - 1)
    found = valid & (keys[pos] == lookup)
    strength = np.where(found, values[pos], 0)
    keepers = found & (strength >= min_evidence)
    pair, q, contrib = pair[keepers], q[keepers], (share * strength)[keepers]
    order = np.lexsort((q, -contrib, pair))
    pair, q = pair[order], q[order]
    first = np.searchsorted(pair, pair, side="left")
    rank_in_pair = np.arange(len(pair)) - first
    chosen = rank_in_pair < SHARED
    pair, q = pair[chosen], q[chosen]
    shared_ptr = np.zeros(n_d * keep + 1, dtype=np.int64)
    shared_ptr[1:] = np.cumsum(np.bincount(pair, minlength=n_d * keep))
    return shared_ptr, vocab[q].astype(np.int32)


def _most_specific(ont, hpo_ids: list[str]) -> list[str]:
    """``hpo_ids`` in their order, less any that another of them falls under."""
    broader = set().union(*(ont.ancestors(t) for t in hpo_ids))
    return [t for t in hpo_ids if t not in broader]


def _information(ont, specific: list[str]) -> float:
    """Summed information content of ``specific`` (terms none of which is under another)."""
    return float(sum(ont.ic[ont.index[t]] for t in set(specific)))


def min_shared_ic(kb) -> float:
    """:data:`MIN_SHARED_IC`, or ``ln(n/2)`` for a release of fewer than 40 diseases."""
    return min(MIN_SHARED_IC, float(np.log(max(len(kb.diseases), 2) / 2)))


def too_few_features(kb, disease_id: str) -> bool:
    """True when the disease's recorded features, all together, carry less information than
    :func:`min_shared_ic`: no other disease could share enough with it to be listed."""
    disease = kb.disease(disease_id)
    own = _most_specific(kb.ontology, [a.hpo_id for a in disease.present_phenotypes])
    return _information(kb.ontology, own) < min_shared_ic(kb)


def related_diseases(kb, disease_id: str, limit: int = 10) -> list[dict]:
    """Diseases related to ``disease_id``, best first, from the build-time table.

    Each item: ``id``, ``name``, ``score`` (share of the disease's own evidence that the
    related disease reproduces, 0-1), ``shared`` (list of ``{hpo_id, name}``: the
    disease's features that the related one explains best, the most specific only: a
    broader one that a listed feature falls under is left out). Pairs whose shared features
    carry less than :func:`min_shared_ic` are left out, so a disease with only a broad
    feature or two gets an empty list. Raises ``UnknownIdError`` for an unknown disease id.
    """
    disease = kb.disease(disease_id)  # raises UnknownIdError with suggestions
    section = kb.section("related")
    if section is None:
        return []
    a = kb.diseases.index[disease.id]
    keep = section["keep"]
    out: list[dict] = []
    ont = kb.ontology
    least = min_shared_ic(kb)
    for k in range(keep):
        if len(out) >= limit:
            break
        b = int(section["neighbors"][a, k])
        if b < 0:
            break
        pair = a * keep + k
        s, e = section["shared_ptr"][pair], section["shared_ptr"][pair + 1]
        shared = _most_specific(ont, [ont.ids[t] for t in section["shared"][s:e]])
        if _information(ont, shared) < least:
            continue
        out.append({
            "id": kb.diseases.ids[b],
            "name": kb.diseases.names[b],
            "score": round(float(section["scores"][a, k]), 4),
            "shared": [{"hpo_id": t, "name": ont.name(t)} for t in shared],
        })
    return out
