"""A Japanese address by block and house number with its ward ("3-5-12 Chuo, Aoba-ku, Sendai,
Miyagi 980-0021") is one address that ends at its postcode (the name after it stays a name);
a known town after the Polish "w", the French "à" or the Portuguese "em" is a place."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def kinds(detector, text):
    return [(f.kind, f.text) for f in detector.find(text)]


def test_a_japanese_address_ends_at_its_postcode(rules_only):
    found = kinds(rules_only, "Mail to: 3-5-12 Chuo, Aoba-ku, Sendai, Miyagi 980-0021, Sato Yuki. Diagnosis: FCMD")
    assert (Kind.ADDRESS, "3-5-12 Chuo, Aoba-ku, Sendai, Miyagi 980-0021") in found
    assert not [t for k, t in found if k is Kind.DATE]


@pytest.mark.parametrize("text, street", [
    ("1842 Larkspur Lane, Apt 6, Boise, ID 83706.", "1842 Larkspur Lane, Apt 6, Boise, ID 83706"),
    ("12 rue des Lilas, 69003 Lyon", "12 rue des Lilas, 69003 Lyon"),
])
def test_a_postcode_before_its_town_still_takes_the_town(rules_only, text, street):
    assert (Kind.ADDRESS, street) in kinds(rules_only, text)


@pytest.mark.parametrize("text, town", [
    ("ma chorobę Addisona. Mieszka w Łódź z córką.", "Łódź"),
    ("nous habitons à Marseille depuis un an", "Marseille"),
    ("moramos em Campinas agora", "Campinas"),
])
def test_a_town_after_in_of_other_languages(rules_only, text, town):
    assert (Kind.ADDRESS, town) in kinds(rules_only, text)
