"""Full names with particles ("de Vries", "van den Berg", "al-Sayed") whose surname is also an
eponym, and known first names as the subject of a sentence ("Ivy has a temp"); the eponyms said
as diseases and the same words used as words stay."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def names(detector, text):
    return [f.text for f in detector.find(text) if f.kind is Kind.NAME]


@pytest.mark.parametrize("text, expected", [
    ("We live in Utrecht. Sanne de Vries, mother of two", "Sanne de Vries"),
    ("My neighbour Pieter van den Berg came over", "Pieter van den Berg"),
    ("Thanks for reading. Maria da Silva", "Maria da Silva"),
    ("We saw Omar al-Sayed today at clinic", "Omar al-Sayed"),
])
def test_full_names_with_particles(rules_only, text, expected):
    assert expected in names(rules_only, text)


def test_particle_surname_kept_with_the_model(detector):
    text = "We are at Wilhelminastraat 88, 3581 KG Utrecht. Sanne de Vries, mother of Bram."
    assert "Sanne de Vries" in names(detector, text)


@pytest.mark.parametrize("text", [
    "It's Cornelia de Lange syndrome.",
    "Our girl has Cornelia de Lange.",
    "She was tested for de Vries syndrome last year.",
])
def test_eponyms_with_particles_stay(rules_only, text):
    assert names(rules_only, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Leo has hand foot and mouth n Ivy has a temp of 38", ["Leo", "Ivy"]),
    ("What a week. Aisling is home after ten days", ["Aisling"]),
    ("Rose has a fever again tonight", ["Rose"]),
])
def test_first_names_as_subjects(rules_only, text, expected):
    assert names(rules_only, text) == expected


@pytest.mark.parametrize("text", [
    "May is awareness month for us.",
    "Will is a legal document.",
    "Hope is all we have left.",
    "Addison is what she has.",
    "Sunny is the forecast.",
])
def test_words_as_subjects_stay(rules_only, text):
    assert names(rules_only, text) == []
