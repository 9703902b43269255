"""Personal data written the plain ways people write it: a street with a lower-case street word or
a flat before its postcode and town ("Kossuth utca 12, 6720 Szeged", "Bd. Unirii 14, ap. 3, 030833
București", "Vinohradská 40, 120 00 Praha 2"), a UK address all in small letters, an age in months
or weeks of another language after a name ("Lucía, 9 meses"), a first name written in small
letters after "im" or "my son", a name with an age and its unit though no list knows it, and a
person named again by their e-mail address."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def found(detector, text):
    return [(f.kind, f.text) for f in detector.find(text)]


@pytest.mark.parametrize("text, address", [
    ("Cím: Kossuth utca 12, 6720 Szeged. Köszönöm!", "Kossuth utca 12, 6720 Szeged"),
    ("Adresa mea: Bd. Unirii 14, ap. 3, 030833 București, vă rog.", "Bd. Unirii 14, ap. 3, 030833 București"),
    ("Adresa: Vinohradská 40, 120 00 Praha 2.", "Vinohradská 40, 120 00 Praha"),
    ("Heimilisfang: Skólavörðustígur 12, 101 Reykjavík.", "Skólavörðustígur 12, 101 Reykjavík"),
    ("Etxea: Kale Txiki 8, 2. esk., 48005 Bilbo.", "Kale Txiki 8, 2. esk., 48005 Bilbo"),
    ("MYD88 L265P. Wohnadresse Lindenstraße 12/3/4, 1070 Wien.", "Lindenstraße 12/3/4, 1070 Wien"),
    ("send it to 9 hawthorn rd, coleraine bt52 1ab please", "9 hawthorn rd, coleraine bt52 1ab"),
    ("Osoite: Hämeenkatu 14 C 21, 33100 Tampere.", "Hämeenkatu 14 C 21, 33100 Tampere"),
])
def test_streets_written_plainly(rules_only, text, address):
    assert (Kind.ADDRESS, address) in found(rules_only, text)


def test_a_code_before_a_street_is_not_part_of_it(rules_only):
    text = "GLA c.644A>G. Wir wohnen Ahornweg 7, 35037 Marburg."
    assert (Kind.ADDRESS, "Ahornweg 7, 35037 Marburg") in found(rules_only, text)


@pytest.mark.parametrize("text, age", [
    ("Nuestra hija Lucía, 9 meses, tiene atrofia muscular espinal.", "9 meses"),
    ("Patient Jonas Albrecht, 11 Monate, Verdacht auf Morbus Krabbe.", "11 Monate"),
    ("Nostro figlio Tommaso, otto mesi, ha la sindrome di Dravet.", "otto mesi"),
    ("Notre fille Lina, 4 mois, a une mucoviscidose.", "4 mois"),
])
def test_months_of_other_languages_after_a_name(rules_only, text, age):
    assert (Kind.AGE, age) in found(rules_only, text)


@pytest.mark.parametrize("text, name", [
    ("hiya im jolene, my son has cystinosis", "jolene"),
    ("my lil boy alfie-rae is 2 and has PKU", "alfie-rae"),
    ("hi it's deborah from the support group", "deborah"),
])
def test_first_names_in_small_letters_after_a_cue(rules_only, text, name):
    assert (Kind.NAME, name) in found(rules_only, text)


@pytest.mark.parametrize("text", ["im fine thanks, my son has cystinosis", "it's will power really"])
def test_small_words_after_the_same_cues_are_no_names(rules_only, text):
    assert [k for k, _ in found(rules_only, text) if k is Kind.NAME] == []


@pytest.mark.parametrize("text, name", [
    ("Chylomicronaemia, triglycerides 28 mmol/L — Loveday, 7 mo", "Loveday"),
    ("Menkes suspected in baby Wrenna, six weeks, copper low.", "Wrenna"),
    ("Clinic note Mar 3, 2025: Ottilie Brackenbury-Vance, 41 y/o, Fabry disease.", "Ottilie Brackenbury-Vance"),
])
def test_a_name_with_an_age_and_its_unit(rules_only, text, name):
    assert (Kind.NAME, name) in found(rules_only, text)


def test_a_person_named_again_by_their_email(rules_only):
    text = "Volunteers: Wenonah Strickland (wenonah.strickland@example.org), Ceridwen Pugh (cpugh.home@example.net)."
    names = [t for k, t in found(rules_only, text) if k is Kind.NAME]
    assert "Wenonah Strickland" in names and "Ceridwen Pugh" in names


def test_a_mailbox_name_names_no_one(rules_only):
    text = "Questions to Patient Services (info.services@example.org) or the Rare Team."
    assert [k for k, _ in found(rules_only, text) if k is Kind.NAME] == []


@pytest.mark.parametrize("text, name", [
    ("Jó estét! A lányom, Edurne nagyon fáradt mostanában.", "Edurne"),
    ("Bonjour, Enguerrand et Claire Perrin, parents de Lou.", "Enguerrand"),
    ("Kaixo, Gorka y Maria Etxebarria, padres de Ane.", "Gorka"),
])
def test_names_after_a_one_word_relative_or_joined_by_another_languages_and(rules_only, text, name):
    assert (Kind.NAME, name) in found(rules_only, text)


def test_two_eponyms_joined_by_a_foreign_and_stay(rules_only):
    assert not any(k is Kind.NAME for k, _ in found(rules_only, "Alport e Fabry sono malattie rare."))


def test_a_relatives_name_that_is_also_an_eponym_is_a_name(detector):
    text = "Jó napot! A fiam, Bence, nagyon fáradt, és a vizelete habos."
    assert (Kind.NAME, "Bence") in found(detector, text)
