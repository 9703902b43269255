"""Lay expressions for findings patients name that had only clinical names (Orthopnea,
Salt craving, Shoulder dislocation …) or few everyday words (Delayed puberty, Developmental
regression …): sentences in everyday words find them."""

from __future__ import annotations

import pytest

INAPPROPRIATE_LAUGHTER = "HP:0000748"
DENTAL_BLEEDING = "HP:0006298"
ORTHOPNEA = "HP:0012764"
SALT_CRAVING = "HP:0030083"
SHOULDER_DISLOCATION = "HP:0003834"
DENTINOGENESIS_IMPERFECTA = "HP:0000703"
ARTHROGRYPOSIS = "HP:0002804"
ABSCESSES = "HP:0002722"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("she laughs out loud at sad moments in films for no reason", INAPPROPRIATE_LAUGHTER),
     ("after the dentist took out my molar I bled for two days", DENTAL_BLEEDING),
     ("I can only sleep sitting up, lying down I can't breathe", ORTHOPNEA),
     ("he puts loads of salt on all his food and even licks it from his palm", SALT_CRAVING),
     ("my shoulder came out of its joint again playing rugby", SHOULDER_DISLOCATION),
     ("his teeth are greyish and see-through and they wear down fast", DENTINOGENESIS_IMPERFECTA),
     ("she was born with her elbows and knees stuck bent", ARTHROGRYPOSIS),
     ("he keeps getting boils on his legs", ABSCESSES)],
)
def test_everyday_words_find_the_finding_first(tagger, text, expected):
    got = [t.hpo for t in tagger.tag(text).terms if not t.negated]
    assert got[:1] == [expected]


PERIPHERAL_FIELD = "HP:0001133"
DELAYED_PUBERTY = "HP:0000823"
REGRESSION = "HP:0002376"
DELAYED_ERUPTION = "HP:0000684"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("my nephew's vision is like looking down a tunnel now", PERIPHERAL_FIELD),
     ("he is fifteen and puberty hasn't started yet", DELAYED_PUBERTY),
     ("at two she lost the words she used to say and stopped playing", REGRESSION),
     ("his baby teeth were very slow to come in", DELAYED_ERUPTION)],
)
def test_more_everyday_words_for_findings_that_had_few(tagger, text, expected):
    got = [t.hpo for t in tagger.tag(text).terms if not t.negated]
    assert got[:1] == [expected]


ACHOLIC_STOOLS = "HP:0011985"
GASTROPARESIS = "HP:0002578"
JOINT_HEMORRHAGE = "HP:0005261"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("the baby's nappies are full of very pale chalky poo", ACHOLIC_STOOLS),
     ("after meals food just sits in my stomach for hours and I feel sick", GASTROPARESIS),
     ("he has haemophilia and his elbow swells up with blood after knocks", JOINT_HEMORRHAGE)],
)
def test_everyday_words_for_findings_of_the_gut_and_joints(tagger, text, expected):
    got = [t.hpo for t in tagger.tag(text).terms if not t.negated]
    assert got[:1] == [expected]
