"""Record numbers that yield to a date and time, a plan's group number, the account in a log
line, an @-mention of a first name, and the town and PIN ending an address: a hit and a case
that must stay for each rule."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.finding import Finding
from raremap.privacy.postcodes_trailing import postcodes_ending_addresses
from tests.privacy.conftest import kinds


@pytest.mark.parametrize(("text", "date"), [
    ("Specimen taken 2024-03-09 14:40, results pending.", "2024-03-09"),
    ("Sample drawn 2023-07-30 07:05 and sent by courier.", "2023-07-30"),
])
def test_a_date_and_time_is_no_record_number(rules_only, text, date):
    found = kinds(rules_only, text)
    assert (Kind.DATE, date) in found
    assert not any(k is Kind.RECORD_NUMBER for k, _ in found)


def test_an_id_after_its_holder_still_counts(rules_only):
    assert (Kind.RECORD_NUMBER, "5520 8831 07") in kinds(rules_only, "Sample 5520 8831 07 was lost by the lab.")


@pytest.mark.parametrize(("text", "number"), [
    ("Plan card: member ID K55018832, group 33019-0042.", "33019-0042"),
    ("Group number: 7710452 on the back of the card.", "7710452"),
])
def test_a_plans_group_number(rules_only, text, number):
    assert (Kind.RECORD_NUMBER, number) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "She is blood group 0 and in age group 40-60.",
    "Our support group 2025 meeting had 40 people; group 3 met later.",
])
def test_a_group_with_few_digits_is_no_id(rules_only, text):
    assert not any(k is Kind.RECORD_NUMBER for k, _ in kinds(rules_only, text))


@pytest.mark.parametrize(("text", "user"), [
    ("sshd: Failed password for invalid user oracle from 10.1.2.3 port 2201", "oracle"),
    ("GET /profile?user=tessa.w 200 from 192.0.2.44", "tessa.w"),
    ("auth.log: 9 failed attempts on admin from 198.51.100.7", "admin"),
    ("the vendor said to login as supportdesk and reset it", "supportdesk"),
])
def test_the_account_of_a_log_line(rules_only, text, user):
    assert (Kind.USERNAME, user) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "After three attempts on the drug we stopped it.",
    "Two attempts on methotrexate failed before the biologic.",
])
def test_attempts_on_outside_a_log_name_no_user(rules_only, text):
    assert not any(k is Kind.USERNAME for k, _ in kinds(rules_only, text))


def test_an_at_mention_of_a_first_name_is_a_name(rules_only):
    found = kinds(rules_only, "@Harriet thank you, the leaflet helped a lot")
    assert (Kind.NAME, "Harriet") in found
    assert not any(k is Kind.USERNAME for k, _ in found)


@pytest.mark.parametrize(("text", "handle"), [
    ("ask @harriet_k on the forum", "@harriet_k"),
    ("thanks @SpoonieSue22 for the tip", "@SpoonieSue22"),
])
def test_an_at_handle_stays_a_user_name(rules_only, text, handle):
    assert (Kind.USERNAME, handle) in kinds(rules_only, text)


def test_a_town_and_pin_end_an_address():
    text = "home: Rosevilla, Palarivattom, Ernakulam 682025."
    start = text.index("Palarivattom")
    pin = text.index("682025")
    found = [Finding(Kind.ADDRESS, start, start + 12, "Palarivattom", "ner"),
             Finding(Kind.RECORD_NUMBER, pin, pin + 6, "682025", "rule:digits")]
    out = postcodes_ending_addresses(text, found)
    assert [(f.kind, f.text) for f in out] == [(Kind.ADDRESS, "Palarivattom, Ernakulam 682025")]


def test_a_number_after_a_town_announced_as_an_id_stays_an_id():
    text = "lives in Palarivattom, MRN 682025."
    start = text.index("Palarivattom")
    mrn = text.index("682025")
    found = [Finding(Kind.ADDRESS, start, start + 12, "Palarivattom", "ner"),
             Finding(Kind.RECORD_NUMBER, mrn, mrn + 6, "682025", "rule:record")]
    assert postcodes_ending_addresses(text, found) == found


def test_failures_for_an_account_number_name_no_user(rules_only):
    found = kinds(rules_only, "Log: 4 failures for account ACC-5512093 from 203.0.113.80.")
    assert not any(k is Kind.USERNAME for k, _ in found)
