"""A children's health service named with its region ("Children's Health Ireland") and places
of care in Polish, Czech and Hungarian ("Centrum Zdrowia Dziecka", "Szpital Bródnowski") are
hospitals, not a region or a person; a town's "Children's" still is one, "children's health"
in lower case is not."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, hospital", [
    ("My son is under Prof Murphy at Children's Health Ireland at Crumlin", "Children's Health Ireland"),
    ("Children's Health Queensland moved the appointment", "Children's Health Queensland"),
    ("wizyta w Centrum Zdrowia Dziecka w czerwcu", "Centrum Zdrowia Dziecka"),
    ("leczona w Szpital Bródnowski od roku", "Szpital Bródnowski"),
    ("the Birmingham Children's told us", "Birmingham Children's"),
])
def test_children_s_health_services_and_polish_places_of_care(rules_only, text, hospital):
    assert (Kind.HOSPITAL, hospital) in [(f.kind, f.text) for f in rules_only.find(text)]


def test_children_s_health_in_lower_case_is_no_hospital(rules_only):
    assert [f for f in rules_only.find("a talk about children's health in schools") if f.kind is Kind.HOSPITAL] == []
