"""Towns the gazetteer knows, after "in", "from", "near" or a verb of going "to"; a postcode
right after the town belongs to it. Each with sentences where nothing may be taken."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.towns import plain, towns
from tests.privacy.conftest import kinds


def test_the_gazetteer_is_loaded_and_plain():
    assert {"kumasi", "krakow", "tromso", "can tho"} <= towns()
    assert plain("Tromsø") == "tromso" and plain("Kraków") == "krakow" and plain("Århus") == "aarhus"


@pytest.mark.parametrize(("text", "town"), [
    ("Greetings from Kumasi, where we run a small support group.", "Kumasi"),
    ("I'm Thanh, 31, from Can Tho. I have thalassemia.", "Can Tho"),
    ("We moved last year and are now in Wrocław with my parents.", "Wrocław"),
    ("We're travelling to Sevilla in spring for a second opinion.", "Sevilla"),
    ("She was diagnosed in Asunción at two.", "Asunción"),
    ("My brother drove back to Tromsø last night.", "Tromsø"),
    ("Hi, Wei Ming from Singapore 138671 here.", "Singapore 138671"),
    ("We're in Aarhus 8000 now.", "Aarhus 8000"),
    ("In Kumasi there is one clinic for us.", "Kumasi"),
    ("From Tromsø, with thanks.", "Tromsø"),
])
def test_a_known_town_where_someone_is_or_goes(rules_only, text, town):
    assert (Kind.ADDRESS, town) in kinds(rules_only, text)


def test_a_postcode_after_a_town_is_no_id(rules_only):
    assert [f for f in rules_only.find("Hi, Wei Ming from Singapore 138671 here.")
            if f.kind is Kind.RECORD_NUMBER] == []


@pytest.mark.parametrize("text", [
    "We flew in March and got a letter from Orphanet last week.",   # a month, an organisation
    "a letter from Florence arrived today",                        # a first name after "from"
    "I talked to Victoria about the scan.",                        # a first name after "to"
    "Nobody in Lyme disease clinics listens.",                     # a town inside a disease name
    "Life in Addison's disease is a balancing act.",
    "Things got better in Wilson disease once zinc started.",
    "We flew back to Nice friends for a week.",                   # an English word, no town
    "My son has Singapore written on his cap.",                    # a country with no postcode
    "The clinic in Brisbane has a long waiting list.",            # a place of care's town
    "Ring 07 5555 1234 in Brisbane for the nurse.",               # a phone number's town
    "We were in Lyon 2019 for the congress, then in Madrid.",    # a year is no postcode
    "In March we saw the team again.",
    "From Orphanet we got the leaflet.",
])
def test_no_town_without_a_known_place_where_someone_is(rules_only, text):
    found = [f for f in rules_only.find(text) if f.kind is Kind.ADDRESS]
    assert all(f.text in ("Lyon", "Madrid") for f in found), found
