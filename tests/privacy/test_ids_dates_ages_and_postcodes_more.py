"""Ids, dates and ages in more forms: a German case number, Malaysian and Philippine national
numbers by their names ("Fallnr.", "MyKad", "PhilHealth"), a day-month-year after "DOB" that is a
date and no id, a weekday with a day and month ("Fri 14/03"), years and months in words ("3 years
2 months"), a Basque age ("12 urte"), an age after a verb or a town that follows a name ("Mrs Osei
rang, 71,", "Greta Lind aus Linz, 58."), a number that starts a date is no age, and a town's
postcode that the bare-digits rule took for an id ("Nairobi 00100")."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def found(detector, text):
    return [(f.kind, f.text) for f in detector.find(text)]


@pytest.mark.parametrize("text, value", [
    ("Aufnahme 12.05.2025, Fallnr. 4471 2290 18, Station 3.", "4471 2290 18"),
    ("Nama: Siti, MyKad 071122-10-4418, talasemia.", "071122-10-4418"),
    ("Ward 4, PhilHealth 19-204477181-2.", "19-204477181-2"),
])
def test_ids_by_their_names(rules_only, text, value):
    assert (Kind.RECORD_NUMBER, value) in found(rules_only, text)


@pytest.mark.parametrize("text, date", [
    ("Records to merge, same DOB 21.09.1987, same diagnosis.", "21.09.1987"),
    ("MDT Fri 14/03: two new referrals.", "Fri 14/03"),
])
def test_dates(rules_only, text, date):
    assert (Kind.DATE, date) in found(rules_only, text)


@pytest.mark.parametrize("text, age", [
    ("Our boy is 3 years 2 months today and walking!", "3 years 2 months"),
    ("Kaixo, Ane naiz, 12 urte, Wilson gaixotasuna.", "12 urte"),
    ("Helpline: Mrs Abena Osei rang, 71, about her sickle cell.", "71"),
    ("Grüß Gott, Greta Lindqvist aus Linz, 58. Ich habe Morbus Fabry.", "58"),
])
def test_ages(rules_only, text, age):
    assert (Kind.AGE, age) in found(rules_only, text)


def test_a_duration_in_years_and_months_is_no_age(rules_only):
    assert [t for k, t in found(rules_only, "on enzyme therapy for 2 years 3 months now") if k is Kind.AGE] == []


def test_a_date_after_a_name_is_no_age(rules_only):
    kinds = found(rules_only, "Arztbrief Klinikum Nord, 11.04.2025: Patient Anton Reiter.")
    assert (Kind.DATE, "11.04.2025") in kinds and not any(k is Kind.AGE for k, _ in kinds)


def test_a_postcode_after_a_town_is_part_of_the_address(rules_only):
    text = "Billing 4 Kenyatta Avenue, Westlands, Nairobi 100200, card ending 1234."
    kinds = found(rules_only, text)
    assert (Kind.ADDRESS, "4 Kenyatta Avenue, Westlands, Nairobi 100200") in kinds
    assert not any(k is Kind.RECORD_NUMBER for k, _ in kinds)
