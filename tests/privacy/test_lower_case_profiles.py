"""A lower-case profile line: first name, age and town at a line's start; must-stay openings."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from tests.privacy.conftest import kinds


def test_a_lower_case_profile_line(rules_only):
    found = kinds(rules_only, "maddie 15 brisbane, newly told it's lupus")
    assert (Kind.NAME, "maddie") in found
    assert (Kind.AGE, "15") in found
    assert (Kind.ADDRESS, "brisbane") in found


@pytest.mark.parametrize("text", [
    "type 1 diabetes and coeliac since birth",
    "day 3 here on the ward, still sore",
    "week 12 scan was fine",
])
def test_openings_that_are_no_profile(rules_only, text):
    assert not any(f.source == "rule:lower-profile" for f in rules_only.find(text))
