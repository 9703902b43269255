"""Where a denial or a relative's mention stops: texts written to break the scope rules."""

from __future__ import annotations

import pytest

from tests.tagger.test_abstracts import FRAME

FEVER = "HP:0001945"
SEIZURE = "HP:0001250"
ATAXIA = "HP:0001251"
FATIGUE = "HP:0012378"
RASH = "HP:0000988"
CHILLS = "HP:0025143"
HEADACHE = "HP:0002315"
COUGH = "HP:0012735"
ABSENT_THUMB = "HP:0009777"
HEPATOMEGALY = "HP:0002240"
SPLENOMEGALY = "HP:0001744"
AREFLEXIA = "HP:0001284"
DIABETES = "HP:0000819"


def states(tagger, text: str) -> dict[str, bool]:
    """Each term found and whether it is denied."""
    return {t.hpo: t.negated for t in tagger.tag(text).terms}


@pytest.mark.parametrize(
    ("text", "present", "denied"),
    [
        # a cue that is a word of the finding ("absent thumbs", "no energy") denies nothing else
        ("absent thumbs and no energy", {ABSENT_THUMB, FATIGUE}, set()),
        ("He was born with absent thumbs and fatigue.", {ABSENT_THUMB, FATIGUE}, set()),
        ("Absent thumbs and seizures since infancy.", {ABSENT_THUMB, SEIZURE}, set()),
        # "and" before a word saying something is there starts a new statement
        ("without fever and with a rash", {RASH}, {FEVER}),
        ("She presented without fever and with seizures.", {SEIZURE}, {FEVER}),
        ("Without fever, with seizures.", {SEIZURE}, {FEVER}),
        ("He denies fever, chills or rash and reports headaches.", {HEADACHE}, {FEVER, CHILLS, RASH}),
        ("He denies fever and chills and reports fatigue.", {FATIGUE}, {FEVER, CHILLS}),
        ("No seizures and the child has ataxia.", {ATAXIA}, {SEIZURE}),
        ("no seizures, ataxia is present", {ATAXIA}, {SEIZURE}),
        ("There was no hepatomegaly and splenomegaly was present.", {SPLENOMEGALY}, {HEPATOMEGALY}),
        ("no fever, but a cough", {COUGH}, {FEVER}),
        # … but a list after the cue stays denied, with "or" and with "and"
        ("No seizures or ataxia were present.", set(), {SEIZURE, ATAXIA}),
        ("He had no seizures and no ataxia.", set(), {SEIZURE, ATAXIA}),
        ("without seizures or ataxia", set(), {SEIZURE, ATAXIA}),
        ("Denies fever, chills or rash.", set(), {FEVER, CHILLS, RASH}),
        # a post cue reaches back over a list, not over a statement that something is there
        ("Fever and cough were absent.", set(), {FEVER, COUGH}),
        ("She has ataxia and seizures were absent.", {ATAXIA}, {SEIZURE}),
        ("Seizures were absent and ataxia was present.", {ATAXIA}, {SEIZURE}),
        # the cue of a finding's own name denies its finding's words only
        ("Reflexes absent, and seizures since infancy.", {AREFLEXIA, SEIZURE}, set()),
    ],
)
def test_a_denial_stops_where_it_should(tagger, text, present, denied):
    got = states(tagger, text)
    assert {h for h in present if got.get(h) is False} == present, got
    assert {h for h in denied if got.get(h) is True} == denied, got


def test_a_match_does_not_read_across_and_or_or(tagger):
    # in clinical prose "reflexes and seizures" is no Reflex seizure, "seizures or
    # hypotonia" no Atonic seizure; anywhere "febrile and has seizures" is no Febrile seizure
    got = tagger.tag(FRAME.format("He had absent reflexes and seizures, but none was without seizures "
                                  "or hypotonia."))
    ids = {t.hpo for t in got.terms}
    assert {AREFLEXIA, SEIZURE, "HP:0001252"} <= ids
    assert not {"HP:0020207", "HP:0010819"} & ids
    assert "HP:0002373" not in states(tagger, "Not febrile and has seizures.")
    # a list still shares its head across "and"; two words of one finding still join
    ids = {t.hpo for t in tagger.tag(FRAME.format("Two had atrial and ventricular septal defects. "
                                                  "The skin was thin and translucent.")).terms}
    assert {"HP:0001631", "HP:0001629", "HP:0010648"} <= ids  # ASD, VSD, Dermal translucency


