"""Full names in Cyrillic or Greek letters, found when the first word, spelled in Latin letters,
is a known first name, or the second ends as a Slavic surname does."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.names_transliterated import spellings


@pytest.mark.parametrize("text, name", [
    ("Пишите мне: Борис Егоров, Воронеж.", "Борис Егоров"),
    ("Выписка: Наталья Крылова, 44 года, саркоидоз.", "Наталья Крылова"),
    ("Контакт: Олеся Ткачук, +380 50 000 0000", "Олеся Ткачук"),
    ("Γράφει ο Δημήτριος Κωνσταντίνου από την Πάτρα.", "Δημήτριος Κωνσταντίνου"),
])
def test_full_names_in_other_scripts(rules_only, text, name):
    assert (Kind.NAME, name) in [(f.kind, f.text) for f in rules_only.find(text)]


@pytest.mark.parametrize("text", [
    "Болезнь Бехтерева у отца, СОЭ 40.",      # a disease named after a person
    "Мы ездили в Нижний Новгород на приём.",  # a town of two words
    "Νοσηλεία στο Γενικό Νοσοκομείο.",        # a hospital's words
])
def test_capitalised_pairs_that_are_no_person_stay(rules_only, text):
    assert [f for f in rules_only.find(text) if f.kind is Kind.NAME] == []


def test_spellings_cover_usual_transliterations():
    assert {"natalya", "natalia"} <= spellings("Наталья")
    assert "spyros" in spellings("Σπύρος")  # and "spiros"
