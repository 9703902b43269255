"""The checker's explanation gives each feature's figures as the disease page does.

Marfan syndrome joins an Orphanet and an OMIM record, which can disagree: Orphanet puts
stretch marks (striae distensae, HP:0001065) at 80%-99%, OMIM counts 11 of 53 people. The
checker named only the figure its score used ("80%-99% of people") under "Usually present
but not in your list", while the disease page files the symptom as occasional and shows
both figures. ``how_often`` now carries every source's figure, worded as on the page;
``frequency`` stays the figure of the row the score used.
"""

from __future__ import annotations

from raremap.engine.explanation import explain_disease
from raremap.engine.query import resolve_query
from raremap.engine.ranker import rank_query
from raremap.knowledge.pages import disease_page

MARFAN = "ORPHA:558"
STRIAE = "HP:0001065"
QUERY = ["HP:0001166", "HP:0001519", "HP:0001083", "HP:0002650", "HP:0000768"]


def explained_annotations(exp: dict) -> list[dict]:
    return [*(m["annotation"] for m in exp["matched"]), *(x["annotation"] for x in exp["excluded_against"]),
            *exp["check_next"], *(h for h in exp["unreported_hallmarks"] or () if "frequency" in h)]


def test_every_feature_of_the_explanation_carries_the_pages_figures(kb):
    exp = explain_disease(rank_query(kb, resolve_query(kb, QUERY, ["HP:0000545"]), "published"), MARFAN)
    page = {f["hpo_id"]: f["how_often"] for band in disease_page(kb, MARFAN)["bands"] for f in band["features"]}
    shown = explained_annotations(exp)
    assert len(shown) >= 8 and exp["excluded_against"]  # matched, against, hallmarks and suggestions
    for a in shown:
        assert a["how_often"] == page[a["hpo_id"]], a
        assert a["frequency"]  # the scored row's own figure stays


def test_stretch_marks_are_named_with_both_sources_figures(kb):
    exp = explain_disease(rank_query(kb, resolve_query(kb, QUERY), "published"), MARFAN)
    striae = next(a for a in explained_annotations(exp) if a["hpo_id"] == STRIAE)
    assert striae["frequency"] == "80%-99% of people"
    assert "Orphanet: 80%-99% of people" in striae["how_often"] and "OMIM: 11 of 53 people" in striae["how_often"]


def test_a_single_source_disease_words_its_figure_as_before(kb):
    poems = explain_disease(rank_query(kb, resolve_query(kb, ["HP:0001744", "HP:0000846"]), "published"),
                            "ORPHA:2905")
    for a in explained_annotations(poems):
        assert a["how_often"] == a["frequency"], a


def test_published_counts_follow_the_order_of_the_symptoms_it_explains(kb):
    """Entered in either order, the published patients' counts (and each close patient's shared
    features) list the features as "Symptoms it explains" does just above them."""
    for query in (QUERY, QUERY[::-1]):
        exp = explain_disease(rank_query(kb, resolve_query(kb, query), "published"), MARFAN)
        order = [i["feature"]["hpo_id"] for i in (*exp["matched"], *exp["unexplained"])]
        assert len(exp["matched"]) >= 3
        counted = [f["hpo_id"] for f in exp["published"]["features"]]
        assert counted == [h for h in order if h in counted]
        for p in exp["published"]["like_yours"]:
            shared = [s["hpo_id"] for s in p["shared"]]
            assert shared == [h for h in order if h in shared]
