"""Full names found by a known surname with no cue word around them ("the form went to Wen
Kowalczyk"), names after greetings and before closings of other languages, and lists of first
names; while eponyms, places, streets and months stay."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.finding import Finding
from raremap.privacy.names_surnames import name_parts_again


def names(detector, text):
    return [f.text for f in detector.find(text) if f.kind is Kind.NAME]


@pytest.mark.parametrize("text, name", [
    ("The letter was copied to Chidubem Okonkwo and the ward sister.", "Chidubem Okonkwo"),
    ("The referral moved after Tsegaye Bekele chased it up twice.", "Tsegaye Bekele"),
    ("We were seen by Eitvydas Kazlauskas and then by a registrar.", "Eitvydas Kazlauskas"),
    ("Our physio Thandeka Mahlangu brought the new splints.", "Thandeka Mahlangu"),
    ("Yesterday June Holloway rang about the new appointment.", "June Holloway"),
    ("The parcel for Mercy Boateng came back unopened.", "Mercy Boateng"),
])
def test_a_capitalised_word_before_a_known_surname_is_a_name(rules_only, text, name):
    assert name in names(rules_only, text)


@pytest.mark.parametrize("text, word", [
    ("He was diagnosed with Wilson disease at twelve.", "Wilson"),
    ("The Anderson Fabry clinic was helpful.", "Fabry"),
    ("Stevens Johnson syndrome after lamotrigine.", "Johnson"),
    ("We drove to Santa Barbara for the weekend.", "Barbara"),
    ("We are moving to Rua Doutor Carvalho Aguiar 512, apartment 3.", "Aguiar"),
    ("Appointment on 3 May Henderson clinic will call.", "May"),
    ("The Hunter Valley is lovely in spring.", "Hunter"),
])
def test_eponyms_places_streets_and_months_are_no_names(rules_only, text, word):
    assert not any(word in n for n in names(rules_only, text))


@pytest.mark.parametrize("text, name", [
    ("Hola Lucía, te escribo por lo de la consulta.", "Lucía"),
    ("Cześć Kasia! Mam pytanie o dietę.", "Kasia"),
    ("Gracias por todo.\nUn abrazo, Carmen", "Carmen"),
    ("Danke für die Hilfe.\nLiebe Grüße\nJonas Brandtner", "Jonas Brandtner"),
    ("Dziękuję za odpowiedź. Pozdrawiam, Agnieszka", "Agnieszka"),
])
def test_names_after_greetings_and_before_closings_of_other_languages(rules_only, text, name):
    assert name in names(rules_only, text)


@pytest.mark.parametrize("text", [
    "Bonjour Docteur, merci pour votre aide.",
    "Hallo Zusammen, gibt es Neuigkeiten?",
    "Saludos desde Sevilla",
])
def test_words_spoken_to_are_no_names(rules_only, text):
    assert names(rules_only, text) == []


def test_a_list_of_first_names(rules_only):
    found = names(rules_only, "Anna, Jakub and Zofia are all carriers.")
    assert {"Anna", "Jakub", "Zofia"} <= set(found)


@pytest.mark.parametrize("text", [
    "Monday, Tuesday and Friday are clinic days.",
    "We visited France, Spain and Italy last year.",
])
def test_lists_of_days_and_countries_are_no_names(rules_only, text):
    assert names(rules_only, text) == []


@pytest.mark.parametrize("text, name", [
    ("Szabó Bence vagyok, Debrecenből írok.", "Szabó Bence"),
    ("Referral for Marie DUBOIS from the practice.", "Marie DUBOIS"),
    ("Patient: NOWAKOWSKA Agnieszka, ward 4.", "NOWAKOWSKA Agnieszka"),
    ("Name: Okafor, Tomasz\nReason: fatigue", "Okafor, Tomasz"),
    ("The letter was signed J. Nowak and A.K. Mensah.", "A.K. Mensah"),
])
def test_names_written_as_forms_write_them(rules_only, text, name):
    assert name in names(rules_only, text)


def test_a_surname_found_in_a_full_name_is_a_name_alone_later(rules_only):
    text = "We met Chidubem Okonkwo at the conference. Later Okonkwo sent the slides."
    assert names(rules_only, text) == ["Chidubem Okonkwo", "Okonkwo"]


@pytest.mark.parametrize("text, word", [
    ("Results: BRCA1 and TTR normal, KRAS Anna pending.", "KRAS"),
    ("Sandra Wilson has Wilson disease; Wilson disease is rare.", "Wilson disease"),
    ("Dr Lena Fabry wrote about Fabry disease.", "Fabry disease"),
    ("Memorial Sloan Kettering, Dominic Reyes, 28", "Kettering, Dominic"),
])
def test_genes_eponyms_and_lists_are_not_taken_for_names(rules_only, text, word):
    assert not any(word in n for n in names(rules_only, text))


@pytest.mark.parametrize("text, name", [
    ("We asked at the desk and Kowalczyk said it was fine.", "Kowalczyk"),
    ("Okonkwo rang back on Tuesday.", "Okonkwo"),
    ("Chidubem Okonkwo here, mum of two.", "Chidubem Okonkwo"),
    ("Thanks for reading.\nTsegaye Bekele", "Tsegaye Bekele"),
])
def test_a_surname_alone_before_what_people_do_and_a_name_opening_a_line(rules_only, text, name):
    assert name in names(rules_only, text)


@pytest.mark.parametrize("text", [
    "Wilson said nothing about copper, the doctor did.",
    "Google said the clinic was closed.",
    "Great Ormond, is it good for this?",
])
def test_eponyms_and_words_before_a_verb_of_saying_are_no_names(rules_only, text):
    assert names(rules_only, text) == []


def test_a_word_of_a_phrase_the_model_took_for_a_name_does_not_repeat(rules_only):
    text = "Mein Termin ist um 9. Der Termin ist kurz, sagt Tomasz Nowak; Nowak kommt morgen."
    found = [Finding(Kind.NAME, 0, 11, "Mein Termin", "ner"), Finding(Kind.NAME, 48, 60, "Tomasz Nowak", "ner")]
    again = [f.text for f in name_parts_again(text, found, rules_only.vocabulary)]
    assert "Termin" not in again and "Nowak" in again