def test_a_list_after_of_shares_the_words_before_it(tagger):
    got = states(tagger, "He showed hypopigmentation of skin or hair from birth.")
    assert {"HP:0001010", "HP:0005599"} <= set(got)  # … of the skin, … of hair
    got = states(tagger, "There were abnormalities of the heart and kidneys in three of the children.")
    assert {"HP:0001627", "HP:0000077"} <= set(got)


def test_a_multi_word_cue_is_not_the_words_of_a_finding(tagger):
    got = states(tagger, "Absence of seizures and presence of ataxia.")
    assert got.get(SEIZURE) is True
    assert got.get(ATAXIA) is False
    assert "HP:0002121" not in got  # not an absence seizure


@pytest.mark.parametrize(
    ("text", "own", "theirs"),
    [
        ("Her mother and sister had seizures; she has ataxia.", {ATAXIA}, {SEIZURE}),
        ("Her brother had scoliosis and she has seizures.", {SEIZURE}, {"HP:0002650"}),
        ("His mother has diabetes; he has fatigue.", {FATIGUE}, {DIABETES}),
        ("Her father, who had diabetes, died young; she has seizures.", {SEIZURE}, {DIABETES}),
        ("The mother of the proband had cataracts, while the proband had seizures.", {SEIZURE},
         {"HP:0000518"}),
        ("No family history of seizures.", set(), {SEIZURE}),
    ],
)
def test_a_relatives_findings_stop_where_they_should(tagger, text, own, theirs):
    result = tagger.tag(text)
    assert {t.hpo for t in result.terms} & (own | theirs) == own
    assert {t.hpo for t in result.relatives} & (own | theirs) == theirs


@pytest.mark.parametrize(
    ("text", "own", "theirs"),
    [
        ("Seizures were reported in his father and ataxia in the patient.", {ATAXIA}, {SEIZURE}),
        ("Ataxia was also present in the mother.", set(), {ATAXIA}),
        ("Cataracts were seen in both her parents; she has ataxia.", {ATAXIA}, {"HP:0000518"}),
        ("She has seizures. In her mother, ataxia was seen.", {SEIZURE}, {ATAXIA}),
        ("She had seizures like her mother.", {SEIZURE}, set()),
    ],
)
def test_a_relative_named_after_the_finding(tagger, text, own, theirs):
    result = tagger.tag(text)
    assert {t.hpo for t in result.terms} & (own | theirs) == own
    assert {t.hpo for t in result.relatives} & (own | theirs) == theirs


ABSENT_SPEECH = "HP:0001344"
AUTISTIC_BEHAVIOR = "HP:0000729"


@pytest.mark.parametrize(
    ("text", "present", "denied"),
    [
        # a lay phrase of a lack written with "doesn't" where the phrase has "does not"
        ("he doesn't talk", {ABSENT_SPEECH}, set()),
        ("my son doesn't talk at all", {ABSENT_SPEECH}, set()),
        # a list item that names a lack of its own is not denied by the cue before it
        ("no fever, no energy", {FATIGUE}, {FEVER}),
        ("she doesn't talk, doesn't point at things", {ABSENT_SPEECH, AUTISTIC_BEHAVIOR}, set()),
        # … a plain denial in the next item still denies
        ("no fever, no rash", set(), {FEVER, RASH}),
    ],
)
def test_a_lack_in_everyday_words_is_a_finding_not_a_denial(tagger, text, present, denied):
    got = states(tagger, text)
    assert {h for h, neg in got.items() if not neg} >= present, got
    assert {h for h, neg in got.items() if neg} >= denied, got
    assert not present & {h for h, neg in got.items() if neg}, got
