"""Identifiers, handles and ages the detector must find, and medical codes, gene names and lab
values it must leave (on the real knowledge base's allow-list)."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from tests.privacy.conftest import kinds


@pytest.mark.parametrize(("text", "found"), [
    ("The IBAN is GB82 WEST 1234 5698 7654 32 for the fund.", "GB82 WEST 1234 5698 7654 32"),
    ("Pay into DE44500105175407324931 please.", "DE44500105175407324931"),
    ("Her codice fiscale is VRDLCU75C52F205Q on the card.", "VRDLCU75C52F205Q"),
    ("My DNI 12345678Z was on the form.", "12345678Z"),
    ("The personnummer 811218-9876 was on the letter.", "811218-9876"),
    ("Our case ref is CR/2021/00455 if you write.", "CR/2021/00455"),
    ("My hospital number at the children's unit is QX 8812 0044 now.", "QX 8812 0044"),
    ("Policy no. AXA-66120-3 pays for the test.", "AXA-66120-3"),
    ("The sort code 30-94-57 is for the trip fund.", "30-94-57"),
    ("The German passport T22000129 was scanned.", "T22000129"),
    ("Health card number 9876-543-210-XY is on the back.", "9876-543-210-XY"),
])
def test_ids_are_found_as_record_numbers(rules_only, text, found):
    assert (Kind.RECORD_NUMBER, found) in kinds(rules_only, text)


def test_an_nhs_number_after_its_keyword_is_an_id_not_a_phone(rules_only):
    assert kinds(rules_only, "Her NHS no. is 943 476 5919 on the red book.") == [
        (Kind.RECORD_NUMBER, "943 476 5919")]


@pytest.mark.parametrize(("text", "found"), [
    ("Follow us on Instagram @brave_tilly_22 for news.", "@brave_tilly_22"),
    ("I am u/achy_joints_99 on Reddit.", "u/achy_joints_99"),
    ("Add me on Discord, noor#5521, for the chat.", "noor#5521"),
    ("I post as spoonie_dad on the forum.", "spoonie_dad"),
    ("My TikTok is sam.and.sma2 if you want.", "sam.and.sma2"),
])
def test_social_handles_are_usernames(rules_only, text, found):
    assert (Kind.USERNAME, found) in kinds(rules_only, text)


def test_an_email_is_not_taken_for_a_handle(rules_only):
    assert kinds(rules_only, "Mail jo_bloggs@example.org today.") == [(Kind.EMAIL, "jo_bloggs@example.org")]


@pytest.mark.parametrize(("text", "found"), [
    ("Our daughter is 6 and loves drawing.", "6"),
    ("When he was four the falls began.", "four"),
    ("She was diagnosed at 18 months by chance.", "18 months"),
    ("At fifty-three I finally had a name for it.", "fifty-three"),
])
def test_ages_told_in_sentences(rules_only, text, found):
    assert (Kind.AGE, found) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "The panel found variants in BRCA1, COL1A1 and SMN1.",
    "The report lists HP:0001250 and HP:0001263 for the seizures.",
    "It is ORPHA:558 in Orphanet and OMIM #154700, MIM 154700 too.",
    "CFTR c.1521_1523del (p.Phe508del), also called rs113993960.",
    "NM_000138.5:c.7498C>T in FBN1 was confirmed.",
    "Her karyotype was 47,XY,+21 and the array showed 22q11.2 loss.",
    "He is in trial NCT04567890 with EudraCT 2019-001234-56.",
    "Basal cell nevus syndrome (BCNS, #109400, OMIM) maps between D15S9 and D15S12.",
    "His IgA was 4.2 g/L and VEGF 1200 pg/mL, CK 12,000 U/L.",
    "She takes sirolimus 2 mg daily and 50,000 IU vitamin D weekly.",
    "My son is 5 mg short of the dose; he was 3 minutes late.",
])
def test_codes_genes_and_lab_values_are_left_alone(detector, text):
    assert kinds(detector, text) == []


def test_gene_symbols_come_from_the_knowledge_base(rules_only):
    vocab = rules_only.vocabulary
    assert vocab.is_gene("COL1A1") and vocab.is_gene("PKD2")
    assert not vocab.is_gene("A123456789")


def test_compressed_ipv6_but_not_clock_times(rules_only):
    assert kinds(rules_only, "The log shows fe80::1ff:fe23:4567:890a twice.") == [
        (Kind.IP_ADDRESS, "fe80::1ff:fe23:4567:890a")]
    assert kinds(rules_only, "The seizure lasted from 10:30:45 to 10:31:02.") == []


def test_a_name_joined_by_and_to_a_known_name(detector):
    found = kinds(detector, "Siofra and Declan Walsh run the cake stall.")
    assert (Kind.NAME, "Siofra") in found
    assert kinds(detector, "Fabry and Declan Walsh.").count((Kind.NAME, "Fabry")) == 0


@pytest.mark.parametrize("text", [
    "Von Willebrand screening came back normal.",
    "Ferritin is 900 ng/mL again this month.",
    "Risdiplam 5 mg is taken once a day with food.",
    "Ring the Paris office after 7pm tonight.",
])
def test_disease_short_forms_lab_words_medicines_and_times_stay(detector, text):
    assert kinds(detector, text) == []


def test_the_town_after_a_hospital_is_part_of_the_address(rules_only):
    assert (Kind.ADDRESS, "Stockholm") in kinds(rules_only, "The surgeon at Karolinska in Stockholm was kind.")


@pytest.mark.parametrize(("text", "found"), [
    ("The incident number was INC-7731902 on the form.", "INC-7731902"),
    ("My Estonian personal code number 38501234567 is on it.", "38501234567"),
    ("The AHV number 756.1234.5678.97 is on the card.", "756.1234.5678.97"),
])
def test_any_word_before_number_announces_an_id(rules_only, text, found):
    assert (Kind.RECORD_NUMBER, found) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "Call my phone number 0161 496 0000 after six.",
    "My mobile number is 07911 123456 if I do not answer.",
])
def test_a_phone_number_stays_a_phone(rules_only, text):
    assert [k for k, _ in kinds(rules_only, text)] == [Kind.PHONE]


def test_a_name_before_a_foreign_hospital_compound(rules_only):
    assert (Kind.HOSPITAL, "Sophia Kinderziekenhuis") in kinds(
        rules_only, "Our team at Sophia Kinderziekenhuis is great.")
    assert kinds(rules_only, "The hospital was kind to us.") == []


def test_an_irish_address_with_its_eircode(rules_only):
    assert (Kind.ADDRESS, "12 Meadow View, Galway H91 E2K3") in kinds(
        rules_only, "We live at 12 Meadow View, Galway H91 E2K3 by the sea.")


def test_an_age_between_commas_after_a_relative(rules_only):
    assert (Kind.AGE, "74") in kinds(rules_only, "My uncle, 74, still plays golf.")


@pytest.mark.parametrize(("text", "found"), [
    ("They gave me a new patient ID, PID-331902, at the clinic.", "PID-331902"),
    ("The registry entry is EURO-NMD-00417 in the network.", "EURO-NMD-00417"),
    ("The sample code SMP 4410-77 was on the tube.", "SMP 4410-77"),
    ("His Greek AMKA 01018512345 was needed.", "01018512345"),
    ("My health card is 5512 88431 2 and it expires soon.", "5512 88431 2"),
])
def test_ids_after_a_comma_with_letter_groups_or_an_unknown_acronym(rules_only, text, found):
    assert (Kind.RECORD_NUMBER, found) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "The ICD code E75.22 was on the letter.",
    "COVID-19 made everything harder for us.",
    "The CK was 12000 at the peak.",
])
def test_codes_and_short_lab_acronyms_are_not_ids(rules_only, text):
    assert [k for k, _ in kinds(rules_only, text)] == []


def test_a_title_is_not_a_name_joined_by_and(rules_only):
    found = kinds(rules_only, "Dr Okafor and Dr Brennan both saw the scan.")
    assert found == [(Kind.NAME, "Okafor"), (Kind.NAME, "Brennan")]


def test_a_fediverse_handle_is_a_username_not_an_email(rules_only):
    assert kinds(rules_only, "Follow me on Mastodon at @spoonie@mstdn.social for updates.") == [
        (Kind.USERNAME, "@spoonie@mstdn.social")]


def test_a_name_after_a_parent_of(rules_only):
    assert (Kind.NAME, "Zainab") in kinds(rules_only, "I'm the mum of Zainab who has seizures.")
    assert kinds(rules_only, "I'm a mum of two boys.") == []


@pytest.mark.parametrize(("text", "found"), [
    ("My Mexican CURP is HEGL900101HDFRRN05 for the appointment.", "HEGL900101HDFRRN05"),
    ("The BSB is 082-902 for the Sydney account.", "082-902"),
    ("Her CPF is 123.456.789-09 for the trial.", "123.456.789-09"),
])
def test_more_national_and_bank_ids(rules_only, text, found):
    assert (Kind.RECORD_NUMBER, found) in kinds(rules_only, text)


def test_nationalities_and_languages_are_not_people_or_places(detector):
    assert kinds(detector, "The leaflet is for Irish families and Hindi-speaking parents.") == []
