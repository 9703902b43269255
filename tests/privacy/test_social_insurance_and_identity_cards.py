"""Austrian and German social insurance numbers after "SV-Nr." or "SVNR", and a South American
identity card ("CI") before a number grouped in thousands; a confidence interval stays."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, number", [
    ("Befund anbei. SV-Nr. 3308 150772, bitte zurückrufen.", "3308 150772"),
    ("Sozialversicherungsnummer: 1190 010203", "1190 010203"),
    ("Lupus, anti-DNA 180 UI/mL. C.I. 5.331.908, Asunción.", "5.331.908"),
])
def test_social_insurance_and_identity_card_numbers(rules_only, text, number):
    assert [f for f in rules_only.find(text) if f.kind is Kind.RECORD_NUMBER and number in f.text]


@pytest.mark.parametrize("text", [
    "Odds ratio 2.1 (95% CI 1.2-3.4), p = 0.01.",
    "Hazard ratio 0.7, CI 0.5 to 0.9, in 1.204 patients.",
])
def test_confidence_intervals_are_no_ids(rules_only, text):
    assert not [f for f in rules_only.find(text) if f.kind is Kind.RECORD_NUMBER]
