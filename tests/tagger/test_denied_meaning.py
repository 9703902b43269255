"""A denial read by meaning: the cue that denies a finding belongs to the denial, and a
term whose name says an absence is never what a cue plus the word it denies means."""

from __future__ import annotations

import pytest

from raremap.engine.tagger.fusion import ABSENCE

FEVER = "HP:0001945"
SEIZURE = "HP:0001250"


def states(result) -> set[tuple[str, bool]]:
    return {(t.hpo, t.negated) for t in result.terms}


@pytest.mark.parametrize(("text", "denied"), [
    ("she has never had a fever in her life", FEVER),  # was also Absent speech, present
    ("no seizures so far", SEIZURE),  # was also Delayed speech and language development
])
def test_the_cue_of_a_denied_match_is_not_read_by_meaning(tagger, text, denied):
    assert states(tagger.tag(text)) == {(denied, True)}


@pytest.mark.parametrize("text", [
    "he had no thumbs at birth",  # was Absent thumb, denied: "he has his thumbs"
    "my son has pins and needles in his feet and his skin is getting darker, no fever",
    "I get winded on the stairs and have no fever",
])
def test_a_cue_never_yields_an_absence_term(tagger, text):
    result = tagger.tag(text)
    assert not [t.label for t in result.terms if ABSENCE.search(t.label)]


def test_an_absence_said_in_words_is_still_found(tagger):
    present = {t.hpo for t in tagger.tag("born without a thumb").terms if not t.negated}
    assert any(ABSENCE.search(tagger.kb.ontology.name(h)) for h in present)
