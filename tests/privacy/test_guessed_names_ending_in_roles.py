"""A guessed name whose last word is a job, a field of medicine or a room is no person
("Renal Dietitian", "Inherited Metabolic Diseases", "Parish Room"); a surname that is also a
word stays a name."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.finding import Finding
from raremap.privacy.names_not_people import not_a_person


@pytest.mark.parametrize("text, guess", [
    ("Contact Aoife Brennan, Renal Dietitian, for diet sheets.", "Renal Dietitian"),
    ("Consultant, Inherited Metabolic Diseases | City Hospital", "Inherited Metabolic Diseases"),
    ("Meeting in the Parish Room at seven.", "Parish Room"),
])
def test_roles_and_rooms_are_no_people(text, guess):
    start = text.index(guess)
    assert not_a_person(text, Finding(Kind.NAME, start, start + len(guess), guess, "ner"))


@pytest.mark.parametrize("text, guess", [
    ("Ask Jerry Hall about the forms.", "Jerry Hall"),
    ("Lena Dietrich rang about the trial.", "Lena Dietrich"),
])
def test_people_stay_people(text, guess):
    start = text.index(guess)
    assert not not_a_person(text, Finding(Kind.NAME, start, start + len(guess), guess, "ner"))
