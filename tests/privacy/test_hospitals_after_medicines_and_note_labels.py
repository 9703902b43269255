"""A place of care named bare after a medicine, a dose or "started"/"diagnosed at"; the kind of
note that opens a record line ("Handover:", "Epikris:") is no place of care."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, hospital", [
    ("Her rituximab at Wexham, every six months.", "Wexham"),
    ("Prednisolone 40 mg, at Wythenshawe since May.", "Wythenshawe"),
    ("Enzyme therapy started at Morriston in May.", "Morriston"),
    ("He was diagnosed at Ninewells after two years.", "Ninewells"),
])
def test_places_of_care_after_medicines(rules_only, text, hospital):
    assert (Kind.HOSPITAL, hospital) in [(f.kind, f.text) for f in rules_only.find(text)]


@pytest.mark.parametrize("text", [
    "Handover: Brendan Quigley, 61, sarcoidosis.",
    "Epikris: Ingrid Dahlberg, 70 år, myasteni.",
    "She started at school in September, on 5 mg daily.",
    "Diagnosed at 14 with Gaucher disease.",
])
def test_labels_and_other_things_after_at_stay(rules_only, text):
    assert Kind.HOSPITAL not in [f.kind for f in rules_only.find(text)]
