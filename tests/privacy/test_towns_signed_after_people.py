"""A town in a signature or header after a person's name or age ("— Name, Town", "Name · Town ·
phone", "Name of Town"); an unknown town only before a phone or e-mail. A first name, a role, a
month, a country or a place of care after the comma is no town."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def addresses(detector, text):
    return [f.text for f in detector.find(text) if f.kind is Kind.ADDRESS]


@pytest.mark.parametrize("text, town", [
    ("Any tips on the diet welcome. — Harriet Quinlan, Dewsbury", "Dewsbury"),
    ("Bises, Josiane Perret, Aubagne, tél. +33 6 12 34 56 78", "Aubagne"),
    ("Thanks, Morwenna Treloar of Cheltenham.", "Cheltenham"),
    ("Cheers, Dougal Fairbairn, Wickerbrae, 07700 900123", "Wickerbrae"),
])
def test_town_signed_after_a_person(rules_only, text, town):
    assert town in addresses(rules_only, text)


@pytest.mark.parametrize("text", [
    "Thanks to Oliver Hargreaves, Emily and everyone in the group.",
    "Signed Rosalind Pike, March 2025.",
    "Written by Tobias Wren, Ireland.",
    "Seen by Dr Anand Raval, Children's Hospital.",
    "Reply from Nadia Okoro, Wickerbrae.",
])
def test_no_town_after_these_people(rules_only, text):
    assert addresses(rules_only, text) == []



def test_no_town_after_a_name_read_inside_a_place():
    from raremap.privacy.finding import Finding
    from raremap.privacy.towns_signed import towns_after_people

    text = "Ospedale San Gerardo, Monza."
    name = Finding(Kind.NAME, 9, 20, "San Gerardo", "ner")
    place = Finding(Kind.HOSPITAL, 0, 20, "Ospedale San Gerardo", "rule:hospital")
    assert [f.text for f in towns_after_people(text, [name], frozenset())] == ["Monza"]
    assert towns_after_people(text, [place, name], frozenset()) == []
