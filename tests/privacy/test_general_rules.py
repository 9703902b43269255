"""General rules for names, addresses and ages told in decades (a hit and a case
that must stay for each), on the real knowledge base's allow-list."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from tests.privacy.conftest import kinds


@pytest.mark.parametrize(("text", "found"), [
    ("Olumide Adeyemi runs the sickle cell support evenings.", "Olumide Adeyemi"),
    ("Nkechi Okafor and her mum came to the meeting.", "Nkechi Okafor"),
    ("Thanks to Aoife Ní Bhriain for the lift.", "Aoife Ní Bhriain"),
])
def test_a_full_name_no_list_knows_in_a_context_for_people(rules_only, text, found):
    assert (Kind.NAME, found) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "Genetic Alliance runs the helpline for families.",
    "Thanks to Great Ormond for everything.",
    "Marfan Syndrome is our whole life now.",
    "Thanks to Fabry Disease research we have a drug.",
])
def test_organisations_and_disease_names_are_not_full_names(rules_only, text):
    assert [f for f in rules_only.find(text) if f.kind is Kind.NAME] == []


@pytest.mark.parametrize(("text", "found"), [
    ("Send it to 7 Chemin des Vignes, 1260 Nyon.", "7 Chemin des Vignes, 1260 Nyon"),
    ("P.O. Box 4471, Gaborone is our postal address.", "P.O. Box 4471, Gaborone"),
    ("We are at 301 East 21st Street, New York.", "301 East 21st Street, New York"),
    ("Our house is 3 Ivy Cottages, Norfolk NR21 0AX.", "3 Ivy Cottages, Norfolk NR21 0AX"),
])
def test_addresses_in_more_forms(rules_only, text, found):
    assert kinds(rules_only, text) == [(Kind.ADDRESS, found)]


def test_a_postcode_after_nr_is_not_an_id(rules_only):
    assert [k for k, _ in kinds(rules_only, "Norfolk NR21 0AX")] == [Kind.ADDRESS]


def test_an_age_told_in_decades(rules_only):
    assert (Kind.AGE, "early forties") in kinds(rules_only, "She is in her early forties now.")
    assert kinds(rules_only, "The forties were hard for the family business.") == []
