import json


def test_it_suggests_poems_while_typing(client):
    r = client.get("/search/suggest", {"q": "poem"})
    assert r.status_code == 200
    assert r["Content-Type"] == "application/json"
    data = r.json()
    assert data["query"] == "poem"
    first = data["suggestions"][0]
    assert first == {
        "kind": "disease", "id": "ORPHA:2905", "label": "POEMS syndrome", "matched": "POEMS syndrome",
        "match_type": "name", "url": "/disease/ORPHA:2905/poems-syndrome/",
    }


def test_it_mixes_symptoms_with_their_urls(client):
    data = client.get("/search/suggest", {"q": "tingling"}).json()
    terms = [s for s in data["suggestions"] if s["kind"] == "term"]
    assert terms and all(s["url"] == f"/term/{s['id']}/" for s in terms)


def test_it_honours_the_limit(client):
    assert len(client.get("/search/suggest", {"q": "syndrome", "limit": 3}).json()["suggestions"]) == 3


def test_an_empty_query_gives_no_suggestions(client):
    assert client.get("/search/suggest").json() == {"query": "", "suggestions": []}


def test_bad_input_gets_a_json_error(client):
    for params in ({"q": "x\x00"}, {"q": "x" * 500}, {"q": "x", "limit": "many"}, {"q": "x", "limit": 999}):
        r = client.get("/search/suggest", params)
        assert r.status_code == 400, params
        error = json.loads(r.content)["error"]
        assert error and "\n" not in error


def test_suggestions_may_be_cached_by_browsers(client):
    assert "max-age=300" in client.get("/search/suggest", {"q": "poems"})["Cache-Control"]
