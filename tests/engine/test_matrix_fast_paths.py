"""The engine's fast paths give the same numbers, to the bit, as the plain formulas they
replace (on the real release's matrices)."""

from __future__ import annotations

import numpy as np
import pytest

from raremap.engine.matrices import engine_matrices, weighted_column_max
from raremap.engine.published.calibration import R_EDGES, U_EDGES, cells


def test_calibration_cells_count_the_edges_like_a_binary_search():
    rng = np.random.default_rng(7)
    ratio = np.concatenate([np.ones(50), R_EDGES, np.nextafter(R_EDGES, 0), np.nextafter(R_EDGES, np.inf),
                            rng.uniform(0, 300, 5000)])
    reached = np.concatenate([np.zeros(50), U_EDGES, np.nextafter(U_EDGES, -1), np.nextafter(U_EDGES, 2),
                              rng.uniform(0, 1, 5000)])
    rng.shuffle(reached)
    expected = (np.searchsorted(R_EDGES, ratio, side="right") * (len(U_EDGES) + 1)
                + np.searchsorted(U_EDGES, reached, side="left"))
    got = cells(ratio, reached)
    assert np.array_equal(got, expected)
    assert got.max() == (len(R_EDGES) + 1) * (len(U_EDGES) + 1) - 1


@pytest.fixture(scope="module")
def matrices(kb):
    return engine_matrices(kb)


def _terms(m, n=300):
    reached_by = np.diff(m.features.reached.indptr)
    return np.random.default_rng(3).choice(np.flatnonzero(reached_by > 0), n, replace=False)


@pytest.mark.parametrize("use_values", [True, False])
def test_one_column_gives_what_the_many_column_path_gives(matrices, use_values):
    f = matrices.features
    for t in _terms(matrices):
        col = np.array([t])
        w = np.array([1.0 / float(matrices.background[t])])
        one = weighted_column_max(f.reached, col, w, np.zeros(matrices.n_diseases), use_values)
        # the same column twice takes the general path; the maximum is the same
        many = weighted_column_max(f.reached, np.array([t, t]), np.repeat(w, 2), np.zeros(matrices.n_diseases),
                                   use_values)
        assert np.array_equal(one, many) and one.dtype == np.float64


def test_dense_rows_give_the_maximum_of_the_stacked_rows(matrices):
    f = matrices.features
    kappa = 0.05
    checked = 0
    for t in _terms(matrices, 200):
        anc = matrices.ancestors_of(int(t), include_self=False)
        w = kappa / matrices.background[anc]
        got = f.reached_max(anc, w, np.zeros(matrices.n_diseases))
        rows = f.dense_row[anc]
        dense = rows >= 0
        expected = np.zeros(matrices.n_diseases)
        if dense.any():
            block = f.dense_reached[rows[dense]] * w[dense, None].astype(np.float32)
            np.maximum(expected, block.max(axis=0), out=expected)
            checked += int(dense.sum() > 1)
        weighted_column_max(f.reached, anc[~dense], w[~dense], expected)
        assert np.array_equal(got, expected)
    assert checked > 50  # terms with several general ancestors were among them


@pytest.mark.parametrize("n", [10, 204, 1999, 2000, 5000])
def test_calibration_cells_agree_on_short_and_long_arrays(n):
    rng = np.random.default_rng(n)
    ratio = np.where(rng.random(n) < 0.5, 1.0, rng.uniform(0, 300, n))
    reached = np.where(rng.random(n) < 0.5, 0.0, rng.uniform(0, 1, n))
    expected = (np.searchsorted(R_EDGES, ratio, side="right") * (len(U_EDGES) + 1)
                + np.searchsorted(U_EDGES, reached, side="left"))
    got = cells(ratio, reached)
    assert np.array_equal(got, expected) and got.dtype == np.int8


def test_several_vectors_at_once_match_one_at_a_time(matrices):
    from raremap.engine.matrices import column_any, columns_any, columns_max

    f, n = matrices.features, matrices.n_diseases
    terms = _terms(matrices, 40)
    ancs = [matrices.ancestors_of(int(t), include_self=False) for t in terms]
    owner = np.repeat(np.arange(len(terms)), [len(a) for a in ancs])
    anc = np.concatenate(ancs)
    together = columns_max(f.direct, anc, 1.0 / matrices.background[anc], owner, np.zeros((len(terms), n)))
    hits = columns_any(f.negated, anc, owner, (len(terms), n))
    for j, a in enumerate(ancs):
        alone = weighted_column_max(f.direct, a, 1.0 / matrices.background[a], np.zeros(n))
        assert np.array_equal(together[j], alone)
        assert np.array_equal(hits[j], column_any(f.negated, a, n))


@pytest.mark.parametrize("kind", ["excluded", "present"])
def test_never_seen_terms_computed_together_equal_each_alone(kb, matrices, kind):
    from raremap.engine.published.ranking import Published

    method = Published()
    method.bind(kb)
    terms = [int(t) for t in _terms(matrices, 60)]

    def cells_many(m, fm, xs, n):  # kept sparse: the rows whose cell is not 0
        out = []
        for at, c in method._cells_many(m, fm, xs, n):
            assert at.dtype == np.int32 and c.dtype == np.int8 and (c != 0).all()
            out.append(np.zeros(n, dtype=np.int8))
            out[-1][at] = c
        return out

    together_of, alone_of = {
        "excluded": (cells_many, method._cells),
        "present": (method._present_many,
                    lambda m, fm, q, n: np.log10(method.feature_lr(m, fm, q, n)).astype(np.float32)),
    }[kind]
    for fm, n_rows in [(matrices.features, matrices.n_diseases),
                       *((sub, len(touched)) for touched, sub in matrices.sex_limited.values())]:
        together = together_of(matrices, fm, terms, n_rows)
        for t, got in zip(terms, together, strict=True):
            assert np.array_equal(got, alone_of(matrices, fm, t, n_rows))


