"""Ages spelled in words of more languages (Scandinavian, Icelandic, Welsh, Irish, Galician,
Tagalog, Italian tens with a unit or elided before "anni"); "… years ago" is none."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, age", [
    ("Dottir mín Sóley er fimm ára og með Pompe.", "fimm ára"),
    ("Min dotter Tilda är fyra år och har Fabry.", "fyra år"),
    ("Sønnen vår er syv år gammel.", "syv år"),
    ("Mae fy merch Eirian yn saith oed.", "saith oed"),
    ("Tá sé bliana d'aois ag mo mhac.", "sé bliana d'aois"),
    ("A miña filla ten sete anos.", "sete anos"),
    ("Ang anak ko ay limang taong gulang.", "limang taong gulang"),
    ("mia nonna (novantatre anni) ha la SLA", "novantatre anni"),
    ("Ettore Valli, sessant'anni, ipertensione polmonare", "sessant'anni"),
])
def test_ages_spelled_in_more_languages(rules_only, text, age):
    assert age in [f.text for f in rules_only.find(text) if f.kind is Kind.AGE]


@pytest.mark.parametrize("text", [
    "Vi flyttade hit för fyra år sedan.",       # "four years ago"
    "We had to fire an agency nurse in May.",  # an English verb, not a Norwegian number
    "I went to an appointment at nine.",
])
def test_durations_and_english_words_are_no_ages(rules_only, text):
    assert not [f for f in rules_only.find(text) if f.kind is Kind.AGE]
