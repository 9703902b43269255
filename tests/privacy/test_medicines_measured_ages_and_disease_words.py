"""What must stay, in forms the earlier rules missed: a medicine one switched from or named with its
ATC code, a count per volume the model took for a date, an age measured on the body ("bone age"),
a German disease word the model took for a name ("…atresie", "…infekt", "…om"), and a guessed word
joined by a hyphen to a disease's eponym."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.detector import Detector
from tests.privacy.guessing import GuessingModel, covered


@pytest.mark.parametrize("text, keep, guess, kind", [
    ("They switched Oskar from Symkevi to the triple therapy in May.", "Symkevi", "Symkevi", Kind.NAME),
    ("Current treatment: Orkambi (ATC R07AX30), twice daily.", "Orkambi", "Orkambi", Kind.ADDRESS),
    ("Blasts 3,400/µL on the last count.", "3,400/µL", "3,400/µL", Kind.DATE),
    ("Befund: Duodenalatresie, operiert in der ersten Lebenswoche.", "Duodenalatresie", "Duodenalatresie", Kind.NAME),
    ("Husten seit dem Atemwegsinfekt im März.", "Atemwegsinfekt", "Atemwegsinfekt", Kind.ADDRESS),
    ("Verdacht auf Neuroblastom, MIBG geplant.", "Neuroblastom", "Neuroblastom", Kind.NAME),
    ("Diagnose: Analatresie Typ IV, Kontrolle in 6 Wochen.", "Analatresie", "Analatresie Typ", Kind.NAME),
])
def test_medicines_lab_values_and_disease_words_stay(rules_only, text, keep, guess, kind):
    detector = Detector(rules_only.vocabulary, GuessingModel(guess, kind))
    assert covered(detector, text, keep) == []


def test_a_guess_joined_to_a_diseases_eponym_by_a_hyphen_stays(rules_only):
    text = "She asked about Pelizaeus-Merzbacher leaflets in Polish."
    detector = Detector(rules_only.vocabulary, GuessingModel("Pelizaeus"))
    assert covered(detector, text, "Pelizaeus-Merzbacher") == []


@pytest.mark.parametrize("text, keep", [
    ("She is 4y 2m old but her bone age 2y 6m on the X-ray.", "2y 6m"),
    ("X-ray of the left hand. Bone age: 11 y, chronological 13.", "11 y"),
])
def test_an_age_measured_on_the_body_is_no_age(rules_only, text, keep):
    assert covered(rules_only, text, keep) == []


def test_the_persons_own_age_beside_a_bone_age_is_still_found(rules_only):
    text = "She is 4y 2m old but her bone age 2y 6m on the X-ray."
    assert (Kind.AGE, "4y 2m") in [(f.kind, f.text) for f in rules_only.find(text)]


def test_a_person_started_on_a_medicine_is_still_a_name(rules_only):
    text = "They switched Oskar from Symkevi to the triple therapy in May."
    detector = Detector(rules_only.vocabulary, GuessingModel("Oskar"))
    assert (Kind.NAME, "Oskar") in [(f.kind, f.text) for f in detector.find(text)]
