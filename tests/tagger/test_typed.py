"""Every box where a person types symptoms reads descriptions with the tagger: the main
search, its suggestions (also the community's symptom finder) and the checker's
"Add a symptom"."""

from __future__ import annotations

import pytest

from raremap.engine.tagger.typed import described_terms, is_description, term_suggestions

HYPERPIGMENTATION = "HP:0000953"
PARESTHESIA = "HP:0003401"
SENTENCE = "my son has pins and needles in his feet and his skin is getting darker"

pytestmark = pytest.mark.django_db


def test_one_word_is_a_name_not_a_description(kb):
    assert not is_description("paresthesia")
    assert described_terms(kb, "paresthesia") == []
    assert is_description("skin getting darker")


def test_skin_getting_darker_is_suggested_first_in_the_checker(client, kb):
    data = client.get("/checker/terms", {"q": "skin getting darker"}).json()
    assert data["suggestions"][0]["id"] == HYPERPIGMENTATION
    assert data["suggestions"][0]["label"] == "Hyperpigmentation of the skin"
    assert "Impotence" not in [s["label"] for s in data["suggestions"]]  # a weak name hit on "getting"


def test_name_search_still_follows_the_described_terms(kb):
    ids = [d.hpo for d in term_suggestions(kb, "dark skin")]
    assert ids and len(ids) == len(set(ids))


def test_a_typed_sentence_in_search_shows_its_terms_and_a_prefilled_checker(client):
    body = client.get("/search/", {"q": SENTENCE}).content.decode()
    assert "Symptoms your words describe" in body
    assert f'href="/term/{PARESTHESIA}/"' in body and f'href="/term/{HYPERPIGMENTATION}/"' in body
    assert "/checker/?present=" in body and PARESTHESIA in body.split("/checker/?present=")[1][:60]
    assert "/tagging/?text=my+son+has+pins" in body


def test_search_suggestions_offer_described_terms_first(client):
    data = client.get("/search/suggest", {"q": SENTENCE, "limit": 10}).json()
    firsts = [s["id"] for s in data["suggestions"][:2]]
    assert set(firsts) == {PARESTHESIA, HYPERPIGMENTATION}
    assert all(s["kind"] == "term" and s["match_type"] == "description" for s in data["suggestions"][:2])


@pytest.mark.parametrize("q", ["", " ", "\x00\x00", "x" * 5000, "Ärger über Schmerzen und Fieber 发烧 头痛",
                               "\ufffd\ufffd\x01\x02 binary \x7f", "no no no no no"])
def test_bad_or_odd_input_is_answered_never_a_500(client, q):
    for url in ("/search/", "/search/suggest", "/checker/terms"):
        r = client.get(url, {"q": q})
        assert r.status_code in (200, 400), (url, q, r.status_code)


def _post(client, text):
    import json

    return client.post("/api/v1/text-to-terms", json.dumps({"text": text}), content_type="application/json")


def test_the_api_reads_meaning_with_the_same_matcher(client):
    body = _post(client, "she can never get warm").json()
    assert body["terms"][0]["hpo"] == "HP:6000855" and body["terms"][0]["source"] == "meaning"


@pytest.mark.parametrize("text", ["Ärger über Schmerzen und Fieber, 发烧 头痛, fever", "\ufffd\ufffd binary \ufffd",
                                  "😀 " * 300, "Il a de la fièvre et mal à la tête depuis hier soir"])
def test_the_api_answers_odd_text_with_terms_or_nothing(client, text):
    r = _post(client, text)
    assert r.status_code == 200
    assert isinstance(r.json()["terms"], list)


def test_the_api_refuses_control_characters_with_a_message(client):
    r = _post(client, "\x01\x02\x7f binary")
    assert r.status_code == 422 and r.json()["error"]["message"]


def test_the_api_says_when_text_is_too_long(client):
    r = _post(client, "fever " * 5000)
    assert r.status_code == 422 and "20000" in r.content.decode().replace(",", "").replace("_", "")
