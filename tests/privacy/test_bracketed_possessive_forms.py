"""E-mails with a bracketed "at", ages with a half, an age after a long "diagnosed with …",
ids after a family or sample word, a name owning a relative or a child's things, a name
before a number to reach them on (a hit and a case that must stay for each)."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from tests.privacy.conftest import kinds


def test_an_email_with_a_bracketed_at_and_real_dots(rules_only):
    assert kinds(rules_only, "Write to ana_perez[at]correo.es, she answers fast.") == [
        (Kind.EMAIL, "ana_perez[at]correo.es")]


def test_a_workplace_after_at_is_no_email(rules_only):
    assert [f for f in rules_only.find("She works at example.com now.") if f.kind is Kind.EMAIL] == []


def test_an_age_with_a_half_after_a_name(rules_only):
    assert (Kind.AGE, "4½") in kinds(rules_only, "My nephew Oliver is 4½ and not talking yet.")


def test_a_weight_with_a_half_is_no_age(rules_only):
    assert [f for f in rules_only.find("Oliver is 3½ kg heavier than in May.") if f.kind is Kind.AGE] == []


def test_an_age_after_a_long_diagnosis(rules_only):
    assert (Kind.AGE, "23") in kinds(
        rules_only, "I was diagnosed with Loeys-Dietz syndrome, the vascular type, at 23 in the end.")


def test_a_clock_time_after_a_diagnosis_is_no_age(rules_only):
    assert kinds(rules_only, "She was diagnosed with Marfan syndrome at 9am on a Monday.") == []


@pytest.mark.parametrize(("text", "found"), [
    ("The lab listed family P2287 and the parents as carriers.", "P2287"),
    ("Specimen QX4471-2 went to the reference lab.", "QX4471-2"),
])
def test_ids_after_a_family_or_sample_word(rules_only, text, found):
    assert (Kind.RECORD_NUMBER, found) in kinds(rules_only, text)


def test_a_gene_after_sample_is_no_id(rules_only):
    assert [f for f in rules_only.find("We sent a sample for KMT2D testing.")
            if f.kind is Kind.RECORD_NUMBER] == []


@pytest.mark.parametrize(("text", "found"), [
    ("Donations for Ifeoma's treatment are welcome.", "Ifeoma"),
    ("We met at Tendai's school yesterday.", "Tendai"),
])
def test_a_name_owning_a_relative_or_a_childs_things(rules_only, text, found):
    assert (Kind.NAME, found) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "Crohn's treatment is hard on him.",
    "Down's school support was great.",
])
def test_an_eponym_owning_a_treatment_is_no_name(rules_only, text):
    assert [f for f in rules_only.find(text) if f.kind is Kind.NAME] == []


def test_a_name_before_a_number_to_reach_them_on(rules_only):
    assert (Kind.NAME, "Thandeka") in kinds(rules_only, "You can reach Thandeka on 082 555 0199 after six.")


def test_an_organisation_to_call_is_no_name(rules_only):
    assert [f for f in rules_only.find("Call Genetic Alliance on 0800 123 4567.") if f.kind is Kind.NAME] == []


def test_a_brazilian_address_with_its_state_after_a_dash(rules_only):
    assert kinds(rules_only, "Send it to Rua Direita, 210, Campinas - SP, 13015-000, thanks.") == [
        (Kind.ADDRESS, "Rua Direita, 210, Campinas - SP, 13015-000")]


def test_a_dash_after_a_street_does_not_swallow_the_sentence(rules_only):
    found = [f.text for f in rules_only.find("We met on Via Roma 15 - the flat upstairs was empty.")]
    assert all("flat" not in t for t in found)


@pytest.mark.parametrize(("text", "found"), [
    ("Booking ref on the app: booking R4TZ9Q, for the trip.", "R4TZ9Q"),
    ("I copied 9KD3-71M from the hospital letter.", "9KD3-71M"),
    ("Mi numero personal este 1960315123457, pentru dosar.", "1960315123457"),
])
def test_short_mixed_ids_and_long_unbroken_runs(rules_only, text, found):
    assert (Kind.RECORD_NUMBER, found) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "Please call +44 20 7946 0958 after six.",
    "In our case COL4A5 was the gene they found.",
])
def test_phones_and_genes_are_no_such_ids(rules_only, text):
    assert [f for f in rules_only.find(text) if f.kind is Kind.RECORD_NUMBER] == []


def test_a_town_after_a_relative_in(rules_only):
    assert kinds(rules_only, "Her aunt in Wrocław has the same diagnosis.") == [(Kind.ADDRESS, "Wrocław")]


@pytest.mark.parametrize("text", [
    "My sister in law drives us.",
    "Our friend in Christ prayed with us.",
    "My brother in Hunter syndrome trials is fine.",
])
def test_no_town_after_a_relative_without_one(rules_only, text):
    assert [f for f in rules_only.find(text) if f.kind is Kind.ADDRESS] == []


def test_a_name_found_once_is_found_where_the_text_repeats_it(rules_only):
    text = 'Gifts for Chidera\'s treatment: write "Chidera" as the reference.'
    assert [t for k, t in kinds(rules_only, text) if k is Kind.NAME] == ["Chidera", "Chidera"]


def test_a_repeated_name_leaves_the_eponym_of_a_disease(rules_only):
    text = "Dr Down saw us. Down syndrome is what he has."
    assert [t for k, t in kinds(rules_only, text) if k is Kind.NAME] == ["Down"]


def test_a_dotted_user_name_before_a_platform(rules_only):
    assert kinds(rules_only, "Dad posts as bob.kr.1960 on Facebook and reads the forum.") == [
        (Kind.USERNAME, "bob.kr.1960")]


def test_a_plain_word_before_a_platform_is_no_user_name(rules_only):
    assert [f for f in rules_only.find("She is known as Nana on Facebook.") if f.kind is Kind.USERNAME] == []
