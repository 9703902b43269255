""""Lack of X" and "absence of X": a denial when X alone names a finding ("lack of fever"),
the finding itself when X is a normal function ("lack of muscle tone" is Hypotonia), and
never X present."""

from __future__ import annotations

import pytest

FEVER = "HP:0001945"
SEIZURE = "HP:0001250"
PAIN = "HP:0012531"
HYPOTONIA = "HP:0001252"
AREFLEXIA = "HP:0001284"
REDUCED_EYE_CONTACT = "HP:0000817"
IMPAIRED_PAIN_SENSATION = "HP:0007328"


def states(result) -> set[tuple[str, bool]]:
    return {(t.hpo, t.negated) for t in result.terms}


@pytest.mark.parametrize(("text", "denied"), [
    ("lack of fever", FEVER),  # was Fever, present
    ("lack of seizures", SEIZURE),  # was Seizure, present
    ("absence of seizures", SEIZURE),
])
def test_lack_of_a_finding_denies_it(tagger, text, denied):
    assert states(tagger.tag(text)) == {(denied, True)}


@pytest.mark.parametrize(("text", "present"), [
    ("lack of muscle tone", HYPOTONIA),
    ("lack of eye contact", REDUCED_EYE_CONTACT),
    ("absence of tendon reflexes", AREFLEXIA),  # was Areflexia, denied
])
def test_lack_of_a_normal_function_is_a_finding(tagger, text, present):
    assert (present, False) in states(tagger.tag(text))


def test_lack_of_pain_sensation_is_no_pain(tagger):
    got = states(tagger.tag("complete lack of pain sensation"))
    assert (PAIN, False) not in got  # was Pain, present
    ont = tagger.kb.ontology
    # read as an impaired sense of pain (or a narrower term of it), present
    assert any(not denied and IMPAIRED_PAIN_SENSATION in ont.ancestors(h, include_self=True) for h, denied in got)


def test_lack_of_a_finding_in_a_long_text_is_no_finding(tagger):
    text = ("The patient, a girl of twelve, was seen in the clinic for follow-up of her developmental delay. "
            "There was a complete lack of pain sensation in both hands, and a lack of fever during the stay. ") * 2
    got = states(tagger.tag(text))
    assert (PAIN, False) not in got and (FEVER, False) not in got


def test_a_denied_word_read_by_meaning_stays_denied(tagger):
    # was Abnormality of temperature regulation, present
    assert all(t.negated for t in tagger.tag("no temperatures").terms)


HYPERHIDROSIS = "HP:0000975"
HYPOHIDROSIS = "HP:0000966"  # Anhidrosis (HP:0000970) is a narrower term of it
INCREASED_BODY_WEIGHT = "HP:0004324"
FAILURE_TO_THRIVE = "HP:0001508"


@pytest.mark.parametrize("text", ["no sweating", "he does not sweat", "he doesn't sweat", "never sweats"])
def test_not_sweating_denies_no_excess_sweating(tagger, text):
    got = states(tagger.tag(text))
    assert HYPERHIDROSIS not in {h for h, _ in got}  # was Hyperhidrosis, denied ("Sweating" is a lay name of it)


@pytest.mark.parametrize("text", ["he does not sweat", "he doesn't sweat", "never sweats"])
def test_not_sweating_said_of_a_person_is_less_sweating(tagger, text):
    ont = tagger.kb.ontology
    got = states(tagger.tag(text))
    assert any(not denied and HYPOHIDROSIS in ont.ancestors(h, include_self=True) for h, denied in got)


def test_lack_of_weight_gain_is_no_denied_weight_excess(tagger):
    got = states(tagger.tag("lack of weight gain"))
    assert INCREASED_BODY_WEIGHT not in {h for h, _ in got}  # was Increased body weight, denied
    ont = tagger.kb.ontology
    assert any(not denied and FAILURE_TO_THRIVE in ont.ancestors(h, include_self=True) for h, denied in got)


@pytest.mark.parametrize(("text", "denied"), [
    ("no excessive sweating", HYPERHIDROSIS),
    ("no hyperhidrosis", HYPERHIDROSIS),
])
def test_a_denied_excess_said_in_words_stays_denied(tagger, text, denied):
    assert (denied, True) in states(tagger.tag(text))


@pytest.mark.parametrize("text", ["no sweating", "he never gained weight"])
def test_a_denied_normal_function_is_no_denied_finding(tagger, text):
    # was Hypohidrosis or hyperhidrosis, denied; Failure to thrive, denied
    assert not [h for h, denied in states(tagger.tag(text)) if denied]


@pytest.mark.parametrize("text", ["she scarcely sweats, even in summer", "he scarcely sweats at football"])
def test_scarcely_sweating_is_less_sweating(tagger, text):
    # "scarcely" before the lay word of the normal function says too little of it: was Hyperhidrosis
    ont = tagger.kb.ontology
    got = states(tagger.tag(text))
    assert HYPERHIDROSIS not in {h for h, _ in got}
    assert any(not denied and HYPOHIDROSIS in ont.ancestors(h, include_self=True) for h, denied in got)


@pytest.mark.parametrize("text", ["he sweats a lot", "my son hardly ever sweats but when he does he sweats buckets"])
def test_sweating_too_much_is_still_hyperhidrosis(tagger, text):
    assert (HYPERHIDROSIS, False) in states(tagger.tag(text))
