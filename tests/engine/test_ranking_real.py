"""Ranking on the real HPO 2025-01-16 release: invariants that hold for any data, and a few
clinical sanity checks."""

from __future__ import annotations

import numpy as np
import pytest

from raremap.engine import method_names, rank

POEMS = "ORPHA:2905"
# Polyneuropathy, splenomegaly, adrenal insufficiency, monoclonal gammopathy, hyperpigmentation
POEMS_FEATURES = ["HP:0001271", "HP:0001744", "HP:0000846", "HP:0002730", "HP:0000953"]
METHODS = method_names()


def test_both_methods_are_registered():
    assert {"likelihood", "phenomizer"} <= set(METHODS)


@pytest.mark.parametrize("method", METHODS)
def test_poems_features_rank_poems_in_the_top_ten(kb, method):
    r = rank(kb, POEMS_FEATURES, method=method)
    assert r.rank_of(POEMS) <= 10


@pytest.mark.parametrize("method", METHODS)
def test_scores_are_finite_and_deterministic(kb, method):
    a = rank(kb, POEMS_FEATURES, ["HP:0001250"], method=method)
    b = rank(kb, POEMS_FEATURES, ["HP:0001250"], method=method)
    assert np.isfinite(a.scores.total).all()
    assert np.array_equal(a.scores.total, b.scores.total)
    assert np.array_equal(a.order, b.order)
    assert len(a.order) == len(kb.diseases)


@pytest.mark.parametrize("method", METHODS)
def test_duplicates_and_alt_spellings_do_not_change_the_result(kb, method):
    plain = rank(kb, POEMS_FEATURES, method=method)
    noisy = rank(kb, POEMS_FEATURES + ["hp:1271", "HP_0001744", POEMS_FEATURES[0]], method=method)
    assert np.array_equal(plain.scores.total, noisy.scores.total)


@pytest.mark.parametrize("method", METHODS)
def test_a_disease_queried_with_its_own_features_ranks_at_the_top(kb, method):
    """Self-query: 20 random diseases with at least 5 features, each queried with all its
    present features, rank in the top 3 (near-identical subtypes may share the top). A
    disease known only by one common feature (idiopathic scoliosis) cannot, so it is left out."""
    rng = np.random.default_rng(3)
    d = kb.diseases
    sizes = np.array([len(d.disease_at(int(i)).present_phenotypes) for i in range(0, len(d), 7)])
    assert (sizes >= 5).mean() > 0.5
    tried = 0
    for i in rng.permutation(len(d)):
        feats = [a.hpo_id for a in d.disease_at(int(i)).present_phenotypes]
        if len(feats) < 5:
            continue
        tried += 1
        if tried > 20:
            break
        r = rank(kb, feats, method=method)
        assert r.rank_of(d.ids[int(i)]) <= 3, d.ids[int(i)]


def test_an_excluded_obligate_feature_pushes_a_disease_down(kb):
    """Polyneuropathy is obligate in POEMS syndrome: saying it is absent must cost POEMS.
    Splenomegaly, hyperpigmentation, hypogonadism and hypertrichosis alone rank it first."""
    rest = ["HP:0001744", "HP:0000953", "HP:0000135", "HP:0000998"]
    i = kb.diseases.index[POEMS]
    # The default method is calibrated on case reports, where an absent feature may be
    # wrongly recorded: the cost is smaller than the likelihood method's, never nil, and
    # POEMS falls further behind the disease that ranks above it.
    for method, cost in (("likelihood", 1.0), (None, 0.3)):
        with_it = rank(kb, rest, method=method)
        without = rank(kb, rest, ["HP:0001271"], method=method)
        assert without.scores.total[i] < with_it.scores.total[i] - cost
        if method == "likelihood":
            assert without.rank_of(POEMS) > with_it.rank_of(POEMS)
        else:
            assert without.rank_of(POEMS) >= with_it.rank_of(POEMS)
            # The best other disease: POEMS falls further behind it (or leads it by less).
            above = next(kb.diseases.index[row.id] for row in with_it.top(2) if row.id != POEMS)
            gap = with_it.scores.total[above] - with_it.scores.total[i]
            assert without.scores.total[above] - without.scores.total[i] > gap + 0.2


def test_an_excluded_feature_the_disease_lacks_does_not_hurt_it(kb):
    i = kb.diseases.index[POEMS]
    base = rank(kb, POEMS_FEATURES).scores.total[i]
    # Cleft palate is not among POEMS syndrome's features.
    assert rank(kb, POEMS_FEATURES, ["HP:0000175"]).scores.total[i] >= base


def test_onset_favours_diseases_with_a_fitting_onset(kb):
    """Hereditary motor and sensory neuropathy V (OMIM:600361) is annotated with adult
    onset: giving adult onset raises its score, giving congenital onset lowers it."""
    hmsn = "OMIM:600361"
    feats = [a.hpo_id for a in kb.disease(hmsn).present_phenotypes][:6]
    i = kb.diseases.index[hmsn]
    base = rank(kb, feats).scores.total[i]
    assert rank(kb, feats, onset="HP:0003581").scores.total[i] > base
    assert rank(kb, feats, onset="HP:0003577").scores.total[i] < base


def test_the_likelihood_probabilities_sum_to_one(kb):
    r = rank(kb, POEMS_FEATURES)
    assert r.probabilities.sum() == pytest.approx(1.0)
    top = r.top(3)
    assert [t.rank for t in top] == [1, 2, 3]
    assert top[0].probability >= top[1].probability >= top[2].probability


def test_a_more_specific_feature_scores_higher_than_a_vague_one(kb):
    """Exact 'Polyneuropathy' is stronger evidence for POEMS than the vague 'Abnormality of
    the nervous system' (HP:0000707)."""
    i = kb.diseases.index[POEMS]
    assert rank(kb, ["HP:0001271"]).scores.total[i] > rank(kb, ["HP:0000707"]).scores.total[i]
