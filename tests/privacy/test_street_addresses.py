"""Street addresses in several national formats, whole: a house name before an unnumbered
street ("Ivy Cottage, Church Lane, Great Bentley, Essex CO7 8LB"), a house number after "now"
(no age), a flat after a slash ("ul. Piękna 7/12"), Dublin's postal districts, US street types.
Each with sentences where nothing may be taken."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from tests.privacy.conftest import kinds


def _addresses(detector, text):
    return [f.text for f in detector.find(text) if f.kind is Kind.ADDRESS]


@pytest.mark.parametrize(("text", "address"), [
    ("It's now 14 Heather Close, Dunfermline KY11 8PQ.", "14 Heather Close, Dunfermline KY11 8PQ"),
    ("Post it to Ivy Cottage, Church Lane, Great Bentley, Essex CO7 8LB.",
     "Ivy Cottage, Church Lane, Great Bentley, Essex CO7 8LB"),
    ("Please use The Old Rectory, Back Lane, Thornton YO7 4BT from now on.",
     "The Old Rectory, Back Lane, Thornton YO7 4BT"),
    ("Her details: Meadow View Farm, Stoney Lane, Ashby LE65 2QR.", "Meadow View Farm, Stoney Lane, Ashby LE65 2QR"),
    ("Mail to ul. Piękna 7/12, 00-549 Warszawa.", "ul. Piękna 7/12, 00-549 Warszawa"),
    ("Address 1-2-3 Umeda, Kita-ku, Osaka 530-0001.", "1-2-3 Umeda, Kita-ku, Osaka 530-0001"),
    ("My mum is at 9 Elm Park Terrace, Rathmines, Dublin 6.", "9 Elm Park Terrace, Rathmines, Dublin 6"),
    ("Their house is 410 Cedar Creek Pkwy, Austin, TX 78745.", "410 Cedar Creek Pkwy, Austin, TX 78745"),
    ("We're at 77 Juniper Circle, Boise, ID 83702.", "77 Juniper Circle, Boise, ID 83702"),
    ("Write to PO Box 5521, Windhoek.", "PO Box 5521, Windhoek"),
    ("Her flat is Apartment 5B, Lindenhof 22, 8001 Zürich.", "Apartment 5B, Lindenhof 22, 8001 Zürich"),
    ("Kerkstraat 14, 2000 Antwerpen, is the house.", "Kerkstraat 14, 2000 Antwerpen"),
])
def test_a_whole_address(detector, text, address):
    assert address in _addresses(detector, text)


def test_now_before_a_house_number_is_no_age(detector):
    assert [f for f in detector.find("It's now 14 Heather Close, Dunfermline KY11 8PQ.") if f.kind is Kind.AGE] == []


def test_now_before_a_number_alone_is_still_an_age(detector):
    assert (Kind.AGE, "now 14") in kinds(detector, "She is now 14 and at secondary school.")


def test_a_house_name_and_street_are_no_names(detector):
    text = "Post it to Ivy Cottage, Church Lane, Great Bentley, Essex CO7 8LB."
    assert [f for f in detector.find(text) if f.kind is Kind.NAME] == []


@pytest.mark.parametrize("text", [
    "Abbey Road is a famous album.",                          # a street with no postcode
    "Dr Lane said the Rose House charity helps.",             # a house word with no address
    "We watched Coronation Street, then Penny Lane played.",
    "Sandra Cottage, my aunt, lives with us.",                 # no street after the house word
])
def test_no_address_without_a_number_or_postcode(rules_only, text):
    assert _addresses(rules_only, text) == []
