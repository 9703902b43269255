"""A post signed with the writer's age and town, often in small letters ("nell, 31, norwich"):
the number is an age, the known town is where they live, the word before is their name."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, expected", [
    ("ivig every month, knackered. 44, plymouth.",
     [(Kind.AGE, "44"), (Kind.ADDRESS, "plymouth")]),
    ("anyone else on mexiletine?? — tam lin, 29, dunedin",
     [(Kind.NAME, "tam lin"), (Kind.AGE, "29"), (Kind.ADDRESS, "dunedin")]),
    ("asking for femi (22, abeokuta): is the rash normal?",
     [(Kind.NAME, "femi"), (Kind.AGE, "22"), (Kind.ADDRESS, "abeokuta")]),
    ("soy caro, 41, de cordoba y tengo lupus",
     [(Kind.NAME, "caro"), (Kind.AGE, "41"), (Kind.ADDRESS, "cordoba")]),
    ("Sarcoidosis since 2019, 57 m, Winnipeg; anyone on infliximab?",
     [(Kind.AGE, "57"), (Kind.ADDRESS, "Winnipeg")]),
])
def test_age_and_town_of_a_signoff(rules_only, text, expected):
    found = [(f.kind, f.text) for f in rules_only.find(text)]
    for item in expected:
        assert item in found


@pytest.mark.parametrize("text", [
    "Ferritin 88, Leeds lab said it was fine.",       # a lab value after its analyte
    "Flat 3, Norwich Road is where the clinic is.",   # a flat's number and a street
    "Apt. 4, Toulouse 31000",                         # the number of a flat
    "she was 12, Kawasaki disease was the diagnosis",  # an eponym after the number
    "took 2 paris trips last year",                   # no comma, no person before the number
])
def test_numbers_that_are_no_signoff_stay(rules_only, text):
    found = [(f.kind, f.text) for f in rules_only.find(text) if f.source == "rule:signoff"]
    assert found == []


@pytest.mark.parametrize("text, name, age", [
    ("any tips for the itching? — ravi, 28", "ravi", "28"),
    ("oi gente, sou Duda, 33, faço diálise", "Duda", "33"),
])
def test_name_and_age_introduced_without_a_town(rules_only, text, name, age):
    found = [(f.kind, f.text) for f in rules_only.find(text)]
    assert (Kind.NAME, name) in found and (Kind.AGE, age) in found


@pytest.mark.parametrize("text", [
    "see the leaflet — page, 12.",
    "appointment moved — March, 12.",
])
def test_words_before_a_number_after_a_dash_stay(rules_only, text):
    assert [f for f in rules_only.find(text) if f.source == "rule:signoff"] == []
