"""A day and an English month written in small letters after a word of time ("on 4 feb",
"since 9 october 2024") is a date; "may" the verb is not."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, date", [
    ("op is on 4 feb, fingers crossed", "4 feb"),
    ("on the ketogenic diet since 9 october 2024", "9 october 2024"),
    ("clinic moved to 21st nov? no, until 21st nov.", "21st nov"),
])
def test_small_month_dates(rules_only, text, date):
    assert (Kind.DATE, date) in [(f.kind, f.text) for f in rules_only.find(text)]


@pytest.mark.parametrize("text", [
    "kids on 5 may need a lower dose",
    "she is on 2 mg twice a day",
])
def test_may_the_verb_and_doses_stay(rules_only, text):
    assert Kind.DATE not in [f.kind for f in rules_only.find(text)]
