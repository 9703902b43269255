"""Explanations of ranked diseases on the real release."""

from __future__ import annotations

from raremap.engine import explain, rank

POEMS = "ORPHA:2905"


def test_matched_features_name_the_disease_annotation_and_its_frequency(kb):
    # Polyneuropathy (exact), adrenal insufficiency (POEMS lists primary adrenal insufficiency)
    r = rank(kb, ["HP:0001271", "HP:0000846", "HP:0001250"])
    e = explain(r, POEMS)
    by_feature = {m["feature"]["hpo_id"]: m for m in e["matched"]}
    assert by_feature["HP:0001271"]["relation"] == "exact"
    assert by_feature["HP:0001271"]["annotation"]["frequency"] == "100% of people"
    assert by_feature["HP:0000846"]["relation"] == "narrower"
    assert by_feature["HP:0000846"]["annotation"]["hpo_id"] == "HP:0008207"
    # Seizures are not a feature of POEMS syndrome.
    assert [u["feature"]["hpo_id"] for u in e["unexplained"]] == ["HP:0001250"]
    assert e["unexplained"][0]["contribution"] < 0
    assert e["rank"] == r.rank_of(POEMS)


def test_an_excluded_feature_the_disease_shows_counts_against_it(kb):
    # Polyneuropathy is obligate in POEMS syndrome. The likelihood method reads its absence
    # as very strong evidence against; the default method, calibrated on case reports
    # (where an absent feature may be wrongly recorded), still counts it clearly against.
    for method, at_most in (("likelihood", -1.0), (None, -0.3)):
        r = rank(kb, ["HP:0001744", "HP:0000953"], ["HP:0001271"], method=method)
        e = explain(r, POEMS)
        assert e["excluded_against"][0]["feature"]["hpo_id"] == "HP:0001271"
        assert e["excluded_against"][0]["contribution"] < at_most
        assert e["excluded_against"][0]["annotation"]["band"] == "obligate"


def test_what_to_check_next_lists_frequent_features_not_yet_asked(kb):
    asked = ["HP:0001271", "HP:0001744"]
    e = explain(rank(kb, asked, ["HP:0000135"]), POEMS)
    ids = [c["hpo_id"] for c in e["check_next"]]
    assert 0 < len(ids) <= 5
    assert not set(ids) & set(asked + ["HP:0000135"])
    assert all(c["band"] in ("obligate", "very-frequent", "frequent") for c in e["check_next"])


def test_explanations_work_for_the_baseline_too(kb):
    e = explain(rank(kb, ["HP:0001271", "HP:0001744"], method="phenomizer"), POEMS)
    assert e["unit"] == "IC (nats)"
    assert {m["feature"]["hpo_id"] for m in e["matched"]} == {"HP:0001271", "HP:0001744"}


def test_the_package_function_survives_importing_the_module(kb):
    """Regression: a submodule named like the package's ``explain`` function replaced the
    function once imported (the API's ``from raremap.engine import explain`` then got a
    module and failed with "'module' object is not callable")."""
    import raremap.engine
    import raremap.engine.explanation  # noqa: F401

    assert callable(raremap.engine.explain)
    assert callable(raremap.engine.related_diseases)
    assert callable(raremap.engine.rank)


PARESTHESIA, INTELLECTUAL_DISABILITY, SEIZURE = "HP:0003401", "HP:0001249", "HP:0001250"
HYPERPIGMENTATION, GLOBAL_DELAY = "HP:0000953", "HP:0001263"


def _reasons(e: dict) -> dict[str, str]:
    return {u["feature"]["hpo_id"]: u["reason"] for u in e["unexplained"]}


def test_a_closest_feature_is_named_only_when_it_is_genuinely_related(kb):
    """Paresthesia and Intellectual disability meet only at "Abnormal nervous system
    physiology", which a fifth of all diseases show: naming one as the other's closest
    feature misleads (the checker once read "Paresthesia … (closest: Intellectual
    disability)")."""
    r = rank(kb, [PARESTHESIA, INTELLECTUAL_DISABILITY, SEIZURE])
    e = explain(r, "ORPHA:2875")  # lists Paresthesia, neither of the other two
    reasons = _reasons(e)
    assert reasons[INTELLECTUAL_DISABILITY] == "not among the condition's recorded features"
    assert all("closest" not in reason for reason in reasons.values())
    # Hyperpigmentation of the skin and the disease's Blotching pigmentation of the skin
    # share "Abnormality of skin pigmentation" (3.5% of diseases): that one is named.
    # Its contribution is about nil: whether it counts as a weak related match or as
    # unexplained, the related feature is named.
    r = rank(kb, [PARESTHESIA, HYPERPIGMENTATION, GLOBAL_DELAY])
    e = explain(r, "ORPHA:3206")
    related = {m["feature"]["hpo_id"]: m for m in e["matched"]}
    if HYPERPIGMENTATION in related:
        m = related[HYPERPIGMENTATION]
        assert m["relation"] == "related" and abs(m["contribution"]) < 0.05
        assert m["annotation"]["name"] == "Blotching pigmentation of the skin"
    else:
        assert _reasons(e)[HYPERPIGMENTATION] == (
            "not among the condition's recorded features (closest: Blotching pigmentation of the skin)")


def test_a_feature_the_disease_lists_too_seldom_is_not_called_unrecorded(kb):
    r = rank(kb, [PARESTHESIA, INTELLECTUAL_DISABILITY, SEIZURE])
    reason = _reasons(explain(r, "ORPHA:395"))[INTELLECTUAL_DISABILITY]  # listed in 5%-29%
    assert reason.startswith("listed for the condition (5%-29% of people)")
