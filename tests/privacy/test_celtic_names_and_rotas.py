"""Welsh, Scottish and Irish first names the generated list lacks ("Cerys", "Eilidh", "Sadhbh"),
surnames with inner capitals after a self-introduction ("I'm Mairi MacNeil on Skye"), and names
in a rota or as the person calls go to ("Joy (Thu)", "Nia (DPO)", "go to Owain on ext. 31")."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def names(detector, text):
    return [f.text for f in detector.find(text) if f.kind is Kind.NAME]


@pytest.mark.parametrize("text, name", [
    ("Diolch! Cerys Pritchard, Bangor", "Cerys Pritchard"),
    ("We saw Sadhbh Kinsella at the fundraiser", "Sadhbh Kinsella"),
    ("Lovely chat with Eilidh Grant this morning", "Eilidh Grant"),
])
def test_celtic_first_names(rules_only, text, name):
    assert name in names(rules_only, text)


def test_inner_capital_surname_after_an_introduction(rules_only):
    assert "Mairi MacNeil" in names(rules_only, "Hello, I'm Mairi MacNeil on Skye. Our son has it.")


@pytest.mark.parametrize("text, name", [
    ("Helpline rota: Joy (Thu), Mercy (Fri).", "Joy"),
    ("Reminder from Nia (DPO): no numbers in chat.", "Nia"),
    ("Questions about the trial go to Owain on ext. 31.", "Owain"),
])
def test_names_in_rotas_and_contacts(rules_only, text, name):
    assert name in names(rules_only, text)


def test_a_place_in_a_rota_is_no_name(rules_only):
    assert names(rules_only, "Rota: Clinic (Mon), Pharmacy (Tue).") == []
