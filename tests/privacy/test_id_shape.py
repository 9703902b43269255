"""The general identifier rule: ids after id words in several languages, ids by their shape
alone, ids a phone or date rule took, and the medical codes, counts, years and amounts that
look like ids but must stay (on the real knowledge base's allow-list)."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.id_shape import find_id_shapes, phone_shaped
from tests.privacy.conftest import kinds


@pytest.mark.parametrize(("text", "found"), [
    ("Our insurance policy, number 77120-884-03, covers the nursing.", "77120-884-03"),
    ("Fallnummer: 2024/0081734 (Uniklinik).", "2024/0081734"),
    ("Mon n° de sécurité sociale : 2 84 05 75 116 042 31.", "2 84 05 75 116 042 31"),
    ("Su número de historia clínica es HC-00912273.", "HC-00912273"),
    ("Il numero della pratica è PR 2023 004512 all'ASL.", "PR 2023 004512"),
    ("Mijn patiëntnummer is P-0091-2287 bij het ziekenhuis.", "P-0091-2287"),
    ("Ticket #4471 is still open.", "4471"),
    ("Our reservation code is QF7R2K for the flight.", "QF7R2K"),
    ("The Japanese My Number 1234 5678 9012 was on the form.", "1234 5678 9012"),
])
def test_a_value_after_an_id_word_in_any_language(rules_only, text, found):
    assert (Kind.RECORD_NUMBER, found) in kinds(rules_only, text)


@pytest.mark.parametrize(("text", "found"), [
    ("They gave us case 77-41093 for the appeal.", "77-41093"),
    ("The claim was filed as CLM/88/40219 last week.", "CLM/88/40219"),
    ("Her health card (tessera sanitaria) is 80380000500012345678.", "80380000500012345678"),
])
def test_a_value_a_few_words_after_what_holds_it(rules_only, text, found):
    assert (Kind.RECORD_NUMBER, found) in kinds(rules_only, text)


@pytest.mark.parametrize(("text", "found"), [
    ("The genetic testing order was GT-99012-B at the lab.", "GT-99012-B"),
    ("The form had XZ-4410-93-KD written at the top.", "XZ-4410-93-KD"),
    ("The slip says 9F3K-22QX-7MPL.", "9F3K-22QX-7MPL"),
    ("Our GP practice registered him under GPR-448-1902-Z.", "GPR-448-1902-Z"),
    ("The trial randomisation was R0098-24 for my son.", "R0098-24"),
    ("Her card 4929 1234 5678 9012 was charged.", "4929 1234 5678 9012"),
])
def test_an_id_by_its_shape_alone(rules_only, text, found):
    assert (Kind.RECORD_NUMBER, found) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "Call my phone number 0161 496 0000 after six.",
    "My number is 415 555 0199 if I miss you.",
    "The French clinic number is 01 42 34 56 78 for bookings.",
    "Contact number for the ward is 020 7188 7188 any time.",
])
def test_phone_numbers_stay_phones(rules_only, text):
    assert [k for k, _ in kinds(rules_only, text)] == [Kind.PHONE]


@pytest.mark.parametrize("text", [
    "The trial drug PF-06939926 was given, like BIIB067 and ALXN1840.",
    "The paper is PMID 31562418 and DOI 10.1056/NEJMoa1812345.",
    "Her ICD-10 code is E75.22 and SNOMED code 230690007, UMLS concept C0011849.",
    "There were 1,240 patients in the registry and 38112 visits in 2023.",
    "The case series described 12000 families across 14 countries.",
    "The number of visits was 12000 last year.",
    "The 2019-2020 winter was hard and the 2024/25 season easier.",
    "We raised £12500 at the run and the MRI at 3T showed T2 signal.",
    "The COVID-19 jab and the H1N1 jab came in March.",
    "The BAC clone RP11-88G17 lies next to CTD-2354J3.",
    "Her BP was 138/88 and the dose 2 x 500 mg.",
])
def test_codes_counts_years_and_amounts_are_not_ids(rules_only, text):
    assert [f for f in rules_only.find(text) if f.kind is Kind.RECORD_NUMBER] == []


def test_the_generic_rule_leaves_dates_with_a_month_and_decimals():
    assert list(find_id_shapes("Seen on 12-MAR-2019, ferritin 1234.5 then.")) == []


def test_a_date_or_phone_the_shape_says_is_an_id_is_relabelled(detector):
    # The NER model reads a 20-digit card number as a date; no phone has 16 digits.
    found = kinds(detector, "Her Italian health card is 80380000500012345678.")
    assert found == [(Kind.RECORD_NUMBER, "80380000500012345678")]


def test_phone_shape():
    assert phone_shaped("+49 151 2345678") and phone_shaped("01 42 34 56 78")
    assert phone_shaped("0161 496 0000")
    assert not phone_shaped("0001 2345 6789") and not phone_shaped("943 476 5919")


@pytest.mark.parametrize(("text", "found"), [
    ("At 70 my mother was finally diagnosed.", "70"),
])
def test_an_age_opening_a_sentence(rules_only, text, found):
    assert (Kind.AGE, found) in kinds(rules_only, text)


def test_a_clock_time_opening_a_sentence_is_not_an_age(rules_only):
    assert kinds(rules_only, "At 9 he takes his tablets.") == []


@pytest.mark.parametrize(("text", "found"), [
    ("Her NIN is AB 12 34 56 C according to the letter.", "AB 12 34 56 C"),
    ("My PAN ABCDE1234F was used for the payment.", "ABCDE1234F"),
    ("My Aadhaar 1234 5678 9123 was asked for.", "1234 5678 9123"),
    ("The case ID: 7f3a9c2e was in the e-mail.", "7f3a9c2e"),
    ("Your request id is 3f2b8c1e-9d4a-4b7e-a1c2-5e6f7a8b9c0d.", "3f2b8c1e-9d4a-4b7e-a1c2-5e6f7a8b9c0d"),
    ("Our car reg is AB12 CDE for the disabled bay.", "AB12 CDE"),
    ("Her badge says ID 4471.", "4471"),
])
def test_an_acronym_an_owner_a_plate_or_hex_announces_an_id(rules_only, text, found):
    assert (Kind.RECORD_NUMBER, found) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "My number is 0176 98765432 for texts.",
    "My husband's mobile 415 555 0199 is off.",
])
def test_an_owner_before_a_phone_keeps_it_a_phone(rules_only, text):
    assert [k for k, _ in kinds(rules_only, text)] == [Kind.PHONE]


@pytest.mark.parametrize("text", [
    "These cells may have a CD3/CD4/CD62L+/CD45RA- phenotype.",
    "Cystic structures [NCIT:C27273] and the marker DXS1357E.",
    "The ATC code is N07XX10 for risdiplam; CK (EC 2.7.3.2) was high.",
    "His CK was 12000 and ALT 340; she has HLA-B27.",
    "Voucher code SUMMER2024 gave us a discount.",
])
def test_cell_markers_ontology_ids_and_lab_acronyms_stay(rules_only, text):
    assert [f for f in rules_only.find(text) if f.kind is Kind.RECORD_NUMBER] == []


def test_a_bare_count_is_not_a_date(detector):
    assert kinds(detector, "His CK was 12000 and ALT 340 before the steroids.") == []


@pytest.mark.parametrize(("text", "found"), [
    ("Her number on the register is 4471-2290-18 now.", "4471-2290-18"),
    ("Please quote 44718-B on all letters.", "44718-B"),
    ("It's 88123-44 on the insurance letter.", "88123-44"),
    ("The code 7781 2290 44 was printed on the wristband.", "7781 2290 44"),
])
def test_where_the_id_belongs_or_is_written_makes_it_one(rules_only, text, found):
    assert (Kind.RECORD_NUMBER, found) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "My number at work is 415 555 0199 during the day.",
    "My husband's number on WhatsApp is 07700 900123.",
])
def test_a_number_at_work_or_on_an_app_stays_a_phone(rules_only, text):
    assert [k for k, _ in kinds(rules_only, text)] == [Kind.PHONE]


def test_an_amount_on_a_bill_is_not_an_id(rules_only):
    assert kinds(rules_only, "We found 12500 on the bill and 3 mg on the label.") == []


@pytest.mark.parametrize("text", [
    "The product code on the box is NDC 0002-8215-01.",
    "The lot number LOT A12345 was recalled.",
])
def test_product_and_lot_codes_are_not_personal_ids(rules_only, text):
    assert [f for f in rules_only.find(text) if f.kind is Kind.RECORD_NUMBER] == []


def test_a_version_or_a_video_format_is_not_a_date(detector):
    assert kinds(detector, "The study used PedsQL 4.0 and the video is 1080p.") == []


def test_registered_as_announces_an_id(rules_only):
    assert (Kind.RECORD_NUMBER, "0091-44-8812") in kinds(
        rules_only, "I'm registered with the hospital as 0091-44-8812.")
    assert kinds(rules_only, "She was registered as disabled in 2019 under 2 consultants.") == []


def test_more_things_that_hold_an_id_but_not_an_amount(rules_only):
    assert (Kind.RECORD_NUMBER, "4471 2290 881") in kinds(
        rules_only, "Our Motability agreement 4471 2290 881 covers the car.")
    assert kinds(rules_only, "We got a grant of 50000 from the charity.") == []
