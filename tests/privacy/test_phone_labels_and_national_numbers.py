"""A number after a phone's label ("GSM", "HP", "Tel") is a phone, not an id nor an HPO code; a
number after a French, Hungarian or Czech social security or birth number's label ("Sécu",
"TAJ-szám", "RČ") is an id, not a phone. HPO codes stay codes."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def found(detector, text):
    return [(f.kind, f.text) for f in detector.find(text)]


@pytest.mark.parametrize("text, kind, value", [
    ("Joignable au GSM 0486 12 34 56 le soir.", Kind.PHONE, "0486 12 34 56"),
    ("Hubungi HP 0813-4455-6677 ya.", Kind.PHONE, "0813-4455-6677"),
    ("Numéro de Sécu 1 85 04 69 123 456 78 pour le dossier.", Kind.RECORD_NUMBER, "1 85 04 69 123 456 78"),
    ("A TAJ-szám 123 456 789 a kártyán van.", Kind.RECORD_NUMBER, "123 456 789"),
    ("Pacient RČ 855412/1234, kontrola.", Kind.RECORD_NUMBER, "855412/1234"),
])
def test_labelled_numbers(rules_only, text, kind, value):
    assert (kind, value) in found(rules_only, text)


def test_hpo_codes_stay(rules_only):
    assert found(rules_only, "Seizures (HP:0001250) and hypotonia HP 0001252.") == []
