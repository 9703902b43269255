"""Related diseases, computed at build time by the engine."""

from __future__ import annotations

import pytest

from raremap.engine import related_diseases
from raremap.engine.related import MIN_SHARED_IC, too_few_features
from raremap.knowledge import UnknownIdError


def test_related_diseases_of_poems_share_its_features(kb):
    items = related_diseases(kb, "ORPHA:2905")
    assert len(items) == 10
    assert "ORPHA:2905" not in [i["id"] for i in items]
    assert set(items[0]) == {"id", "name", "score", "shared"}
    scores = [i["score"] for i in items]
    assert scores == sorted(scores, reverse=True) and 0 < scores[-1] <= scores[0] < 1.5
    poems_features = {a.hpo_id for a in kb.disease("ORPHA:2905").present_phenotypes}
    for item in items:
        assert item["shared"], item
        assert {s["hpo_id"] for s in item["shared"]} <= poems_features
        assert all(s["name"] for s in item["shared"])


def test_the_limit_and_unknown_ids(kb):
    assert len(related_diseases(kb, "OMIM:147791", limit=3)) <= 3
    with pytest.raises(UnknownIdError):
        related_diseases(kb, "ORPHA:999999999")


def test_the_table_is_built_for_the_mini_release_too(mini_kb):
    """Three diseases: each can have at most two related ones; D0 and D1 share the
    nervous system only through Paresthesia/Acroparesthesia."""
    items = related_diseases(mini_kb, "OMIM:100100")
    assert [i["id"] for i in items] == ["ORPHA:1"]
    assert items[0]["shared"][0]["hpo_id"] == "HP:0031006"


def test_shared_features_name_the_most_specific_only(kb):
    # Several of POEMS syndrome's neighbours explain both Hypogonadism and the broader
    # "Abnormality of the endocrine system": only Hypogonadism is named.
    items = related_diseases(kb, "ORPHA:2905")
    both = [i for i in items if "HP:0000135" in {s["hpo_id"] for s in i["shared"]}]
    assert both
    for item in items:
        listed = [s["hpo_id"] for s in item["shared"]]
        for t in listed:
            assert not kb.ontology.ancestors(t) & set(listed), (item["name"], t)
    assert not any("HP:0000818" in {s["hpo_id"] for s in i["shared"]} for i in both)


def test_a_disease_with_one_broad_feature_gets_no_weak_matches(kb):
    # Premature centromere division records only "Abnormality of metabolism/homeostasis",
    # which about a third of all diseases share: nothing it shares says it is similar.
    features = [a.hpo_id for a in kb.disease("OMIM:212790").present_phenotypes]
    assert features and all(kb.ontology.ic[kb.ontology.index[t]] < MIN_SHARED_IC for t in features)
    assert too_few_features(kb, "OMIM:212790")
    assert related_diseases(kb, "OMIM:212790") == []
    # The build-time table still holds its neighbours (the published ranking reads them).
    section = kb.section("related")
    assert section["neighbors"][kb.diseases.index["OMIM:212790"], 0] >= 0


def test_every_listed_pair_shares_specific_features(kb):
    ont = kb.ontology
    for did in ("ORPHA:558", "ORPHA:2905", "OMIM:212790", "OMIM:147791"):
        items = related_diseases(kb, did)
        for item in items:
            assert sum(ont.ic[ont.index[s["hpo_id"]]] for s in item["shared"]) >= MIN_SHARED_IC, item
        if items:
            assert not too_few_features(kb, did)


def test_big_diseases_keep_full_sensible_lists(kb):
    marfan = related_diseases(kb, "ORPHA:558")
    assert len(marfan) == 10
    names = " ".join(i["name"] for i in marfan)
    assert "Loeys-Dietz" in names
    assert not too_few_features(kb, "ORPHA:558") and not too_few_features(kb, "ORPHA:2905")
    assert len(related_diseases(kb, "ORPHA:2905")) == 10

