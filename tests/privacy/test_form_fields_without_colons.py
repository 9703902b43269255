"""Fields of a form pasted as plain text with no colon: "age 52, city Gdynia", and an age alone
between bars after a name in a profile line."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, expected", [
    ("Signup: name Tomasz Lis, wiek 52, miasto Gdynia, choroba Fabry",
     [(Kind.AGE, "52"), (Kind.ADDRESS, "Gdynia")]),
    ("Alta: nombre Lucía Ferro, edad 40, ciudad Rosario, diagnóstico lupus",
     [(Kind.AGE, "40"), (Kind.ADDRESS, "Rosario")]),
])
def test_plain_form_fields(rules_only, text, expected):
    found = [(f.kind, f.text) for f in rules_only.find(text)]
    for item in expected:
        assert item in found


@pytest.mark.parametrize("text", [
    "The town hall, city centre, was busy.",          # small words after the field's word
    "Type 1 diabetes, age of onset unknown, HbA1c 7.1%",
])
def test_words_that_are_no_fields_stay(rules_only, text):
    assert [f for f in rules_only.find(text) if f.source == "rule:form-field"] == []
