"""Places of care named by a bare acronym after a verb of going or attending ("goes to …",
"we're at …", "dirawat di …", "… and then …"), with the town that follows it; never a ward, a
test, a service or an acronym before "clinic"."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, hospital", [
    ("My brother attends KGMU for the dialysis now.", "KGMU"),
    ("We're at RBWH in Brisbane twice a month.", "RBWH"),
    ("He attended LUTH Lagos as a boy.", "LUTH Lagos"),
    ("Anak saya dirawat di RSCM sejak bulan lalu.", "RSCM"),
    ("We were first seen at the local clinic and then AIIMS for the biopsy.", "AIIMS"),
    ("Every summer she goes to CHOP for review.", "CHOP"),
])
def test_bare_acronyms_after_going(rules_only, text, hospital):
    assert (Kind.HOSPITAL, hospital) in [(f.kind, f.text) for f in rules_only.find(text)]


@pytest.mark.parametrize("text", [
    "He went to ICU after the surgery.",
    "Straight after birth he went to NICU for a week.",
    "We went to MRI at nine and then EEG.",
    "We are at GCSE level now, school is hard.",
    "She attends CAMHS clinic on Fridays.",
])
def test_wards_tests_and_services_stay(rules_only, text):
    assert Kind.HOSPITAL not in [f.kind for f in rules_only.find(text)]
