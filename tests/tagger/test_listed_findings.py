"""A sentence that lists several findings keeps a word match that is most of its own
clause, whatever else the sentence says."""

from __future__ import annotations

from raremap.engine.tagger import fusion
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
    assert VERTIGO not in present(tagger.tag(LISTING))


def test_and_before_a_new_subject_starts_a_clause(tagger):
    words = split_words("my knees ache a lot and the room spins when I stand and so on")
    stop = tagger.normaliser.stop
    content = [i for i, w in enumerate(words) if w.norm not in stop]
    spins = next(w for w in words if w.raw == "spins")
    match = fusion.TaggedTerm(hpo=VERTIGO, label="Vertigo", start=spins.start - 5, end=spins.end, score=1.0)
    said = {words[i].raw for i in fusion._clause_content(tagger, match, words, content)}
    assert "room" in said and "knees" not in said
