"""Everyday words for findings people notice themselves, added 2026-12-02 (round of
issue 15): sentences in patients' words find the finding first, and wetting the bed is
nocturnal enuresis, not enuresis at any time of day."""

from __future__ import annotations

import pytest

ENURESIS = "HP:0000805"
ENURESIS_NOCTURNA = "HP:0010677"
SYNCOPE = "HP:0001279"
GINGIVAL_BLEEDING = "HP:0000225"
ANXIETY = "HP:0000739"
ANGULAR_CHEILITIS = "HP:0030318"
HYPERACTIVITY = "HP:0000752"
FRAGILE_NAILS = "HP:0001808"
COLDNESS = "HP:0033850"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("my daughter is seven and still wets the bed every night", ENURESIS_NOCTURNA),
     ("I went out cold in the queue at the bank", SYNCOPE),
     ("his gums bleed every time he flosses", GINGIVAL_BLEEDING),
     ("I worry about everything and can't switch off", ANXIETY),
     ("the corners of her mouth are cracked and sore", ANGULAR_CHEILITIS),
     ("she never sits still, always on the go", HYPERACTIVITY),
     ("my nails keep splitting and peeling", FRAGILE_NAILS)],
)
def test_everyday_words_find_the_noticed_finding_first(tagger, text, expected):
    got = [t.hpo for t in tagger.tag(text).terms if not t.negated]
    assert got[:1] == [expected]


def test_bed_wetting_is_not_enuresis_at_any_time(tagger):
    got = {t.hpo for t in tagger.tag("he still wets the bed").terms}
    assert ENURESIS not in got  # was Enuresis first: "wets the bed" was an expression of both


def test_out_cold_is_no_coldness(tagger):
    assert COLDNESS not in {t.hpo for t in tagger.tag("I was out cold on the kitchen floor").terms}
