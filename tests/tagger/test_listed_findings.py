"""A sentence that lists several findings keeps each of them: a word match that is most of
its own clause stands, and a part of the sentence that says no term yet is read on its own."""

from __future__ import annotations

import pytest

from raremap.engine.tagger import fusion, listed
from raremap.engine.tagger.words import split_words

VERTIGO = "HP:0002321"
BRUISING = "HP:0000978"
LISTING = "she scarcely sweats and the room spins when she stands up, and bruises turn up from nowhere"


def present(result) -> list[str]:
    return [t.hpo for t in result.terms if not t.negated]


def test_each_word_match_of_a_listing_sentence_stands(tagger):
    assert {VERTIGO, BRUISING} <= set(present(tagger.tag(LISTING)))


def test_without_the_clause_rule_the_word_match_is_lost(tagger, monkeypatch):
    monkeypatch.setattr(fusion, "CLAUSE_OWN_WORDS", 99)
    monkeypatch.setattr(listed, "PART_ACCEPT", 9.0)  # nor read by meaning on its own
    assert VERTIGO not in present(tagger.tag(LISTING))


def test_and_before_a_new_subject_starts_a_clause(tagger):
    words = split_words("my knees ache a lot and the room spins when I stand and so on")
    stop = tagger.normaliser.stop
    content = [i for i, w in enumerate(words) if w.norm not in stop]
    spins = next(w for w in words if w.raw == "spins")
    match = fusion.TaggedTerm(hpo=VERTIGO, label="Vertigo", start=spins.start - 5, end=spins.end, score=1.0)
    said = {words[i].raw for i in fusion._clause_content(tagger, match, words, content)}
    assert "room" in said and "knees" not in said


HYPOHIDROSIS = "HP:0000966"
SEIZURE = "HP:0001250"


def test_a_part_that_says_no_term_yet_is_read_on_its_own(tagger, monkeypatch):
    assert HYPOHIDROSIS in present(tagger.tag(LISTING))
    monkeypatch.setattr(listed, "PART_ACCEPT", 9.0)  # no part is ever read on its own
    assert HYPOHIDROSIS not in present(tagger.tag(LISTING))


def test_a_part_adds_after_the_sentence_own_terms(tagger):
    got = tagger.tag(LISTING).terms
    added = next(t for t in got if t.hpo == HYPOHIDROSIS)
    assert all(added.score < t.score for t in got if t.hpo != HYPOHIDROSIS)
    assert LISTING[added.start:added.end] == "she scarcely sweats"


@pytest.mark.parametrize("text", [
    "she scarcely sweats and her brother has fits all the time",  # a relative's finding
    "she scarcely sweats and she has never had a fit in her life",  # a denied one
])
def test_a_part_with_a_relative_or_a_denial_adds_nothing(tagger, text):
    assert SEIZURE not in present(tagger.tag(text))


def test_the_parts_of_a_sentence(tagger):
    words = split_words("my knees ache a lot and the room spins when I stand and so on")
    cut = listed.parts(words, 0, len(words), tagger.normaliser.stop)
    assert [" ".join(w.raw for w in words[a:b]) for a, b in cut] == [
        "my knees ache a lot", "and the room spins when I stand and so on"]
