"""A day and month without a year after "on", "until", "by" ("INR 2.1 on 19/10") is a date, a score
or a fraction is not; times of day from one to another ("09:00-17:00") are no date; a weekday and
date after "moved to" is the date an appointment moved to, not an address."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, date", [
    ("INR 2.8 on 14/11 and 3.1 on 21/11, warfarin 5 mg.", "14/11"),
    ("Off school until 03/12 after the surgery.", "03/12"),
])
def test_day_and_month_after_on_or_until(rules_only, text, date):
    assert (Kind.DATE, date) in [(f.kind, f.text) for f in rules_only.find(text)]


@pytest.mark.parametrize("text", [
    "Her pain on 7/10 scale is worse at night.",
    "She scored on 3/4 of the items, then took 1/2 tablet.",
    "Power was 4/5 on the left; he is on 10/20 mg.",
])
def test_scores_fractions_and_doses_are_no_dates(rules_only, text):
    assert not [f for f in rules_only.find(text) if f.kind is Kind.DATE]


def test_a_weekday_after_moved_to_is_a_date(rules_only):
    found = [(f.kind, f.text) for f in rules_only.find("Her clinic moved to Friday 14th March at 10:40.")]
    assert (Kind.DATE, "Friday 14th") in found or any(k is Kind.DATE and "Friday" in t for k, t in found)
    assert not [t for k, t in found if k is Kind.ADDRESS]


def test_times_of_day_from_one_to_another_are_no_dates(detector):
    found = detector.find("The helpline is open 08:30-16:30, and tablets at 07:00 and 19:00 with food.")
    assert not [f for f in found if f.kind is Kind.DATE]
