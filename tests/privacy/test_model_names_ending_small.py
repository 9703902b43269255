"""The model's name that ends in a word in small letters ("Hij gaat naar", "Reply STOP to",
"Jaipur mein") is a phrase of another language or the start of a sentence, not a person, and so is
another language's verb of care opening a sentence ("Liječimo se u …"). A name ending in a
capitalised word stays."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.detector import Detector
from tests.privacy.guessing import GuessingModel, covered


@pytest.mark.parametrize("text, guess", [
    ("Hallo, wij wonen in Assen. Zij gaat naar school met hulp.", "Zij gaat naar"),
    ("Reminder for Tuesday. Reply STOP to opt out.", "Reply STOP to"),
    ("Main Lucknow mein rehta hoon.", "Lucknow mein"),
])
def test_a_model_name_ending_in_small_letters_is_none(rules_only, text, guess):
    detector = Detector(rules_only.vocabulary, GuessingModel(guess))
    assert not [f for f in covered(detector, text, guess) if f.kind is Kind.NAME]


def test_a_model_name_ending_capitalised_stays(rules_only):
    text = "We spoke to Aurelio Castagnetti about the results."
    detector = Detector(rules_only.vocabulary, GuessingModel("Aurelio Castagnetti"))
    assert (Kind.NAME, "Aurelio Castagnetti") in [(f.kind, f.text) for f in detector.find(text)]


@pytest.mark.parametrize("text, guess", [
    ("Liječimo se u KBC Osijek, sin ima 6 godina.", "Liječimo"),
    ("Liečim sa na UNLP Martin od roku 2019.", "Liečim sa na"),
    ("Ndiqet në QSUT çdo muaj.", "Ndiqet"),
])
def test_another_languages_verb_of_care_is_no_person(rules_only, text, guess):
    detector = Detector(rules_only.vocabulary, GuessingModel(guess))
    assert not [f for f in covered(detector, text, guess) if f.kind in (Kind.NAME, Kind.ADDRESS)]
