"""The main search reads a typed description with the same matcher as the checker's
"Add a symptom": the terms it describes come first, and a name hit on one shared word
("getting", "needles") is not presented as the answer."""

import pytest

PARESTHESIA = "HP:0003401"
HYPERPIGMENTATION = "HP:0000953"
IMPOTENCE = "HP:0000802"
MELNICK_NEEDLES = "ORPHA:2484"
ABSENCE_OF_FEVER = "Inappropriate absence of fever"
SENTENCE = "my son has pins and needles in his feet and his skin is getting darker, no fever"


@pytest.mark.parametrize("kind", ["", "term"])
def test_skin_getting_darker_lists_no_unrelated_symptom(client, kind):
    body = client.get("/search/", {"q": "skin getting darker", "kind": kind}).content.decode()
    assert f'href="/term/{HYPERPIGMENTATION}/"' in body
    assert f'href="/term/{IMPOTENCE}/"' not in body  # "Difficulty getting an erection" shares only "getting"


def test_search_suggestions_drop_a_name_hit_on_one_shared_word(client):
    ids = [s["id"] for s in client.get("/search/suggest", {"q": "skin getting darker"}).json()["suggestions"]]
    assert ids[0] == HYPERPIGMENTATION
    assert IMPOTENCE not in ids


def test_the_diseases_tab_points_to_the_symptom_the_words_describe(client, text_of):
    body = text_of(client.get("/search/", {"q": "pins and needles", "kind": "disease"}))
    assert "Symptoms your words describe" in body
    assert f'href="/term/{PARESTHESIA}/">Paresthesia</a>' in body
    assert f"/checker/?present={PARESTHESIA}" in body
    # a disease sharing only the word "needles" is not listed as the answer
    assert '<h2 id="res-d">Diseases ' not in body
    head, _, shared = body.partition("share a word")
    assert f"/disease/{MELNICK_NEEDLES}/" not in head and f"/disease/{MELNICK_NEEDLES}/" in shared


def test_a_disease_name_still_answers_on_the_diseases_tab(client, text_of):
    body = text_of(client.get("/search/", {"q": "melnick needles", "kind": "disease"}))
    assert '<h2 id="res-d">Diseases ' in body and f"/disease/{MELNICK_NEEDLES}/" in body


@pytest.mark.parametrize("url", ["/search/", "/tagging/"])
def test_no_fever_is_never_a_present_absence_of_fever(client, url):
    body = client.get(url, {"q": SENTENCE, "text": SENTENCE}).content.decode()
    assert f'href="/term/{PARESTHESIA}/"' in body
    assert ABSENCE_OF_FEVER not in body


FEVER = "HP:0001945"


def test_a_denied_symptom_is_shown_as_absent_and_sent_to_the_checker_as_absent(client, text_of):
    body = client.get("/search/", {"q": SENTENCE}).content.decode()
    head, _, denied = body.partition("Read as symptoms you do not have")
    assert f'href="/term/{FEVER}/"' in denied and f'href="/term/{FEVER}/"' not in head
    assert f"/checker/?present={HYPERPIGMENTATION},{PARESTHESIA}&amp;absent={FEVER}" in body or \
        f"/checker/?present={PARESTHESIA},{HYPERPIGMENTATION}&amp;absent={FEVER}" in body


def test_a_sentence_that_denies_nothing_says_nothing_about_absent_symptoms(client):
    body = client.get("/search/", {"q": "my son has pins and needles in his feet"}).content.decode()
    assert "Read as symptoms you do not have" not in body
    assert "absent=" not in body


@pytest.mark.parametrize(("query", "disease", "not_described"), [
    ("cystic fibrosis", "ORPHA:586", "HP:0006552"),  # read as "Fibrocystic lung disease"
    ("marfan syndrom", "ORPHA:558", "HP:0100663"),  # a typo, read as "Synotia"
    ("marfna syndrom", "ORPHA:558", "HP:0100663"),  # two typos, one of them two letters swapped
    ("down syndrome", "ORPHA:870", None),
])
def test_a_disease_name_is_not_read_as_a_description(client, text_of, query, disease, not_described):
    body = text_of(client.get("/search/", {"q": query}))
    assert "Symptoms your words describe" not in body
    assert body.index(f'href="/disease/{disease}/') < body.index('id="res-d"') + 400  # first disease listed
    suggestions = client.get("/search/suggest", {"q": query}).json()["suggestions"]
    assert suggestions[0]["id"] == disease and suggestions[0]["match_type"] != "description"
    if not_described:
        assert not_described not in [s["id"] for s in suggestions]


@pytest.mark.parametrize(("query", "term"), [("seizures and fever", None), ("pins and needles", PARESTHESIA),
                                             ("short stature", None)])
def test_symptom_words_are_still_read_as_a_description(client, text_of, query, term):
    body = text_of(client.get("/search/", {"q": query}))
    assert "Symptoms your words describe" in body
    if term:
        assert f'href="/term/{term}/"' in body.split("Symptoms your words describe", 1)[1].split("</ul>", 1)[0]
