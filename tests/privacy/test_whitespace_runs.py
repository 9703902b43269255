"""Long runs of newlines, spaces and tabs: the name rules that look around whitespace (a
closing name, a signature, "X and Y") find the same names whatever the run's length.

The inputs are as long as the detector accepts, so a rule that rescans a run from each of its
characters (quadratic) makes these tests take seconds instead of a fraction of one.
"""

from __future__ import annotations

import pytest

from raremap.privacy import MAX_CHARS, Kind
from raremap.privacy.id_shape import find_id_shapes
from raremap.privacy.names import find_names

RUN = 20_000


def names(text: str) -> list[str]:
    return sorted({f.text for f in find_names(text)})


@pytest.mark.parametrize("unit", ["\n", " ", "\t", " \n\t", "\n-", "\n \t-", ". ", ", "])
def test_a_text_of_only_whitespace_and_punctuation_has_no_name(unit):
    assert names((unit * RUN)[:RUN]) == []


@pytest.mark.parametrize("run", ["\n" * RUN, " \n\t" * (RUN // 3), "\n " * (RUN // 2)])
def test_a_name_closing_a_message_after_a_long_run_is_found(run):
    assert names("Thanks for reading." + run + "Ingrid") == ["Ingrid"]


@pytest.mark.parametrize("run", ["\n" * RUN, "\n\t " * (RUN // 3)])
def test_a_dash_signature_after_a_long_run_is_found(run):
    assert names("We got there in the end." + run + "- Kwame") == ["Kwame"]


def test_a_thanks_signature_across_a_long_run_of_spaces_is_found():
    assert names("Thanks," + " " * RUN + "Maria Lopez") == ["Maria Lopez"]
    assert names("See you soon, Mele" + " " * RUN + "x") == ["Mele"]


@pytest.mark.parametrize("tail", ["x", "1", "thanks", "and", "- 1"])
def test_a_long_run_followed_by_what_is_not_a_name_finds_nothing(tail):
    for run in ("\n" * RUN, " " * RUN, "\t" * RUN, " \n" * (RUN // 2)):
        assert names("Thanks," + run + tail) == []
        assert names(run + tail) == []


def test_names_joined_by_and_across_long_runs_are_found(rules_only):
    text = "My daughter Amara" + " " * 40 + "and" + "\n" * 40 + "Zuri came too." + " \n" * (RUN // 4)
    found = [f.text for f in rules_only.find(text) if f.kind is Kind.NAME]
    assert found == ["Amara", "Zuri"]


def test_the_whole_detector_on_the_longest_run_it_accepts_finds_nothing(rules_only):
    assert rules_only.find("\n" * MAX_CHARS) == []
    assert rules_only.find("Hi." + " \n\t" * ((MAX_CHARS - 3) // 3)) == []


# Runs of capitals and digits joined by single spaces ("1 1 1 …"): the rule for a value written
# before a document ("… on the form") finds the same values whatever the run's length.
DIGIT_RUNS = ["1 " * (RUN // 2), "12 " * (RUN // 3), "1 A " * (RUN // 4), "1 ON " * (RUN // 5),
              "12 ON THE " * (RUN // 10), "1-" * (RUN // 2) + "x", "1 2/3 " * (RUN // 6)]


def ids(text: str) -> list[tuple[str, str]]:
    return sorted({(f.text, f.source) for f in find_id_shapes(text) if f.kind is Kind.RECORD_NUMBER})


@pytest.mark.parametrize("run", DIGIT_RUNS)
def test_a_long_run_of_digits_and_capitals_is_not_an_id(run):
    assert ids(run) == []


@pytest.mark.parametrize("run", DIGIT_RUNS)
def test_an_id_on_a_document_after_a_long_run_of_digits_is_found(run):
    assert ("AB-4410-93", "rule:id-context") in ids(run + "\nAB-4410-93 on the insurance letter")
    # in capitals the value stops before the words naming the document
    assert ("4410 93", "rule:id-context") in ids(run + "\nCLM 4410 93 ON THE FORM")


def test_a_long_run_of_digits_written_on_a_document_is_one_id():
    run = ("1 " * (RUN // 2)).rstrip()
    assert ids(run + " on the form") == [(run, "rule:id-context")]


def test_the_whole_detector_on_the_longest_digit_run_it_accepts_finds_nothing(rules_only):
    assert rules_only.find(("1 " * MAX_CHARS)[:MAX_CHARS]) == []
    # "12 12 12 …": one group said again and again is neither a phone number nor an id
    assert rules_only.find(("12 " * MAX_CHARS)[:MAX_CHARS]) == []
