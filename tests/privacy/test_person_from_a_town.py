"""A town that is also a first name, after a person and "from", is where they come from ("Rosa from
Valencia", "Abel from Florence"); after a thing that comes from someone it stays a person ("a letter
from Florence")."""

from __future__ import annotations

from raremap.privacy import Kind
from raremap.privacy.detector import Detector
from tests.privacy.guessing import GuessingModel


def test_a_person_from_a_town_named_like_a_person(rules_only):
    text = "hi it's Abel from Florence, about my mum's lupus"
    detector = Detector(rules_only.vocabulary, GuessingModel("Florence"))
    assert (Kind.ADDRESS, "Florence") in [(f.kind, f.text) for f in detector.find(text)]


def test_a_letter_from_someone_named_like_a_town(rules_only):
    text = "I got a letter from Florence yesterday about the meeting."
    detector = Detector(rules_only.vocabulary, GuessingModel("Florence"))
    assert (Kind.NAME, "Florence") in [(f.kind, f.text) for f in detector.find(text)]
