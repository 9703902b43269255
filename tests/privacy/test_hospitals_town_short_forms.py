"""Hospitals called by a town and "General" or "Royal" ("Kendal General", "the Royal Bristol"),
found only for a known town and only when the full name does not go on."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, hospital", [
    ("Kendal General could not manage her, so we drove an hour.", "Kendal General"),
    ("Preston Royal gave the first dose last week.", "Preston Royal"),
    ("A letter came from the Royal Bristol about the scan.", "Royal Bristol"),
])
def test_town_short_forms(rules_only, text, hospital):
    assert (Kind.HOSPITAL, hospital) in [(f.kind, f.text) for f in rules_only.find(text)]


@pytest.mark.parametrize("text", [
    "The Surgeon General said so on the radio.",
    "In general her CK is lower now.",
    "The Royal Society published the paper.",
])
def test_other_generals_and_royals_stay(rules_only, text):
    assert Kind.HOSPITAL not in [f.kind for f in rules_only.find(text)]


@pytest.mark.parametrize("text, hospital", [
    ("Truro Regional did the first scan.", "Truro Regional"),
    ("Dundee Kids took over his care.", "Dundee Kids"),
    ("She delivered at Leeds Women's in May.", "Leeds Women's"),
])
def test_more_town_short_forms(rules_only, text, hospital):
    assert (Kind.HOSPITAL, hospital) in [(f.kind, f.text) for f in rules_only.find(text)]


@pytest.mark.parametrize("text", [
    "We walked in the Lake District last summer.",   # no known town before "District"
    "Regional funding was cut again.",
])
def test_other_regionals_and_districts_stay(rules_only, text):
    assert Kind.HOSPITAL not in [f.kind for f in rules_only.find(text)]
