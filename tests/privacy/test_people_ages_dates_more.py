"""Names, ages, dates and hospitals said in ways the rules had not met: a name opening "X is my
nine-year-old", a full name signing before an e-mail, a name after "signed … by", an age in
brackets after a relative or with more after a comma, "hes 4", "… and is 10.", a card's expiry
"08/2031", an acronym hospital after a doctor ("Dr Roy at CHUS"). Each with cases that must stay."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from tests.privacy.conftest import kinds


@pytest.mark.parametrize(("text", "name"), [
    ("Tomasz is my eldest and has had seizures since birth.", "Tomasz"),
    ("Zuri is my nine-year-old and loves swimming.", "Zuri"),
    ("Please help. Thanks, Marisa Quintero, mquintero@correo.es", "Marisa Quintero"),
    ("The consent form was signed on 3 May by Henrik Lindqvist for the registry.", "Henrik Lindqvist"),
    ("Completed today by Adaeze Nwosu, mother of the patient.", "Adaeze Nwosu"),
])
def test_a_name_by_its_place_in_the_sentence(rules_only, text, name):
    assert (Kind.NAME, name) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "This is my first post here.",
    "It is my son's third admission this year.",
    "The parcel was sent by Royal Mail on Monday.",
    "Signed by Great Ormond Street Hospital staff.",
    "Dear Sir or Madam, I need the leaflet on Pompe disease.",
])
def test_no_name_from_these_sentences(detector, text):
    assert [f for f in detector.find(text) if f.kind is Kind.NAME] == []


@pytest.mark.parametrize(("text", "age"), [
    ("My grandmother (84) is on the ward again.", "84"),
    ("Our son (7) starts a new drug on Monday.", "7"),
    ("Support is needed for my nephew Kaveh (6, Dravet syndrome) and his family.", "6"),
    ("my girl has Rett syndrome and shes 5 now", "shes 5"),
    ("He has a heart defect and is 10.", "10"),
])
def test_ages_said_this_way(rules_only, text, age):
    assert (Kind.AGE, age) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "The result (84) was normal.",
    "The platelet count fell and is 10.",
    "Dose (7) was given twice.",
])
def test_no_age_from_a_count(rules_only, text):
    assert [f for f in rules_only.find(text) if f.kind is Kind.AGE] == []


@pytest.mark.parametrize(("text", "date"), [
    ("Passport M44810223, expiry 08/2031, issued in Cork.", "08/2031"),
    ("Her card is valid until 11/2027 for the hospital.", "11/2027"),
    ("We started the diet in 03/2019.", "03/2019"),
])
def test_a_month_and_year(rules_only, text, date):
    assert (Kind.DATE, date) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "It affects about 1/2000 births.",
    "The ratio was 12/2000 in that study.",
])
def test_a_fraction_is_no_month(rules_only, text):
    assert [f for f in rules_only.find(text) if f.kind is Kind.DATE] == []


@pytest.mark.parametrize(("text", "hospital"), [
    ("Dr Roy at CHUS in Sherbrooke wants more tests.", "CHUS"),
    ("Her neurologist at UZL sees her every year.", "UZL"),
])
def test_an_acronym_where_a_doctor_works(rules_only, text, hospital):
    assert (Kind.HOSPITAL, hospital) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "Dr Roy at NHS England wrote back.",
    "The nurse at ICU was kind.",
    "My GP at UK level has no say.",
])
def test_no_acronym_hospital_for_services(rules_only, text):
    assert [f for f in rules_only.find(text) if f.kind is Kind.HOSPITAL] == []


def test_three_groups_of_four_digits_are_an_id_not_a_phone(detector):
    found = kinds(detector, "Aadhaar 3307 9912 4468, and the clinic has it too.")
    assert (Kind.RECORD_NUMBER, "3307 9912 4468") in found


def test_a_phone_with_a_trunk_zero_stays_a_phone(detector):
    assert (Kind.PHONE, "0412 345 678") in kinds(detector, "Call me on 0412 345 678 after six.")


def test_a_japanese_postcode_after_a_town_is_part_of_the_address(detector):
    text = "Please post it to 2-5-1 Minami-Aoyama, Minato-ku, Tokyo 107-0062 soon."
    found = [f for f in detector.find(text) if f.start <= text.index("107-0062") < f.end]
    assert [f.kind for f in found] == [Kind.ADDRESS]
