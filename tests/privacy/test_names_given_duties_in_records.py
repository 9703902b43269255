"""People given a duty in a handover, action points, minutes or a rota ("Teodor to call …",
"Ingrid is on leave …", "Piotr covers …") are names; a role, a team or a department given a
duty is not, nor is such a phrasing outside a staff record."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, names", [
    ("Action points: Teodor to call the family about the clinic; next meeting 3 May.", ["Teodor"]),
    ("Rota: Ingrid is on leave until Monday; Piotr covers the Danish inbox.", ["Ingrid", "Piotr"]),
    ("Actions: Harjeet to email the hospital about the transfer.", ["Harjeet"]),
])
def test_people_given_duties(rules_only, text, names):
    found = [(f.kind, f.text) for f in rules_only.find(text)]
    for name in names:
        assert (Kind.NAME, name) in found


@pytest.mark.parametrize("text", [
    "Minutes: Clinic to send the letter. Pharmacy to check the dose.",
    "Actions: Neurology to review the scan; Physio to book the splints.",
])
def test_roles_and_teams_given_duties_stay(rules_only, text):
    assert Kind.NAME not in [f.kind for f in rules_only.find(text)]
