"""Things that must stay: an eponym before the word for a disease even when the knowledge base
does not list it ("Löfgren syndrome", "Buruli ulcer"), infections named for places and people
("Coxsackie"), a Polish disease word before an inflected eponym ("chorobę Addisona"), the short
name of what was measured before its value ("FEV1 1.42 L"), a dipstick grade ("haematuria 3+"),
and a value after a record number's full stop ("NHS 943 476 5919. 24h urinary copper …")."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from tests.privacy.guessing import covered


@pytest.mark.parametrize("text, keep", [
    ("Sarcoidosis with Löfgren syndrome, ACE 98 U/L.", "Löfgren syndrome"),
    ("Kofi from Kumasi, Buruli ulcer, callback tomorrow", "Buruli ulcer"),
    ("Coxsackie again in nursery, both kids poorly", "Coxsackie"),
    ("My mother-in-law, 74 lata, ma chorobę Addisona.", "chorobę Addisona"),
    ("FEV1 1.42 L (48%) and SpO2 91% on room air", "FEV1 1.42 L"),
    ("Alport or thin basement membrane disease? haematuria 3+, ACR 45 mg/mmol", "haematuria 3+"),
    ("NHS 943 476 5919. 24h urinary copper 2.1 µmol, ceruloplasmin 0.11 g/L.", "24h urinary copper 2.1 µmol"),
])
def test_disease_names_and_lab_values_stay(detector, text, keep):
    assert covered(detector, text, keep) == []


def test_the_record_number_before_the_full_stop_is_still_found(detector):
    found = [(f.kind, f.text) for f in detector.find("NHS 943 476 5919. 24h urinary copper 2.1 µmol")]
    assert (Kind.RECORD_NUMBER, "943 476 5919") in found


def test_a_person_with_a_title_before_a_disease_word_is_still_a_name(detector):
    found = [(f.kind, f.text) for f in detector.find("Dr Löfgren saw my son about the syndrome")]
    assert (Kind.NAME, "Löfgren") in found
