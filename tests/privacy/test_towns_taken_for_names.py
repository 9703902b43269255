"""A known town that the model or the first-name list takes for a person is a place where a
place stands ("Austin, TX 78705", "00187 Roma"); a person of the same name
stays a name; a street after a house number and a compass letter is a street ("2200 N Lamar
Blvd")."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, town", [
    ("pls send stuff to 2200 N Lamar Blvd #310, Austin, TX 78705 attn the office.", "Austin"),
    ("Ciao, il mio indirizzo: Piazza del Popolo 5, 00187 Roma. Mio figlio ha la SMA.", "Roma"),
])
def test_a_town_where_a_place_stands_is_no_name(detector, text, town):
    found = [(f.kind, f.text) for f in detector.find(text)]
    assert not [t for k, t in found if k is Kind.NAME and town in t]
    assert [t for k, t in found if k is Kind.ADDRESS and town in t]


@pytest.mark.parametrize("text, name", [("my son Austin is 5 and loves trains", "Austin"),
                                        ("I got a letter from Florence yesterday", "Florence")])
def test_a_person_named_like_a_town_stays_a_name(detector, text, name):
    # after "to", or "from" after a thing, a first name is a person ("a letter from Florence");
    # after a person and "from" it is their town ("Rosa from Valencia", test_person_from_a_town.py)
    assert (Kind.NAME, name) in [(f.kind, f.text) for f in detector.find(text)]


@pytest.mark.parametrize("text, street", [
    ("send it to 2200 N Lamar Blvd please", "2200 N Lamar Blvd"),
    ("Mr and Mrs Kowalski, 5619 N Lincoln Ave, Chicago, IL 60625", "5619 N Lincoln Ave, Chicago, IL 60625"),
])
def test_a_street_with_a_compass_letter_is_an_address(rules_only, text, street):
    assert (Kind.ADDRESS, street) in [(f.kind, f.text) for f in rules_only.find(text)]
