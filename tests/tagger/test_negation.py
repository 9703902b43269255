"""Denied symptoms come back with negated=True, and the denial stops where it should."""

from __future__ import annotations

import pytest


def found(result, negated=None) -> set[str]:
    return {t.hpo for t in result.terms if negated is None or t.negated == negated}


FEVER = "HP:0001945"
SEIZURE = "HP:0001250"
CHEST_PAIN = "HP:0100749"
RASH = "HP:0000988"
COUGH = "HP:0012735"
FATIGUE = "HP:0012378"


@pytest.mark.parametrize(
    ("text", "hpo"),
    [
        ("no fever", FEVER),
        ("She has never had seizures.", SEIZURE),
        ("He denies chest pain.", CHEST_PAIN),
        ("Negative for rash", RASH),
        ("I don't have a cough", COUGH),
        ("Fever: absent.", FEVER),
    ],
)
def test_a_denied_symptom_is_negated(tagger, text, hpo):
    assert hpo in found(tagger.tag(text), negated=True)


def test_a_denial_reaches_every_item_of_a_list(tagger):
    ids = found(tagger.tag("Denies fever, rash or cough."), negated=True)
    assert {FEVER, RASH, COUGH} <= ids


def test_but_ends_the_denial(tagger):
    result = tagger.tag("no fever but a nasty cough")
    assert FEVER in found(result, negated=True)
    assert COUGH in found(result, negated=False)


def test_a_sentence_end_ends_the_denial(tagger):
    result = tagger.tag("No seizures. Fever since Monday.")
    assert SEIZURE in found(result, negated=True)
    assert FEVER in found(result, negated=False)


def test_a_new_statement_after_a_comma_ends_the_denial(tagger):
    result = tagger.tag("no fever, and my chest hurts")
    assert FEVER in found(result, negated=True)
    assert CHEST_PAIN in found(result, negated=False)


def test_look_alike_phrases_are_not_denials(tagger):
    # "no longer" and "no idea" look like denials but are not
    assert SEIZURE in found(tagger.tag("the seizures no longer respond to medicine"), negated=False)
    # (a fever that keeps coming back is Recurrent fever, a narrower term of Fever)
    kept = found(tagger.tag("no idea why the fever keeps coming back"), negated=False)
    assert any(tagger.kb.ontology.is_a(h, FEVER) for h in kept), kept


def test_a_lay_phrase_that_starts_with_no_is_not_its_own_denial(tagger):
    result = tagger.tag("I have had no energy for weeks")
    assert FATIGUE in found(result, negated=False)


def test_cant_is_a_symptom_not_a_denial(tagger):
    result = tagger.tag("I can't catch my breath")
    assert "HP:0002094" in found(result, negated=False)


def test_symptoms_of_relatives_are_left_out(tagger):
    result = tagger.tag("My father had diabetes and I have fever.")
    assert found(result) == {FEVER}
    assert SEIZURE not in found(tagger.tag("Seizures run in the family. No fever."))


def test_a_child_described_by_a_parent_is_the_patient(tagger):
    assert SEIZURE in found(tagger.tag("My daughter has seizures"), negated=False)


def test_a_symptom_that_stopped_is_negated_but_an_ability_that_stopped_is_not(tagger):
    assert "HP:0002315" in found(tagger.tag("I no longer get headaches"), negated=True)
    assert SEIZURE in found(tagger.tag("she stopped having seizures last year"), negated=True)
    # Inability to walk, or Loss of ambulation (no longer: could walk before)
    assert found(tagger.tag("he is no longer able to walk"), negated=False) & {"HP:0002540", "HP:0002505"}


def test_a_form_with_answers_after_the_symptom(tagger):
    result = tagger.tag("Fever: no. Cough: yes. Rash: none")
    assert found(result, negated=True) == {FEVER, RASH}
    assert found(result, negated=False) == {COUGH}
