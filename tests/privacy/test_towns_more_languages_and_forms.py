"""Towns by their names in other languages ("Mailand", "Londres", "Moskva"), towns whose names are
also English words ("from Cork", "in Bath"), towns written small after "from" or a verb of living,
and the words for living in and coming from of more languages, some with a case ending ("w
Lublinie", "v Olomouci", "Oulussa", "Debrecenben"); sentences where nothing may be taken."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.towns import find_towns, towns

from .conftest import kinds


def test_other_names_of_large_towns_are_known():
    assert {"mailand", "londres", "moskva", "antwerpen", "napoli", "lisboa"} <= towns()


@pytest.mark.parametrize("text, town", [
    ("Wir sind vor zwei Jahren aus Mailand gezogen.", "Mailand"),
    ("Somos de Londres, mi hija tiene fibrosis quística.", "Londres"),
    ("Hi, Declan from Cork, my boy has Duchenne.", "Cork"),
    ("Aoife here from Limerick, diagnosed last spring.", "Limerick"),
    ("we are from leicester and my son is 4", "leicester"),
    ("my mum lives in wigan on her own", "wigan"),
    ("Abitiamo a Verona con i nonni.", "Verona"),
    ("Vi bor i Stavanger sedan förra året.", "Stavanger"),
    ("Mange hilsener fra Tromsø!", "Tromsø"),
    ("Mieszkamy we Wrocławiu od roku.", "Wrocławiu"),
    ("Bydlíme v Brně s dcerou.", "Brně"),
    ("Živimo u Zagrebu.", "Zagrebu"),
    ("Chúng tôi sống ở Hải Phòng.", "Hải Phòng"),
    ("Nakatira kami sa Iloilo ngayon.", "Iloilo"),
    ("Asumme Espoossa ja poika on kolme.", "Espoossa"),
    ("Szegeden dolgozom, de Debrecenben élünk.", "Debrecenben"),
    ("Locuim în Brașov de doi ani.", "Brașov"),
    ("Suntem din Constanța, fiul meu are 6 ani.", "Constanța"),
    ("Jetojmë në Elbasan me fëmijët.", "Elbasan"),
    ("Vivim a Tarragona des de l'any passat.", "Tarragona"),
])
def test_towns_of_more_languages_and_forms(text, town):
    assert (Kind.ADDRESS, town) in [(f.kind, f.text) for f in find_towns(text)]


@pytest.mark.parametrize("text", [
    "we live in hope that the trial opens",          # a small word after "live in" is no town
    "i got the results from genetics today",
    "the letter came from home",
    "She has Lyme disease from a tick bite in Maine.",
    "Wir haben Vertrauen in die Ärzte.",             # German "in" before a noun
    "The case of Smith v Jones went to appeal.",     # "v" before a surname
    "Mea culpa, I was in a hurry.",
    "The din of the ward kept her awake.",            # English "din" before no town
])
def test_no_town_where_nothing_names_one(text):
    assert [f.text for f in find_towns(text) if f.text not in ("Maine",)] == []


def test_a_town_said_small_is_an_address_for_the_detector(rules_only):
    assert (Kind.ADDRESS, "blackburn") in kinds(rules_only, "hiya im from blackburn my little one has CF")
