"""A town named with its state, province or Irish county, and a known town written right before
the address it heads; a surname before a degree, a person written to and a first name before a
house number stay."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.towns_regions import find_region_towns


@pytest.mark.parametrize("text, town", [
    ("My sister lives near Spokane, WA now.", "Spokane, WA"),
    ("We were living in Halifax, NS until 2021.", "Halifax, NS"),
    ("Family day in Ballarat, VIC was lovely.", "Ballarat, VIC"),
    ("Caller from Ennistymon, Co. Clare asked about Friedreich ataxia.", "Ennistymon, Co. Clare"),
    ("Mr Okafor, 62, Leicester: 18 Narborough Road, LE3 0BQ.", "Leicester"),
    ("Ms Tan, Ipoh: No. 7, Jalan Raja, 30450 Ipoh.", "Ipoh"),
])
def test_a_town_with_its_region_or_before_its_address(text, town):
    assert (Kind.ADDRESS, town) in [(f.kind, f.text) for f in find_region_towns(text)]


@pytest.mark.parametrize("text", [
    "Dr Owen Jackson, MD, signed the letter.",          # a degree after a surname
    "Reviewed by Tom Dawson, PA and the nurse.",
    "Dear Preston, 3 Things to bring on Monday.",       # a person written to
    "Florence, 12 Mill Lane is where the group meets.", # a first name before a house number
    "Ask the Boston, MA team? No, they are full.",      # a town and state, kept: it is a place
])
def test_no_town_taken_for_a_degree_or_a_person(text):
    assert [f.text for f in find_region_towns(text) if f.text != "Boston, MA"] == []


def test_a_surname_that_is_a_town_before_an_address_stays_a_name():
    assert list(find_region_towns("Please post it to Hannah Dresden, 14 Elm Grove, Bath BA1 2QT.")) == []
