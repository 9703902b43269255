"""Ages in other languages ("4 lata", "15 años", "deux ans", "7 tuổi", "3岁"), written short
("5y 2m"), in a form's field ("Age: 29"), and said in ways the older rules missed ("im 16",
"They're six now", "would've been twelve", "dx'd at 42", "since 17."); a number of years that
is a time ago or a length of time, and numbers that are doses or scores, stay."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def ages(detector, text):
    return [f.text for f in detector.find(text) if f.kind is Kind.AGE]


@pytest.mark.parametrize("text, age", [
    ("mój syn Bartek, 4 lata, zespół Angelmana", "4 lata"),
    ("Mieszka z córką, 74 lata, w domu", "74 lata"),
    ("Onze zoon (5 jaar) heeft Duchenne", "5 jaar"),
    ("Mi hija Valentina, 15 años, tiene lupus", "15 años"),
    ("Théo (deux ans) a une amyotrophie spinale", "deux ans"),
    ("cuida do Gabriel (sete anos, síndrome de Prader-Willi)", "sete anos"),
    ("Mein Sohn ist 3 Jahre alt und hat Morbus Fabry", "3 Jahre alt"),
    ("mio figlio di 8 anni ha la fibrosi cistica", "8 anni"),
    ("My niece (7 tuổi) has thalassemia", "7 tuổi"),
    ("我的儿子3岁了", "3岁"),
    ("oğlum 6 yaşında", "6 yaşında"),
])
def test_a_number_and_the_word_for_years_in_many_languages(rules_only, text, age):
    assert ages(rules_only, text) == [age]


@pytest.mark.parametrize("text", [
    "diagnosticada hace 5 años con lupus",
    "il est suivi depuis 3 ans à Lyon",
    "seit 2 Jahren in Behandlung",
    "leczony od 4 lat",
    "è stata operata 5 anni fa",
    "we waited for 5 years",
])
def test_years_ago_or_for_a_time_are_no_age(rules_only, text):
    assert ages(rules_only, text) == []


@pytest.mark.parametrize("text, age", [
    ("Seen today: Amelia Clarke, 5y 2m, CLN2 disease", "5y 2m"),
    ("weight check at 2 yrs 3 mos went fine", "2 yrs 3 mos"),
    ("Form entry: Age: 29; Condition: WPW", "29"),
    ("Edad: 15 | Diagnóstico: lupus", "15"),
    ("Alter: 7, Diagnose Morbus Fabry", "7"),
])
def test_years_and_months_written_short_and_age_fields(rules_only, text, age):
    assert ages(rules_only, text) == [age]


@pytest.mark.parametrize("text, age", [
    ("if anyone wants to chat, im 16 with Crohn's", "16"),
    ("scared for my dad. im 19", "19"),
    ("is that diabetes?? im twenty-six", "twenty-six"),
    ("My name is Pedro, I'm vinte e dois, I have SCA3", "vinte e dois"),
    ("They're six now.", "six"),
    ("they're 7 today and love horses", "7"),
    ("Rose would've been twelve on her birthday.", "twelve"),
    ("He will be 18 next month", "18"),
    ("had a stroke at 6. Now on hydroxyurea", "6"),
    ("dx'd at 42! Kennedy disease", "42"),
    ("Behçet's disease since 17. Seen at AUBMC", "17"),
])
def test_ages_said_about_oneself_and_others(rules_only, text, age):
    assert ages(rules_only, text) == [age]


@pytest.mark.parametrize("text", [
    "im in pain today",
    "im 2 weeks post op",
    "The dose will be 10 on Monday.",
    "It will be 5 on the scale",
    "the appointment is at 6 pm, since 10:30 we wait",
    "had surgery at 9am",
    "HbA1c 48 mmol/mol",
])
def test_times_doses_and_scores_are_no_age(rules_only, text):
    assert ages(rules_only, text) == []


def test_an_age_after_a_name_here_in_brackets_and_closing_a_message(rules_only):
    assert ages(rules_only, "Hi! Mum of Mai Anh here (4). Menkes disease") == ["4"]
    assert ages(rules_only, "I'm Graves by surname, not disease. Tom Graves, 23") == ["23"]
