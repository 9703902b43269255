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
    together_of, alone_of = {
        "excluded": (method._cells_many, method._cells),
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
