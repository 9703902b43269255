"""Ages written after a name with a unit ("Ada Moss, 9 months,", "Elias (6 ans)", "Aino, 3 v"),
ages in words after "at" and in brackets in other languages, a first name with an age even when
a disease bears it ("Harper, 7"), and short disease names that count only in capitals ("AT")."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def found(detector, text, kind):
    return [f.text for f in detector.find(text) if f.kind is kind]


@pytest.mark.parametrize("text, age", [
    ("Ward list: Ada Moss, 9 months, reflux.", "9 months"),
    ("Admitted: Ruben Castell, 16 mo, bronchiolitis", "16 mo"),
    ("Please see Oliver Marsh, 5 weeks, jaundice.", "5 weeks"),
    ("Dr Best (Paul Best), 61, has Best disease.", "61"),
    ("Clinic list: Aino Laine, 3 v, fever", "3 v"),
    ("Our son Dev (3½) has a rash.", "3½"),
    ("Ze heet Noor (negen) en heeft koorts.", "negen"),
    ("glucose 1.9 mmol/L at 3 days old, hypoglycaemia", "3 days old"),
    ("She was already 180 cm tall at sixteen.", "sixteen"),
])
def test_ages_after_names_and_in_words(detector, text, age):
    assert age in found(detector, text, Kind.AGE)


@pytest.mark.parametrize("text", [
    "The call is at three.",
    "Platelets at fifteen thousand, then better.",
    "She was 5 days late for the scan.",
])
def test_numbers_that_are_no_ages(rules_only, text):
    assert found(rules_only, text, Kind.AGE) == []


@pytest.mark.parametrize("text, name", [
    ("Maman de Louis-Marie (8 ans) atteint de fièvre.", "Louis-Marie"),
    ("Mój syn Tymon (11 lat) ma gorączkę.", "Tymon"),
])
def test_names_before_ages_in_other_languages(rules_only, text, name):
    assert name in found(rules_only, text, Kind.NAME)


def test_a_first_name_with_an_age_beats_an_eponym(detector):
    # "Harper" names a disease in the knowledge base's eponyms; here it is a child of seven.
    text = "Retina checked, acuity 6/12. Harper, 7, seen today."
    assert "Harper" in found(detector, text, Kind.NAME)


def test_the_eponym_said_as_a_disease_stays(detector):
    assert found(detector, "Harper syndrome, 7 cases in the registry.", Kind.NAME) == []


def test_short_disease_names_count_only_in_capitals(kb):
    from raremap.privacy import build_detector

    vocab = build_detector(kb, use_ner=False).vocabulary
    text = "He has AT and is at school."
    spans = [text[s:e] for s, e in vocab.mentions(text)]
    assert "AT" in spans and "at" not in spans
