""""I am" of French, German, Dutch, Italian, Spanish, Portuguese and Scandinavian before a first and
last name, and relatives in Galician and Afrikaans before a first name; a nationality, a country or
a disease after "I am" is no name."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, name", [
    ("Hello, je suis Mariama Coulibaly from Bamako, my son has sickle cell.", "Mariama Coulibaly"),
    ("Hallo, ich bin Jonas Weidemann und habe Morbus Fabry.", "Jonas Weidemann"),
    ("Buongiorno, io sono Carla Benedetti, ho la SLA.", "Carla Benedetti"),
    ("A miña nai, Xosefa, ten esclerose lateral.", "Xosefa"),
    ("My ouma Rachel het Huntington se siekte.", "Rachel"),
])
def test_names_after_i_am_and_relatives_abroad(rules_only, text, name):
    assert (Kind.NAME, name) in [(f.kind, f.text) for f in rules_only.find(text)]


@pytest.mark.parametrize("text", [
    "Je suis Française et j'ai la maladie de Fabry.",
    "Ich bin Morbus Fabry Patient seit zehn Jahren.",
    "Yo soy Argentina y tengo lupus.",
])
def test_nationalities_and_diseases_after_i_am_are_no_names(rules_only, text):
    assert not [f for f in rules_only.find(text) if f.kind is Kind.NAME]


def test_a_surname_said_to_be_one_with_an_adverb(rules_only):
    text = "Mr Osbert Marfan, 58, rang: yes, Marfan is really his surname, and his Marfan syndrome is stable."
    found = rules_only.find(text)
    second = text.index("Marfan is")
    assert [f for f in found if f.kind is Kind.NAME and f.start == second]
    disease = text.index("Marfan syndrome")
    assert not [f for f in found if f.start < disease + 6 and disease < f.end]
