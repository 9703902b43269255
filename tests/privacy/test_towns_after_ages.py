"""A town right after a person's age ("Name, 29, Town.", "Name (18) Town,", "(28, Town)", a known
town written small after a comma in a chat) is where that person lives; a disease, an acronym,
another child's name with an age, or a word after "y.o." is not."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def addresses(detector, text):
    return [f.text for f in detector.find(text) if f.kind is Kind.ADDRESS]


@pytest.mark.parametrize("text, town", [
    ("Hello, Tendai Moyo, 34, Gweru. I have lupus.", "Gweru"),
    ("ciao a tutti, Pietro (22) Bitonto, ho la Fabry", "Bitonto"),
    ("Two of us, Noor (31, Dewsbury) and me.", "Dewsbury"),
    ("hi im sam, 17, bradford, anyone else?", "bradford"),
])
def test_towns_after_ages(rules_only, text, town):
    assert town in addresses(rules_only, text)


@pytest.mark.parametrize("text", [
    "Our girls Ivy, 6, Rose, 4, and Mabel, 2, all have it.",
    "Ruby, 7, Duchenne, on steroids.",
    "Alfie, 9, FMF, colchicine.",
    "A 42 y.o. male with fever.",
])
def test_no_town_after_these_ages(rules_only, text):
    assert addresses(rules_only, text) == []
