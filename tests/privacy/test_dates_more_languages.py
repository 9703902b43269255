"""Dates with month names in Polish, the Nordic languages, Hungarian ("12 czerwca 2025", "1 maj
2024", "2025. március 4."); an ISO date after "DOB" is a date, not an id; a date and a clock
time are no phone number; an age the model joins to a date ("58, Jan 9 2025") leaves the date
whole; an announced address stops before "on" and a date ("Moved to Skellefteå on 1 maj")."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def kinds(detector, text):
    return [(f.kind, f.text) for f in detector.find(text)]


@pytest.mark.parametrize("text, date", [
    ("wizyta w Centrum Zdrowia Dziecka 12 czerwca 2025. Mail", "12 czerwca 2025"),
    ("Moved to Umeå on 1 maj 2024.", "1 maj 2024"),
    ("we visited the clinic on 2025. március 4. and", "2025. március 4."),
    ("Wiremu Tane, DOB 1988-04-21, NHI PRK4821", "1988-04-21"),
    ("Audit log 2025-04-02 14:31: record viewed", "2025-04-02"),
    ("Patient Ruth Abernathy, 58, Jan 9 2025.", "Jan 9 2025"),
])
def test_dates_in_more_languages_and_forms(detector, text, date):
    found = kinds(detector, text)
    assert (Kind.DATE, date) in found
    assert not [t for k, t in found if k in (Kind.PHONE, Kind.RECORD_NUMBER) and date[:4] in t]


def test_an_announced_address_stops_before_on_and_a_date(detector):
    found = kinds(detector, "Moved to Skellefteå on 1 maj 2024.")
    assert (Kind.ADDRESS, "Skellefteå") in found and (Kind.DATE, "1 maj 2024") in found


def test_a_particle_still_joins_a_town_name(rules_only):
    assert (Kind.ADDRESS, "4 High Street, Newcastle upon Tyne NE1 4XX") in kinds(
        rules_only, "send it to 4 High Street, Newcastle upon Tyne NE1 4XX")
