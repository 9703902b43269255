"""Repeated input: the detector's time grows in proportion to the text, and a value written
again and again ("12 12 12 12") or in capitals before the words naming its document ("CLM
4410 93 ON THE FORM") is read for what it is."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.patterns import STREET
from tests.privacy.timing import best_seconds

# Eight times the text: linear is about 8 times the time, quadratic about 64 times; the bound
# (24) leaves room for a shared machine's noise. The detector takes at most 20,000 characters; a
# single rule is timed on longer texts, where its time is no longer mostly start-up.
DETECTOR_SIZES, RULE_SIZES = (2_500, 20_000), (16_000, 128_000)


def _seconds(find, text: str) -> float:
    return best_seconds(find, text, repeats=3)


def _ratio(find, unit: str, sizes: tuple[int, int]) -> float:
    small, large = ((unit * (n // len(unit) + 1))[:n] for n in sizes)
    find(small)  # warm caches
    return _seconds(find, large) / max(_seconds(find, small), 1e-4)


@pytest.mark.parametrize("unit", ["Ab ", "Via Ab "])
def test_capitalised_words_repeated_are_read_in_linear_time_by_the_street_rule(unit):
    # The street rule read a run of capitalised words to its end from each of its words.
    assert _ratio(lambda t: list(STREET.finditer(t)), unit, RULE_SIZES) < 24


@pytest.mark.parametrize("unit", ["Ab ", "Ab, ", "12 Ab "])
def test_the_whole_detector_on_repeated_words_grows_linearly(rules_only, unit):
    assert _ratio(rules_only.find, unit, DETECTOR_SIZES) < 24


def test_a_street_before_a_postcode_is_still_found_after_capitalised_words(rules_only):
    found = [(f.kind, f.text) for f in rules_only.find("Ab Ab Ab Ab Ab Ab Ab. Send it to Kastanjelaan 4, 3581 AB Utrecht.")]
    assert (Kind.ADDRESS, "Kastanjelaan 4, 3581 AB Utrecht") in found


@pytest.mark.parametrize("text", ["12 12 12 12", "12 12 12 12 12", "the code 12 12 12 12 12 was wrong",
                                  "07 07 07 07 07 07"])
def test_one_group_repeated_is_no_phone_number(detector, text):
    assert [f for f in detector.find(text) if f.kind in (Kind.PHONE, Kind.DATE)] == []


def test_a_phone_number_with_repeated_groups_among_others_is_found(rules_only):
    assert [(f.kind, f.text) for f in rules_only.find("ring 0161 496 0000 or 020 7946 0958")] == [
        (Kind.PHONE, "0161 496 0000"), (Kind.PHONE, "020 7946 0958")]


@pytest.mark.parametrize("text", ["CLM 4410 93 ON THE FORM", "My claim is CLM 4410 93 ON THE FORM they sent."])
def test_words_in_capitals_after_an_id_are_not_part_of_it(detector, text):
    assert [(f.kind, f.text) for f in detector.find(text)] == [(Kind.RECORD_NUMBER, "4410 93")]


def test_a_single_letter_closing_an_id_stays_in_it(rules_only):
    assert (Kind.RECORD_NUMBER, "AB 12 34 56 C") in [(f.kind, f.text) for f in rules_only.find("NIN AB 12 34 56 C please")]
