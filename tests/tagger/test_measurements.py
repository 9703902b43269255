"""Findings written as measurements (:mod:`raremap.engine.tagger.measurements`), on
sentences written for the test."""

from __future__ import annotations

import pytest

from raremap.engine.tagger.measurements import measured
from tests.tagger.test_abstracts import found

SHORT_STATURE = "HP:0004322"
TALL_STATURE = "HP:0000098"
MICROCEPHALY = "HP:0000252"
MACROCEPHALY = "HP:0000256"
LOW_WEIGHT = "HP:0004325"
ID = "HP:0001249"
ID_MILD = "HP:0001256"
ID_MODERATE = "HP:0002342"
ID_PROFOUND = "HP:0002187"
THROMBOCYTOPENIA = "HP:0001873"
THROMBOCYTOSIS = "HP:0001894"
ANEMIA = "HP:0001903"
NEUTROPENIA = "HP:0001875"
HYPOGLYCEMIA = "HP:0001943"
HYPERGLYCEMIA = "HP:0003074"
HYPONATREMIA = "HP:0002902"
HYPERNATREMIA = "HP:0003228"
HYPOKALEMIA = "HP:0002900"
HYPERKALEMIA = "HP:0002153"
HIGH_CK = "HP:0003236"


def ids(text: str) -> list[str]:
    return [m.hpo for m in measured(text)]


@pytest.mark.parametrize(("text", "hpo"), [
    ("Her height was 112 cm (-3.1 SD) at nine years.", SHORT_STATURE),
    ("He had a height of 118 cm (< 3rd centile).", SHORT_STATURE),
    ("His stature stayed below the third centile.", SHORT_STATURE),
    ("Height SDS was -2.6 at the last visit.", SHORT_STATURE),
    ("Height at the 0.4th centile.", SHORT_STATURE),
    ("His height was above the 97th percentile by age ten.", TALL_STATURE),
    ("The occipitofrontal circumference was 3.5 SD below the mean.", MICROCEPHALY),
    ("OFC +2.8 SD.", MACROCEPHALY),
    ("Birth weight was 1.9 kg (-2.4 SD).", LOW_WEIGHT),
    ("A full-scale IQ of 58.", ID_MILD),
    ("Her IQ was 41 at school age.", ID_MODERATE),
    ("IQ was 15.", ID_PROFOUND),
    ("IQ below 70 in all four.", ID),
    ("IQ scores ranged from 40 to 62.", ID),
    ("The platelet count was 23 x 10^9/L.", THROMBOCYTOPENIA),
    ("Platelets 40,000/mm3 on admission.", THROMBOCYTOPENIA),
    ("Platelets were 900 x 10^9/L.", THROMBOCYTOSIS),
    ("Haemoglobin 6.8 g/dl.", ANEMIA),
    ("Hb was 71 g/L.", ANEMIA),
    ("An absolute neutrophil count of 0.2 x 10^9/L.", NEUTROPENIA),
    ("Neutrophil count of 300/µl.", NEUTROPENIA),
    ("Blood glucose was 1.6 mmol/L during the episode.", HYPOGLYCEMIA),
    ("Plasma glucose 32 mg/dl.", HYPOGLYCEMIA),
    ("Fasting glucose 15.2 mmol/L.", HYPERGLYCEMIA),
    ("The serum sodium fell to 118 mmol/L on the second day.", HYPONATREMIA),
    ("Plasma sodium was 161 in the dehydrated infant.", HYPERNATREMIA),
    ("Potassium 2.2 mEq/L despite supplements.", HYPOKALEMIA),
    ("Serum potassium of 7.4 mmol/L needed dialysis.", HYPERKALEMIA),
    ("Creatine kinase was 9,800 IU/L during the attack.", HIGH_CK),
    ("CK levels reached 25000 after the fever.", HIGH_CK),
])
def test_a_value_past_its_limit_names_the_finding(text, hpo):
    assert ids(text) == [hpo]


@pytest.mark.parametrize("text", [
    "Her height was on the 50th centile and her weight on the 25th.",  # normal
    "Height was normal for age.",  # no value
    "The height was 2 SD from the mean.",  # no side
    "Height -1.5 SD.",  # within two SD
    "Femur length was below the 3rd centile.",  # a bone, not the child
    "The height of the vertebral bodies was reduced (-3 SD).",  # not the person's height
    "Platelets were 250 x 10^9/L.",  # normal
    "The platelet count in 3 patients was low.",  # a number of patients, not a count
    "Haemoglobin 12.5 g/dl.",
    "Glucose was 2.1.",  # no unit: mmol/L or mg/dL?
    "IQ was 92.",
    "IQ above 70 in all.",
    "Sodium 137 mmol/L and potassium 4.4 mmol/L.",  # normal
    "Potassium was 6.1 in the newborn.",  # high for an adult, not past a newborn's range
    "She took sodium valproate 30 mg/kg and potassium citrate 2 times daily.",  # drugs
    "CK was 640 U/L.",  # raised, not past the limit set for any age
    "CK 19 staining was negative.",  # cytokeratin, not creatine kinase
])
def test_a_normal_or_unclear_value_names_nothing(text):
    assert ids(text) == []


def test_each_quantity_takes_its_own_value():
    text = "Height was at the 50th centile and head circumference below the 3rd centile."
    assert ids(text) == [MICROCEPHALY]
    text = "The height (-2.5 SD) and head circumference (-3 SD) were small."
    assert ids(text) == [SHORT_STATURE, MICROCEPHALY]


def test_the_span_runs_from_the_quantity_to_its_value():
    text = "At 4 years his platelet count was 15 x 10^9/L."
    (m,) = measured(text)
    assert text[m.start : m.end] == "platelet count was 15 x 10^9/L"
    assert m.quantity == "platelet count"


def test_the_tagger_reads_measurements_denied_and_of_relatives(tagger):
    assert MICROCEPHALY in found(tagger, "At two years his head circumference was 3 SD below the mean.")
    result = tagger.tag("No patient had a head circumference below the 3rd centile. " * 6)
    assert [(t.hpo, t.negated, t.source) for t in result.terms] == [(MICROCEPHALY, True, "measurement")]
    result = tagger.tag("Her mother's height was 3 SD below the mean, and the girl was well. " * 5)
    assert SHORT_STATURE in {t.hpo for t in result.relatives}
    assert SHORT_STATURE not in {t.hpo for t in result.terms}


def test_a_term_found_by_its_words_is_not_repeated(tagger):
    result = tagger.tag("Short stature (height -3.2 SD) was present in the proband. " * 5)
    assert [t.hpo for t in result.terms].count(SHORT_STATURE) == 1
