"""A present feature a disease's annotations do not name counts for it when its closest
diseases show it (``raremap.engine.published.similar_fill``)."""

from __future__ import annotations

import numpy as np
import pytest

from raremap.engine.explanation import explain_disease
from raremap.engine.matrices import engine_matrices
from raremap.engine.published.similar_fill import neighbour_weights
from raremap.engine.query import resolve_query
from raremap.engine.ranker import rank_query
from raremap.engine.ranking import get_method


def test_the_weights_read_each_diseases_closest_related_diseases(kb):
    keep = get_method("published").fill_keep
    w = neighbour_weights(kb, len(kb.diseases), keep)
    sums = np.asarray(w.sum(axis=1)).ravel()
    has = np.diff(w.indptr) > 0
    assert has.mean() > 0.9 and np.allclose(sums[has], 1.0)
    assert np.diff(w.indptr).max() <= keep
    poems = kb.diseases.index_of("ORPHA:2905")
    related = kb.section("related")["neighbors"][poems, :keep]
    assert set(w[poems].indices.tolist()) == {int(b) for b in related if b >= 0}


def test_a_feature_the_closest_diseases_show_counts_apart_from_the_own_annotations(kb):
    # KBG syndrome's annotations do not name "Delayed speech and language development";
    # most of the neurodevelopmental syndromes closest to it do.
    m = engine_matrices(kb)
    kbg = kb.diseases.index_of("ORPHA:2332")
    speech = kb.ontology.index["HP:0000750"]
    assert m.features.reached[kbg, speech] == 0
    q = resolve_query(kb, ["HP:0000750", "HP:0000692"])  # with Tooth malposition
    ranking = rank_query(kb, q, "published")
    s = ranking.scores
    off = rank_query(kb, q, "published", fill=0.0).scores
    assert off.similar is None and np.allclose(s.present, off.present)  # own annotations only
    assert s.similar[kbg] > 0 and (s.similar >= 0).all()
    assert np.allclose(s.total - s.similar, off.total)
    assert np.allclose(s.total, s.present.sum(axis=0) + s.excluded.sum(axis=0) + s.context + s.unreported
                       + s.neighbours + s.similar)
    # A disease whose own annotations give the feature to at least ``fill`` of its patients
    # gains nothing: its neighbours cannot be believed of it more than that.
    # (concept 0: the entries MONDO maps to one concept read each other in full, below)
    alone = rank_query(kb, resolve_query(kb, ["HP:0000750"]), "published", concept=0.0).scores
    enough = m.features.reached[:, speech].toarray().ravel() >= get_method("published").fill
    assert enough.sum() > 10
    assert (alone.similar[enough] == 0).all()
    assert (alone.similar[~enough] > 0).sum() > 100
    explained = explain_disease(ranking, "ORPHA:2332")
    assert explained["similar_contribution"] == pytest.approx(round(float(s.similar[kbg]), 3))
    assert "HP:0000750" in {u["feature"]["hpo_id"] for u in explained["unexplained"]}


def test_entries_of_one_mondo_concept_read_each_others_features(kb):
    # MONDO maps OMIM's Glass syndrome and Orphanet's two SATB2-associated syndrome entries
    # to one concept; the release keeps the three apart.
    from raremap.engine.published.similar_fill import concept_groups

    d = kb.diseases
    glass, variant = d.index_of("OMIM:612313"), d.index_of("ORPHA:576283")
    at, starts, sizes = concept_groups(kb)
    groups = [set(at[s:s + n].tolist()) for s, n in zip(starts, sizes, strict=True)]
    assert {glass, variant, d.index_of("ORPHA:251019")} in groups
    assert all(len(g) > 1 for g in groups) and len(set().union(*groups)) == len(at)
    # A feature the variant entry lists and Glass syndrome's own annotations do not.
    m = engine_matrices(kb)
    own, other = m.features.reached[glass].toarray().ravel(), m.features.reached[variant].toarray().ravel()
    only = np.flatnonzero((other > 0) & (own == 0))
    feature = int(only[np.argmax(m.ic[only])])
    q = resolve_query(kb, [kb.ontology.ids[feature]])
    s = rank_query(kb, q, "published").scores
    alone = rank_query(kb, q, "published", concept=0.0).scores
    assert np.allclose(s.present, alone.present)  # the own annotations are unchanged
    assert s.present[0, variant] > s.present[0, glass]
    assert s.present[0, glass] + s.similar[glass] == pytest.approx(s.present[0, variant] + s.similar[variant])
    assert s.similar[glass] > alone.similar[glass]
    assert s.total[glass] - alone.total[glass] == pytest.approx(s.similar[glass] - alone.similar[glass])


def test_the_table_of_every_term_gives_the_per_term_numbers(kb):
    # A long-running process reads the closest diseases' share of a term from one table
    # built for every term; it must be the same float32 vector the per-term path gives.
    from raremap.engine.published.ranking import _reached_max_many
    from raremap.engine.published.similar_fill import fill_log_lr, fill_table

    m = engine_matrices(kb)
    method = get_method("published")
    weights = neighbour_weights(kb, m.n_diseases, method.fill_keep)
    table = fill_table(m, weights, method.eps, method.fill)
    ids = ["HP:0001263", "HP:0000750", "HP:0001250", "HP:0000692", "HP:0004322", "HP:0000118"]
    terms = [kb.ontology.index[t] for t in ids]
    reached = np.zeros((len(terms), m.n_diseases))
    _reached_max_many(m.features, np.asarray(terms, dtype=np.int64), np.ones(len(terms)), np.arange(len(terms)),
                      reached)
    expected = fill_log_lr(m, weights, reached, terms, method.eps, method.fill)
    got = table.log_lr(terms, m.n_diseases)
    for want, have in zip(expected, got, strict=True):
        assert have.dtype == np.float32 and have.tobytes() == want.tobytes()
    assert (np.stack(got) > table.floor).sum() > 1000  # not an empty table


def test_a_process_builds_the_table_after_many_terms_and_ranks_the_same(kb):
    from raremap.engine.published import ranking as published

    q = resolve_query(kb, ["HP:0000750", "HP:0000692", "HP:0001250"], ["HP:0000252"])
    before = rank_query(kb, q, "published").scores
    asked = kb.derived.get("published terms asked", set)
    asked.update(range(published.TABLES_AFTER))  # as if that many terms had been asked
    after = rank_query(kb, q, "published").scores
    assert any(name.startswith("published fill table") for name in kb.derived.names())
    assert any(name.startswith("published cell table") for name in kb.derived.names())
    assert after.total.tobytes() == before.total.tobytes()
    assert after.excluded.tobytes() == before.excluded.tobytes()
    assert after.similar.tobytes() == before.similar.tobytes()
