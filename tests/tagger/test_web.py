"""The /tagging/ page, the JSON API its describe box calls and its path on to the
checker, through Django's test client."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from raremap.engine.tagger import MAX_TEXT_CHARS

pytestmark = pytest.mark.django_db  # the API's rate limit counts in the shared (database) cache


@pytest.fixture
def client(kb):
    return Client()


def post_json(client, body, raw=None):
    """What the describe box's JavaScript sends: the JSON API's text-to-terms endpoint."""
    data = raw if raw is not None else json.dumps(body)
    return client.post("/api/v1/text-to-terms", data=data, content_type="application/json")


def test_the_api_the_box_calls_returns_terms_with_spans_and_negation(client):
    text = "I get winded on the stairs and have no fever"
    res = post_json(client, {"text": text})
    assert res.status_code == 200
    data = res.json()
    got = {(t["hpo"], t["negated"]) for t in data["terms"]}
    # winded on the stairs: Dyspnea, or its narrower Exertional dyspnea (HP:0002875)
    assert got & {("HP:0002094", False), ("HP:0002875", False)} and ("HP:0001945", True) in got
    for t in data["terms"]:
        assert text[t["start"] : t["end"]]
        assert {"hpo", "label", "start", "end", "score", "negated", "matched", "source"} <= set(t)


def test_post_json_with_a_limit(client):
    res = post_json(client, {"text": "fever, cough, rash and headache", "limit": 2})
    assert res.status_code == 200
    assert len(res.json()["terms"]) == 2


def test_vague_text_comes_back_with_choices_in_plain_words(client):
    data = post_json(client, {"text": "my skin is strange"}).json()
    assert data["questions"]
    choices = data["questions"][0]["choices"]
    assert len(choices) >= 3
    assert all({"hpo", "label", "lay_names", "definition"} <= set(c) for c in choices)


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        ("{not json", 400),
        ("[" * 1000, 400),
        ("[1, 2]", 422),
        (json.dumps({"text": 5}), 422),
        (json.dumps({"txt": "fever"}), 422),
        (json.dumps({"text": "fever", "limit": 0}), 422),
        (json.dumps({"text": "x" * (MAX_TEXT_CHARS + 1)}), 422),
    ],
)
def test_bad_bodies_get_one_line_the_box_can_show(client, raw, status):
    res = post_json(client, None, raw=raw)
    assert res.status_code == status
    message = res.json()["error"]["message"]  # describe.js shows error.message
    assert message and "\n" not in message


def test_the_old_duplicate_endpoint_is_gone(client):
    assert client.get("/tagging/api", {"text": "fever"}).status_code == 404


def test_the_page_renders_the_box_and_without_javascript_the_result(client):
    res = client.get("/tagging/")
    assert res.status_code == 200
    html = res.content.decode()
    assert "data-describe" in html and 'action="/tagging/"' in html
    res = client.get("/tagging/", {"text": "tummy ache but no fever"})
    html = res.content.decode()
    assert "Abdominal pain" in html and "Fever" in html
    assert 'name="present" value="HP:0002027" aria-label="I have Abdominal pain" checked' in html
    assert 'name="absent" value="HP:0001945" aria-label="I do not have Fever" checked' in html


def test_the_page_escapes_what_people_type(client):
    res = client.get("/tagging/", {"text": "<script>alert(1)</script> fever"})
    html = res.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_rank_turns_the_checkboxes_into_the_checker_url(client):
    res = client.get("/tagging/rank", {"present": ["HP:0002027", "hp:0002094", "HP:9999999"], "absent": ["HP:0001945"]})
    assert res.status_code == 302
    assert res["Location"] == "/checker/?present=HP:0002027,HP:0002094&absent=HP:0001945#results"


def test_the_checker_page_includes_the_describe_box(client):
    import importlib.util

    if importlib.util.find_spec("raremap.web.checker") is None:
        pytest.skip("the symptom checker app (issue 4) is not installed")
    html = client.get("/checker/").content.decode()
    assert html.count("data-describe") == 1
    assert 'data-api="/api/v1/text-to-terms"' in html
    html = client.get("/checker/", {"present": "HP:0001250"}).content.decode()
    describe_form = html.split('class="describe-form"', 1)[1].split("</form>", 1)[0]
    assert '<input type="hidden" name="present" value="HP:0001250">' in describe_form


def test_without_javascript_the_checker_terms_travel_through_the_page_and_back(client):
    res = client.get("/tagging/", {"text": "tummy ache", "present": "HP:0001250", "absent": "HP:0000988"})
    html = res.content.decode()
    assert '<input type="hidden" name="present" value="HP:0001250">' in html
    assert '<input type="hidden" name="absent" value="HP:0000988">' in html
    res = client.get("/tagging/rank", {"present": ["HP:0001250", "HP:0002027"], "absent": "HP:0000988"})
    assert res["Location"] == "/checker/?present=HP:0001250,HP:0002027&absent=HP:0000988#results"
