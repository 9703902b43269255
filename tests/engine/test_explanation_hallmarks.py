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
