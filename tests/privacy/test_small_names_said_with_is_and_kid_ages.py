"""A first name in small letters opening a sentence with "is <age>" ("… ? nell is 9, …"), and the
age of a kid or a relative in brackets with a unit ("kid (18 mo)", "toddler (2y)")."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def test_small_first_name_with_is_and_an_age(rules_only):
    found = [(f.kind, f.text) for f in rules_only.find("any tips? nell is 9, still on nusinersen")]
    assert (Kind.NAME, "nell") in found and (Kind.AGE, "9") in found


@pytest.mark.parametrize("text, age", [
    ("kid (18 mo) just started vigabatrin", "18 mo"),
    ("our toddler (2y) has nystagmus", "2y"),
])
def test_bracketed_ages_with_units(rules_only, text, age):
    assert (Kind.AGE, age) in [(f.kind, f.text) for f in rules_only.find(text)]


@pytest.mark.parametrize("text", [
    "the dose is 5, then we titrate",         # no first name opens the sentence
    "sodium is 14, fine",
])
def test_values_said_with_is_stay(rules_only, text):
    assert [f for f in rules_only.find(text) if f.kind in (Kind.NAME, Kind.AGE)] == []
