"""The de-identification detector on the real knowledge base's allow-list."""

from __future__ import annotations

import pytest

from raremap.privacy import MAX_CHARS, Kind, redact, segments
from tests.privacy.conftest import kinds


@pytest.mark.parametrize("disease", [
    "Wilson disease", "Fabry disease", "Crohn's disease", "Parkinson disease",
    "Down syndrome", "Marfan syndrome", "POEMS syndrome",
])
def test_disease_eponyms_are_not_taken_for_people(detector, disease):
    text = f"My sister was told she has {disease} after years of tests."
    assert kinds(detector, text) == []


@pytest.mark.parametrize("text", [
    "I am tired of explaining it.", "My son is doing well now.", "We met at the clinic at 10.30.",
    "The dose was 2 tablets at 5 mg each.", "May I ask the specialist about it?",
    "You may see the specialist in the morning.",
])
def test_everyday_sentences_are_left_alone(rules_only, text):
    assert kinds(rules_only, text) == []


def test_a_doctor_with_an_eponymous_surname_is_still_a_name(detector):
    text = "Our doctor, Dr Wilson, explained Wilson disease to us."
    assert kinds(detector, text) == [(Kind.NAME, "Wilson")]


@pytest.mark.parametrize(("text", "kind", "found"), [
    ("Write to jo.smith@example.org please", Kind.EMAIL, "jo.smith@example.org"),
    ("Call +44 7700 900123 tonight", Kind.PHONE, "+44 7700 900123"),
    ("I live at 42 Baker Street now", Kind.ADDRESS, "42 Baker Street"),
    ("It started on 12 March 2019 for me", Kind.DATE, "12 March 2019"),
    ("My son is 7 years old", Kind.AGE, "7 years old"),
    ("Read https://example.org/guide first", Kind.URL, "https://example.org/guide"),
    ("We went to St Mary's Hospital twice", Kind.HOSPITAL, "St Mary's Hospital"),
    ("My MRN 4471902 is on the letter", Kind.RECORD_NUMBER, "4471902"),
    ("hi all, i'm jenny and new here", Kind.NAME, "jenny"),
    ("my hubby rob drives me there", Kind.NAME, "rob"),
    ("write to jo dot m at yahoo dot com", Kind.EMAIL, "jo dot m at yahoo dot com"),
    ("I was 59 when it began", Kind.AGE, "59"),
    ("a thirty-two year old mother", Kind.AGE, "thirty-two year old"),
])
def test_rules_find_each_kind_without_the_model(rules_only, text, kind, found):
    assert (kind, found) in kinds(rules_only, text)


def test_the_model_finds_a_name_the_gazetteer_does_not_know(detector, rules_only):
    text = "Yesterday Kowalczyk phoned about the results."
    assert (Kind.NAME, "Kowalczyk") not in kinds(rules_only, text)
    assert detector.ner is not None, "the spaCy model package is not installed"
    assert (Kind.NAME, "Kowalczyk") in kinds(detector, text)


def test_redact_replaces_every_finding(detector):
    text = "I am Sarah Jones, mail sarah@example.org or call 555-123-4567."
    assert redact(text, detector.find(text)) == "I am [name], mail [email] or call [phone]."


def test_segments_cover_the_whole_text(detector):
    text = "Sarah Jones has Fabry disease."
    parts = segments(text, detector.find(text))
    assert "".join(p for p, _ in parts) == text
    assert ("Sarah Jones", "name") in parts


def test_oversized_text_is_refused(detector):
    with pytest.raises(ValueError, match="too long"):
        detector.find("a" * (MAX_CHARS + 1))
