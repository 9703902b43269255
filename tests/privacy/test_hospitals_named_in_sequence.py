"""A place of care named right after another and a word for "then" is a place of care too."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, hospital", [
    ("Alder Hey then Broadgreen once he turned sixteen.", "Broadgreen"),
    ("Fu ricoverata dal Gemelli al Sant'Eugenio nel 2023.", "Sant'Eugenio"),
    ("Erst im Klinikum Süd, dann in der Lindenhofer wegen der Nieren.", "Lindenhofer"),
])
def test_next_place_of_care(rules_only, text, hospital):
    assert (Kind.HOSPITAL, hospital) in [(f.kind, f.text) for f in rules_only.find(text)]


@pytest.mark.parametrize("text", [
    "Alder Hey then London for the second opinion.",   # a town, found as a town elsewhere
    "We tried Alder Hey, then Christmas came and we stopped.",  # a holiday
    "Alder Hey, then the neurology clinic.",          # a department
])
def test_what_follows_that_is_no_place_of_care(rules_only, text):
    hospitals = [f.text for f in rules_only.find(text) if f.kind is Kind.HOSPITAL]
    assert hospitals == ["Alder Hey"]
