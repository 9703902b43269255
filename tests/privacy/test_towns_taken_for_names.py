"""A known town that the language model took for a person is a place when the words before it say so
(a field or word for a town, the old or new place of a move, "of" after a person's name); a first
name after "of" stays a person, and the model's guess ends before an emoji it ran into."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind, build_detector
from raremap.privacy.finding import Finding
from raremap.privacy.towns_for_names import without_trailing_symbols
from tests.privacy.guessing import GuessingModel


@pytest.mark.parametrize("text, town", [
    ("Edwina Mallory of Ludlow has Ehlers-Danlos syndrome, hypermobile type.", "Ludlow"),
    ("Form | town Wrexham | dx Fabry disease", "Wrexham"),
    ("We moved house: old Kilmarnock, new flat near the sea.", "Kilmarnock"),
])
def test_cued_towns_are_places(kb, text, town):
    detector = build_detector(kb, use_ner=False)
    detector.ner = GuessingModel(town)
    found = [(f.kind, f.text) for f in detector.find(text)]
    assert (Kind.NAME, town) not in found
    assert (Kind.ADDRESS, town) in found


def test_a_first_name_after_of_stays_a_person(kb):
    text = "This is the daughter of Florence, who has Pompe disease."
    detector = build_detector(kb, use_ner=False)
    detector.ner = GuessingModel("Florence")
    assert (Kind.NAME, "Florence") in [(f.kind, f.text) for f in detector.find(text)]


@pytest.mark.parametrize("guess, kept", [("Ludlow 💛", "Ludlow"), ("Tenby 🌊🙂", "Tenby"), ("P.S.", "P.S.")])
def test_the_model_guess_ends_before_an_emoji(guess, kept):
    f = without_trailing_symbols(Finding(Kind.NAME, 0, len(guess), guess, "ner"))
    assert f.text == kept and f.end == len(kept)


@pytest.mark.parametrize("text, town", [
    ("The Ghent nosology scores systemic features of Marfan syndrome.", "Ghent"),
    ("We live in the west, Sligo or Galway, for the Fabry clinic.", "Sligo"),
])
def test_a_town_before_a_small_word_is_no_person(kb, text, town):
    detector = build_detector(kb, use_ner=False)
    detector.ner = GuessingModel(town)
    assert (Kind.NAME, town) not in [(f.kind, f.text) for f in detector.find(text)]


def test_a_first_name_before_a_small_word_stays_a_person(kb):
    text = "Florence was diagnosed with Pompe disease last spring."
    detector = build_detector(kb, use_ner=False)
    detector.ner = GuessingModel("Florence")
    assert (Kind.NAME, "Florence") in [(f.kind, f.text) for f in detector.find(text)]
