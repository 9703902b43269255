"""Search, diseases and terms: the same objects the core's page functions return."""

from __future__ import annotations

from raremap.knowledge.pages import disease_page, term_diseases, term_page
from tests.api.conftest import error_of

POEMS = "ORPHA:2905"
POLYNEUROPATHY = "HP:0001271"


def test_search_finds_poems_by_name_and_by_typo(api, kb):
    for q in ("POEMS syndrome", "poems syndrom"):
        body = api.get("/api/v1/search", {"q": q, "kind": "disease"}).json()
        assert body["items"][0]["id"] == POEMS, q
        assert {"kind", "id", "label", "matched", "match_type", "score"} <= set(body["items"][0])


def test_search_pages_follow_their_next_links_without_overlap(api, kb):
    first = api.get("/api/v1/search", {"q": "neuropathy", "limit": 5}).json()
    assert first["limit"] == 5 and first["offset"] == 0 and len(first["items"]) == 5
    assert first["next"] and "offset=5" in first["next"]
    second = api.get(first["next"]).json()
    assert second["offset"] == 5
    expected = [h.id for h in kb.search("neuropathy", limit=10)]
    assert [h["id"] for h in first["items"] + second["items"]] == expected


def test_search_needs_a_query(api):
    response = api.get("/api/v1/search")
    assert response.status_code == 422
    assert error_of(response)["code"] == "invalid_input"


def test_the_disease_endpoint_returns_the_core_page_object(api, kb):
    body = api.get(f"/api/v1/diseases/{POEMS}").json()
    assert body == _jsonable({**disease_page(kb, POEMS), "published_patients": None})
    assert body["hpo_release"] == kb.release


def test_the_disease_endpoint_carries_the_published_patients_counts(api, kb):
    from raremap.engine.published.feature_counts import published_counts

    body = api.get("/api/v1/diseases/OMIM:148050").json()  # KBG syndrome, merged with ORPHA:2332
    pp = body["published_patients"]
    assert pp == _jsonable(published_counts(kb, "ORPHA:2332"))
    assert pp["ids"] == ["ORPHA:2332", "OMIM:148050"] and pp["patients"] > 100
    assert {"hpo_id", "name", "lay_names", "frequency", "observed", "excluded", "not_reported"} <= set(pp["features"][0])
    assert {k: v for k, v in body.items() if k != "published_patients"} == _jsonable(disease_page(kb, "ORPHA:2332"))


def test_a_merged_disease_lists_each_feature_once_with_every_sources_frequency(api, kb):
    body = api.get("/api/v1/diseases/ORPHA:2332").json()
    features = [f for band in body["bands"] for f in band["features"]]
    ids = [f["hpo_id"] for f in features]
    assert len(ids) == len(set(ids)) == body["feature_count"]
    [nares] = [f for f in features if f["hpo_id"] == "HP:0000463"]
    assert {(x["source_id"], x["frequency_raw"]) for x in nares["frequencies"]} == {
        ("ORPHA:2332", "HP:0040282"), ("OMIM:148050", "7/7")}


def test_an_unknown_disease_is_a_404_with_suggestions(api, kb):
    response = api.get("/api/v1/diseases/ORPHA:29050000")
    assert response.status_code == 404
    err = error_of(response)
    assert err["code"] == "not_found" and "ORPHA:29050000" in err["message"]
    assert isinstance(err["suggestions"], list)


def test_the_disease_list_is_paged_over_every_disease(api, kb):
    body = api.get("/api/v1/diseases", {"limit": 3, "offset": 10}).json()
    assert body["count"] == len(kb.diseases.ids)
    assert [r["id"] for r in body["items"]] == list(kb.diseases.ids[10:13])


def test_term_and_its_diseases(api, kb):
    assert api.get(f"/api/v1/terms/{POLYNEUROPATHY}").json() == _jsonable(term_page(kb, POLYNEUROPATHY))
    rows = term_diseases(kb, POLYNEUROPATHY)
    body = api.get(f"/api/v1/terms/{POLYNEUROPATHY}/diseases", {"limit": 100, "offset": 0}).json()
    assert body["count"] == len(rows)
    assert [r["id"] for r in body["items"]] == [r["id"] for r in rows[:100]]


def test_out_of_range_paging_is_a_422_not_a_crash(api):
    for params in ({"limit": 0}, {"limit": 1000}, {"offset": -1}, {"limit": "many"}):
        response = api.get("/api/v1/diseases", params)
        assert response.status_code == 422, params
        assert error_of(response)["details"]


def test_an_unknown_api_address_is_a_json_404(api):
    response = api.get("/api/v1/no-such-thing")
    assert response.status_code == 404 and error_of(response)["code"] == "not_found"


def _jsonable(obj):
    import json

    return json.loads(json.dumps(obj))


def test_every_endpoint_under_an_unknown_disease_id_is_the_same_404_with_suggestions(api, kb):
    expected = error_of(api.get("/api/v1/diseases/ORPHA:29050"))
    assert expected["suggestions"] and expected["suggestions"][0]["id"]
    for url in ("/api/v1/diseases/ORPHA:29050/related", "/api/v1/diseases/ORPHA:29050/answers",
                "/api/v1/diseases/ORPHA:29050/answers/hereditary", "/api/v1/communities/ORPHA:29050"):
        response = api.get(url)
        assert response.status_code == 404, url
        assert error_of(response) == expected, url


def test_either_id_of_a_merged_disease_gives_one_entry_with_every_id(api, kb):
    by_omim = api.get("/api/v1/diseases/OMIM:154700").json()
    by_orpha = api.get("/api/v1/diseases/ORPHA:558").json()
    assert by_omim == by_orpha and by_omim["id"] == "ORPHA:558"
    assert {"ORPHA:558", "OMIM:154700", "MONDO:0007947"} <= set(by_omim["ids"])
    assert by_omim["inheritance_by_source"] == {"HPO": ["Autosomal dominant inheritance"],
                                                "Orphanet": ["autosomal dominant"]}
    listed = api.get("/api/v1/diseases", {"limit": 1, "offset": kb.diseases.index["ORPHA:558"]}).json()["items"][0]
    assert listed == {"id": "ORPHA:558", "name": "Marfan syndrome", "ids": ["ORPHA:558", "OMIM:154700"]}


def test_the_sources_endpoint_gives_release_licence_and_attribution(api):
    sources = {s["name"]: s for s in api.get("/api/v1/sources").json()}
    assert {"Human Phenotype Ontology", "Orphanet", "MONDO"} <= set(sources)
    assert sources["Orphanet"]["licence"] == "CC BY 4.0" and "INSERM" in sources["Orphanet"]["attribution"]


def test_search_ranks_the_disease_first_for_a_misspelt_last_word(api, kb):
    for q in ("cystic fibrosys", "tuberous sclerosys"):
        items = api.get("/api/v1/search", {"q": q}).json()["items"]
        assert items and items[0]["kind"] == "disease", q
        assert items[0]["id"] == kb.search(q, limit=1)[0].id, q
    assert api.get("/api/v1/search", {"q": "cystic fibrosys"}).json()["items"][0]["id"] == "ORPHA:586"


def test_related_of_a_disease_with_too_few_features_is_an_empty_list(api):
    response = api.get("/api/v1/diseases/OMIM:212790/related")
    assert response.status_code == 200 and response.json() == []
    assert len(api.get("/api/v1/diseases/ORPHA:558/related").json()) == 10
