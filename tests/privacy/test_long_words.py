"""A single word thousands of characters long ("Ab-Ab-Ab-…", "a.b.c.…") is read in time
growing with its length, not its square, and the personal data around it is still found."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.long_words import MAX_WORD, cut_long_words, long_words
from tests.privacy.timing import best_seconds

# Eight times the word: linear is about 8 times the time, quadratic about 64 times (before the
# cut, "Ab-" took 0.8 s at 4,000 characters and about 55 s at 20,000); the bound leaves room
# for a shared machine's noise.
SIZES = (2_400, 19_200)
SHAPES = ["Ab-", "a.", "1-", "Ab.", "Ab_", "Ab'", "a-B.1_'"]
AROUND = ("Dr Jane Smith wrote from 14 Mill Lane, Cambridge on 12 March 2019. ",
          " Call 020 7946 0958 or mail jane.smith@example.org, see https://example.org/jane.")


def _word(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _seconds(find, text: str) -> float:
    return best_seconds(find, text, repeats=2)


@pytest.mark.parametrize("unit", SHAPES)
def test_one_long_hyphenated_or_dotted_word_is_read_in_linear_time(rules_only, unit):
    small, large = (_word(unit, n) for n in SIZES)
    rules_only.find(small)  # warm caches
    ratio = _seconds(rules_only.find, large) / max(_seconds(rules_only.find, small), 1e-4)
    assert ratio < 24


@pytest.mark.parametrize("unit", ["Ab-", "a.", "1-"])
def test_personal_data_around_a_long_word_is_still_found(rules_only, unit):
    before, after = AROUND
    word = _word(unit, 5_000)
    expected = ([(f.kind, f.text) for f in rules_only.find(before)]
                + [(f.kind, f.text) for f in rules_only.find(after)])
    found = [(f.kind, f.text) for f in rules_only.find(before + word + after)
             if f.end <= len(before) or f.start >= len(before) + len(word)]
    assert expected and found == expected
    assert {Kind.NAME, Kind.PHONE, Kind.EMAIL, Kind.URL} <= {k for k, _ in found}


def test_a_link_longer_than_the_bound_is_one_finding(rules_only):
    link = "https://example.org/records/" + "-".join(f"part{i}" for i in range(80))
    assert len(link) > MAX_WORD
    found = rules_only.find(f"The letter is at {link}. Thanks")
    assert [(f.kind, f.text) for f in found if f.kind is Kind.URL] == [(Kind.URL, link)]
    assert not [f for f in found if f.kind is not Kind.URL and f.start >= 17]


def test_only_words_longer_than_the_bound_are_cut_and_offsets_stay():
    short, long = "x-" * (MAX_WORD // 2), "Ab-" * 1_000
    text = f"{short} and {long} end"
    cut = cut_long_words(text, long_words(text))
    assert len(cut) == len(text)
    assert cut.startswith(f"{short} and ") and cut.endswith(" end")
    pieces = cut[len(short) + 5:-4].split(" ")
    assert len(pieces) > 1 and max(map(len, pieces)) <= MAX_WORD
    assert all(p.startswith("Ab") for p in pieces[1:])  # cut at a hyphen, not inside a word
