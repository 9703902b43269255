"""Ranking, text to terms, criteria and answers: thin shells over the core's functions."""

from __future__ import annotations

import json

import pytest

from raremap.answers import QUESTIONS, answer
from raremap.engine import rank
from raremap.engine.criteria import check
from raremap.engine.tagger import tag
from tests.api.conftest import error_of

POEMS = "ORPHA:2905"
POEMS_FEATURES = ["HP:0001271", "HP:0001744", "HP:0000846"]  # polyneuropathy, splenomegaly, adrenal insufficiency


def post(api, url, body):
    return api.post(url, json.dumps(body), content_type="application/json")


def test_ranking_returns_the_engines_order(api, kb):
    body = post(api, "/api/v1/ranking", {"present": POEMS_FEATURES, "limit": 5}).json()
    expected = rank(kb, POEMS_FEATURES).top(5)
    assert [r["disease"] for r in body["results"]] == [r.id for r in expected]
    assert [r["rank"] for r in body["results"]] == [1, 2, 3, 4, 5]
    assert body["hpo_release"] == kb.release and body["method"]


def test_ranking_reports_unknown_ids_and_refuses_a_query_with_nothing_usable(api):
    body = post(api, "/api/v1/ranking", {"present": [*POEMS_FEATURES, "HP:9999999"]}).json()
    assert any(i["id"] == "HP:9999999" and i["action"] == "skipped" for i in body["issues"])
    response = post(api, "/api/v1/ranking", {"present": ["HP:9999999"]})
    assert response.status_code == 422 and error_of(response)["issues"]


def test_ranking_explains_when_asked(api):
    body = post(api, "/api/v1/ranking", {"present": POEMS_FEATURES, "limit": 2, "explain": True}).json()
    assert all(isinstance(r["explanation"], dict) and r["explanation"] for r in body["results"])


def test_ranking_input_is_validated(api):
    for bad in ({}, {"present": []}, {"present": POEMS_FEATURES, "sex": "x"},
                {"present": POEMS_FEATURES, "method": "astrology"}, {"present": "HP:0001271"}):
        response = post(api, "/api/v1/ranking", bad)
        assert response.status_code == 422, bad
        error_of(response)


def test_malformed_json_is_a_400_error_object(api):
    response = api.post("/api/v1/ranking", "{not json", content_type="application/json")
    assert response.status_code == 400 and error_of(response)["code"] == "bad_request"


@pytest.mark.parametrize("url", ["/api/v1/ranking", "/api/v1/text-to-terms", "/api/v1/criteria/poems/check"])
@pytest.mark.parametrize("body", ["[" * 1000, "[" * 100_000 + "]" * 100_000])
def test_deeply_nested_json_is_a_400_error_object_not_a_crash(api, url, body):
    response = api.post(url, body, content_type="application/json")
    assert response.status_code == 400 and error_of(response)["code"] == "bad_request"


@pytest.mark.parametrize("url", ["/api/v1/ranking", "/api/v1/text-to-terms", "/api/v1/criteria/poems/check"])
def test_json_nested_near_the_parsers_limit_is_refused_either_way(api, url):
    # 1,000 levels: too deep for the parser (400) or, where the recursion limit is higher,
    # parsed and refused by validation (422); never a server error.
    response = api.post(url, '{"text": ' + "[" * 1000 + "]" * 1000 + "}", content_type="application/json")
    assert response.status_code in (400, 422) and error_of(response)["code"] in ("bad_request", "invalid_input")


def test_text_to_terms_returns_the_taggers_result(api, kb):
    text = "I get winded on the stairs and have no fever"
    body = post(api, "/api/v1/text-to-terms", {"text": text}).json()
    assert body == json.loads(json.dumps(tag(kb, text).to_dict()))
    assert {"hpo": "HP:0001945", "negated": True}.items() <= next(t for t in body["terms"] if t["hpo"] == "HP:0001945").items()


