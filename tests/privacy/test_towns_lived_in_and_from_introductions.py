"""Where someone lives, told with a verb of living in another language, found whether or not the
gazetteer knows the town ("nous habitons Pornichet", "wir wohnen in Dettelbach", "bydlíme v
Chrudimi", "Debrecenben lakunk"); and the word after "from" in a self-introduction that the model
took for a person is the writer's town. Months, countries and places of care after the verb, and
a letter "from" someone, stay as they were."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def addresses(detector, text):
    return [f.text for f in detector.find(text) if f.kind is Kind.ADDRESS]


@pytest.mark.parametrize("text, town", [
    ("Bonjour, nous habitons Pornichet depuis peu.", "Pornichet"),
    ("Moi, j'habite à Saint-Brevin-les-Pins avec mes enfants.", "Saint-Brevin-les-Pins"),
    ("Hallo, wir wohnen in Dettelbach und suchen Hilfe.", "Dettelbach"),
    ("Dobrý den, bydlíme v Chrudimi a syn je nemocný.", "Chrudimi"),
    ("Mieszkamy w Wieliczce od lat.", "Wieliczce"),
    ("Jó napot, Debrecenben lakunk a családdal.", "Debrecenben"),
    ("Hej, vi bor i Sollefteå med barnen.", "Sollefteå"),
    ("Moro em Itaparica com meu filho.", "Itaparica"),
])
def test_towns_after_verbs_of_living(rules_only, text, town):
    assert town in addresses(rules_only, text)


@pytest.mark.parametrize("text", [
    "Nous habitons en France depuis 2019.",
    "Wir wohnen in Spain seit 2020.",
    "Wij wonen in December altijd binnen.",
])
def test_countries_and_calendar_words_stay(rules_only, text):
    assert addresses(rules_only, text) == []


@pytest.mark.parametrize("text, word, town", [
    ("Hallo, ich bin Malte, 33, aus Wolfhagen-Bründersen.", "Wolfhagen-Bründersen", True),
    ("Today I got a kind letter from Quillonna about the group.", "Quillonna", False),
    ("Ich bin Malte aus Marguerite.", "Marguerite", False),  # a known first name stays a name
])
def test_from_place_only_in_introductions(text, word, town):
    from raremap.privacy.finding import Finding
    from raremap.privacy.names import census_first_names, world_first_names
    from raremap.privacy.towns_living import from_place

    start = text.index(word)
    f = Finding(Kind.NAME, start, start + len(word), word, "ner")
    kind = from_place(text, f, census_first_names() | world_first_names()).kind
    assert (kind is Kind.ADDRESS) is town
