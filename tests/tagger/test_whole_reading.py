"""A firm word match for part of a sentence yields to the sentence's whole reading when
the whole sentence clearly says another finding."""

from __future__ import annotations

from raremap.engine.tagger import fusion

DARK_URINE = "HP:0040319"
MYOGLOBINURIA = "HP:0002913"
FEVER = "HP:0001945"


def first(result) -> str | None:
    present = [t.hpo for t in result.terms if not t.negated]
    return present[0] if present else None


def test_the_whole_sentence_says_more_than_its_firm_words(tagger, monkeypatch):
    text = "my pee went dark as cola after the football match and my calves were agony"
    assert first(tagger.tag(text)) == MYOGLOBINURIA
    monkeypatch.setattr(fusion, "WHOLE_MARGIN", 9.0)  # the whole reading never wins
    assert first(tagger.tag(text)) == DARK_URINE


def test_a_firm_match_stands_when_the_sentence_says_nothing_more(tagger):
    got = {t.hpo for t in tagger.tag("his pee is dark and he has a fever").terms if not t.negated}
    assert {DARK_URINE, FEVER} <= got
    assert MYOGLOBINURIA not in got