def test_dense_columns_equal_scipy_slicing(matrices):
    from raremap.engine.matrices import dense_columns

    f = matrices.features
    columns = np.sort(_terms(matrices, 150))
    for matrix in (f.direct, f.reached, f.direct[:300].tocsc()):
        got = dense_columns(matrix, columns)
        assert np.array_equal(got, matrix[:, columns].toarray().astype(np.float64)) and got.dtype == np.float64


def _published_rows_one_by_one(method, m, query, pm):
    """The published rows term by term, with the plain per-term formula."""
    from raremap.engine.matrices import dense_columns
    from raremap.engine.published.ranking import _annotations_of

    keep = pm.keep_mask(method.exclude_pmids)
    columns = np.unique(np.concatenate([m.ancestors_of(t) for t in query.present + query.excluded])).astype(np.int64)
    c = pm.counts(m, columns, keep)
    ann = _annotations_of(pm, m)
    u_ann, f_ann = dense_columns(ann.reached, columns), dense_columns(ann.direct, columns)
    denom = (c.n + method.n0)[:, None]
    u, f = (c.shown + method.n0 * u_ann) / denom, (c.exact + method.n0 * f_ann) / denom
    present = np.array([np.log10(method._dense_lr(m, u, f, columns, ann.negated, q)) for q in query.present])
    excluded = []
    for x in query.excluded:
        col = np.searchsorted(columns, x)
        relevance = method._dense_lr(m, u, f, columns, ann.negated, x, sibling=False) \
            if method._uses_relevance() else None
        prior = method.absent_share(u_ann[:, col], relevance)
        excluded.append(np.log10((c.absent[:, col] + method.n0 * prior) / denom[:, 0] / method.rho))
    return present, np.array(excluded).reshape(len(query.excluded), len(pm.rows))


@pytest.mark.parametrize("params", [{}, {"exclude_pmids": None}, {"calibrate": False}, {"kappa": 0.0}])
def test_published_rows_of_all_terms_together_equal_each_alone(kb, matrices, params):
    from raremap.engine.published.ranking import Published
    from raremap.engine.query import Query

    method = Published(**{k: v for k, v in params.items() if k != "exclude_pmids"})
    method.bind(kb)
    pm = method.patients
    assert pm is not None and len(pm.rows)
    if "exclude_pmids" in params:  # the first paper's patients left out
        method = Published(exclude_pmids=(pm.pmids[0],), patients=pm)
        method.bind(kb)
    seen = np.flatnonzero(np.diff(pm.reach.indptr) > 0)
    rng = np.random.default_rng(11)
    root = int(np.flatnonzero(np.diff(matrices.ancestors[0]) == 0)[0])  # a term without ancestors
    for trial in range(40):
        terms = [int(t) for t in rng.choice(seen, 12, replace=False)]
        cut = int(rng.integers(1, 12))
        present, excluded = terms[:cut], terms[cut:] if trial % 4 else []
        if trial == 5:
            present = [root, *present]
        query = Query(tuple(present), tuple(excluded))
        got = method._published_rows(matrices, query, pm)
        expected = _published_rows_one_by_one(method, matrices, query, pm)
        for g, e in zip(got, expected, strict=True):
            assert g.shape == e.shape and g.dtype == e.dtype and g.tobytes() == e.tobytes()


def test_unreported_hallmarks_equal_the_plain_formula(kb, matrices):
    from scipy import sparse

    from raremap.engine.published.hallmarks import hallmark_matrix, unreported_log_lr
    from raremap.engine.query import Query

    hallmarks = hallmark_matrix(kb, 0.8)
    terms = np.unique(hallmarks.indices)
    rng = np.random.default_rng(5)
    for k in [1, 3, 3, 7, 10, 14]:
        chosen = [int(t) for t in rng.choice(terms, k + 4, replace=False)]
        query = Query(tuple(chosen[:k]), tuple(chosen[k:]))
        left_out = np.ones(matrices.n_terms)
        for t in chosen:
            left_out[matrices.ancestors_of(t)] = 0.0
            left_out[matrices.descendants_of(t)] = 0.0
        c = 0.1 * min(1.0, k / 10.0)
        weights = sparse.csr_matrix((np.log10(1.0 - c * hallmarks.data), hallmarks.indices, hallmarks.indptr),
                                    shape=hallmarks.shape)
        expected = np.asarray(weights @ left_out).ravel()
        assert (expected < 0).any()
        assert unreported_log_lr(matrices, hallmarks, query, 0.1, 10.0).tobytes() == expected.tobytes()


def test_sibling_route_through_the_lowest_general_ancestors_equals_all_ancestors(matrices):
    from raremap.engine.sibling_route import sibling_closure, sibling_max

    f, n = matrices.features, matrices.n_diseases
    terms = _terms(matrices, 300)
    ancs = [matrices.ancestors_of(int(t), include_self=False) for t in terms]
    owner = np.repeat(np.arange(len(terms)), [len(a) for a in ancs])
    got = sibling_max(matrices, f, 0.05, terms, np.concatenate(ancs).astype(np.int64), owner,
                      np.zeros((len(terms), n)))
    lowest_ptr = sibling_closure(matrices, f, 0.05).lowest[0]
    fewer = 0
    for j, a in enumerate(ancs):
        expected = f.reached_max(a, 0.05 / matrices.background[a], np.zeros(n))
        assert got[j].tobytes() == expected.tobytes()
        fewer += int(lowest_ptr[terms[j] + 1] - lowest_ptr[terms[j]] < (f.dense_row[a] >= 0).sum())
    assert fewer > 100  # most terms read fewer rows than they have general ancestors
