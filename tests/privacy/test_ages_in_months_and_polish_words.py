"""Ages in months told in other languages ("är 6 mån", "tiene 15 meses", "ist 14 Monate alt"),
Polish number words before "lat", and a Swahili age followed by a comma; a length of time in
months ("ont i 6 mån") and a decimal stay unredacted."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def ages(detector, text):
    return [f.text for f in detector.find(text) if f.kind is Kind.AGE]


@pytest.mark.parametrize("text, age", [
    ("Min dotter är 6 mån och har kramper.", "6 mån"),
    ("Min dotter är 6 månader gammal.", "6 månader"),
    ("Mi hija tiene 15 meses y no camina.", "15 meses"),
    ("Il a 8 mois et des convulsions.", "8 mois"),
    ("Er ist 14 Monate alt und krampft.", "14 Monate"),
    ("Mój syn ma dwanaście lat i chorobę Pompego.", "dwanaście lat"),
    ("Watoto: Amina, miaka 8, na kaka yake.", "miaka 8"),
])
def test_ages_found(rules_only, text, age):
    assert age in ages(rules_only, text)


@pytest.mark.parametrize("text", [
    "Hon har haft ont i 6 mån.",
    "Der Befund ist 12.5 Monate alt.",
    "Miaka 8.5 ni wastani.",
])
def test_lengths_of_time_and_decimals_are_no_age(rules_only, text):
    assert ages(rules_only, text) == []