def test_text_with_a_nul_byte_or_too_long_is_refused(api):
    assert post(api, "/api/v1/text-to-terms", {"text": "fever\x00"}).status_code == 422
    response = post(api, "/api/v1/text-to-terms", {"text": "fever " * 5000})
    assert response.status_code == 422 and error_of(response)["code"] == "invalid_input"


def test_criteria_catalogue_set_and_check(api, kb):
    sets = api.get("/api/v1/criteria").json()
    assert any(s["id"] == "poems" for s in sets)
    assert api.get("/api/v1/criteria/poems").json()["diseases"] == [POEMS]
    findings = ["HP:0001271", "lambda", "elevated-vegf", "Hepatomegaly"]
    body = post(api, "/api/v1/criteria/poems/check", {"findings": findings}).json()
    assert body == json.loads(json.dumps(check(kb, "poems", findings).to_dict()))
    assert api.get("/api/v1/criteria/astrology").status_code == 404


def test_answers_list_and_detail(api, kb):
    listed = api.get(f"/api/v1/diseases/{POEMS}/answers").json()
    assert [a["question"] for a in listed] == [q.slug for q in QUESTIONS]
    body = api.get(f"/api/v1/diseases/{POEMS}/answers/genetic").json()  # an alias
    assert body == json.loads(json.dumps(answer(kb, POEMS, "hereditary").to_dict()))
    response = api.get(f"/api/v1/diseases/{POEMS}/answers/horoscope")
    assert response.status_code == 404 and error_of(response)["code"] == "not_found"


def test_an_answers_json_lists_orphanets_record_once_and_keeps_each_statements_citations(api, kb):
    body = api.get("/api/v1/diseases/ORPHA:558/answers/outlook").json()
    marfan = "https://www.orpha.net/en/disease/detail/558"
    assert [s["kind"] for s in body["sources"] if s["url"] == marfan] == ["reference"]
    cited = [s for sec in body["sections"] for st in sec["statements"] for s in st["sources"] if s["url"] == marfan]
    assert len(cited) >= 2  # each statement still names what it rests on (the record, the link)
    assert set(body["sources"][0]) >= {"kind", "label", "id", "url", "role", "note"}
    assert api.get("/api/v1/questions").json()[0]["slug"] == QUESTIONS[0].slug


def test_a_symptoms_answer_adds_a_short_source_list_beside_the_full_one(api, kb):
    # Marfan syndrome's symptoms rest on about 120 sources: the full list stays as it was,
    # and source_groups gives one entry per record or publication, each naming its sources.
    body = api.get("/api/v1/diseases/ORPHA:558/answers/symptoms").json()
    assert len(body["sources"]) == len(answer(kb, "ORPHA:558", "symptoms").sources) > 100
    groups = body["source_groups"]
    assert len(groups) < len(body["sources"]) / 4
    folded = [g for g in groups if g["kind"] == "annotations"]
    assert sorted(g["id"] for g in folded) == sorted(kb.disease("ORPHA:558").disease_ids)
    for g in folded:
        assert all(g["id"] in body["sources"][i]["records"] for i in g["source_indexes"])
    statement = body["sections"][0]["statements"][0]
    cited = {i for g in statement["source_groups"] for i in groups[g]["source_indexes"]}
    assert {s["label"] for s in statement["sources"] if s["kind"] != "annotation"} <= {
        body["sources"][i]["label"] for i in cited}


def test_the_explanation_lists_the_hallmarks_left_out(api):
    body = post(api, "/api/v1/ranking", {"present": POEMS_FEATURES[1:], "limit": 20, "explain": True,
                                          "method": "published"}).json()
    poems = next(r["explanation"] for r in body["results"] if r["disease"] == POEMS)
    assert "HP:0001271" in [h["hpo_id"] for h in poems["unreported_hallmarks"]]
    assert poems["unreported_contribution"] < 0 and "matched" in poems and "check_next" in poems
