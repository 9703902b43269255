"""A known town after "in" that follows a person's age in brackets is where that person lives
("Tobias (44) in Wakefield"); a town after a phone number is still the number's, not a home."""

from __future__ import annotations

from raremap.privacy import Kind


def addresses(detector, text):
    return [f.text for f in detector.find(text) if f.kind is Kind.ADDRESS]


def test_town_after_a_bracketed_age(rules_only):
    assert "Wakefield" in addresses(rules_only, "Matched Tobias (44) in Wakefield with a mum (39) in Rochdale.")
    assert "Rochdale" in addresses(rules_only, "Matched Tobias (44) in Wakefield with a mum (39) in Rochdale.")


def test_no_town_after_a_phone_number(rules_only):
    assert addresses(rules_only, "Ring the helpline 0161 496 0000 in Rochdale tomorrow.") == []
