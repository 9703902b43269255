"""The explanation names the hallmarks a report leaves out (real HPO artifact)."""

from __future__ import annotations

import numpy as np

from raremap.engine.explanation import explain_disease
from raremap.engine.published.hallmarks import hallmark_matrix
from raremap.engine.query import resolve_query
from raremap.engine.ranker import rank_query

POEMS = "ORPHA:2905"
NEUROPATHY = "HP:0001271"  # Polyneuropathy, obligate in POEMS syndrome


def test_poems_with_a_couple_of_its_features_lists_its_unmentioned_hallmarks(kb):
    ranking = rank_query(kb, resolve_query(kb, ["HP:0001744", "HP:0000846"]), "published")
    exp = explain_disease(ranking, POEMS)
    listed = [h["hpo_id"] for h in exp["unreported_hallmarks"]]
    assert exp["unreported_contribution"] < 0
    assert NEUROPATHY in listed
    assert "HP:0001744" not in listed and "HP:0000846" not in listed  # the ones given
    h = hallmark_matrix(kb, 0.8)
    row = h[kb.diseases.index_of(POEMS)]
    assert set(listed) <= {kb.ontology.ids[int(t)] for t in row.indices}
    assert all(x["name"] and x["frequency"] for x in exp["unreported_hallmarks"])
    # Naming it, or listing it as absent, takes it off the list.
    named = explain_disease(rank_query(kb, resolve_query(kb, ["HP:0001744", "HP:0000846", NEUROPATHY]),
                                       "published"), POEMS)
    absent = explain_disease(rank_query(kb, resolve_query(kb, ["HP:0001744", "HP:0000846"], [NEUROPATHY]),
                                        "published"), POEMS)
    for e in (named, absent):
        assert NEUROPATHY not in [x["hpo_id"] for x in e["unreported_hallmarks"]]
        assert len(e["unreported_hallmarks"]) < len(listed)
    # A third present feature makes the report fuller, so only the absent one costs less.
    assert absent["unreported_contribution"] > exp["unreported_contribution"]


def test_a_disease_without_hallmarks_or_a_method_without_them_lists_none(kb):
    h = hallmark_matrix(kb, 0.8)
    none = int(np.flatnonzero(np.diff(h.indptr) == 0)[0])
    ranking = rank_query(kb, resolve_query(kb, ["HP:0001744", "HP:0000846"]), "published")
    exp = explain_disease(ranking, kb.diseases.ids[none])
    assert exp["unreported_hallmarks"] == [] and exp["unreported_contribution"] == 0
    other = explain_disease(rank_query(kb, ranking.query, "phenomizer"), POEMS)
    assert other["unreported_hallmarks"] is None and other["unreported_contribution"] is None


def test_the_list_names_the_most_specific_hallmarks_only(kb):
    # POEMS syndrome's hallmarks include Hypogonadism and the broader "Abnormality of the
    # endocrine system": for "pins and needles, darker skin" neither is given, and only the
    # specific one is listed, yet both count in the score.
    from raremap.engine.matrices import engine_matrices
    from raremap.engine.published.hallmarks import left_out_hallmarks

    ranking = rank_query(kb, resolve_query(kb, ["HP:0003401", "HP:0000953"]), "published")
    listed = [h["hpo_id"] for h in explain_disease(ranking, POEMS)["unreported_hallmarks"]]
    m = engine_matrices(kb)
    index = kb.diseases.index_of(POEMS)
    every = [kb.ontology.ids[t] for t, _f in left_out_hallmarks(m, hallmark_matrix(kb, 0.8), ranking.query, index)]
    assert "HP:0000135" in listed and "HP:0000818" in every and "HP:0000818" not in listed
    assert set(listed) < set(every)
    for a in listed:
        broader = kb.ontology.ancestors(a) - {a}
        assert not broader & set(listed), a
    # Every hallmark left off the list lies above one that is on it.
    for dropped in set(every) - set(listed):
        assert any(dropped in kb.ontology.ancestors(a) for a in listed), dropped
