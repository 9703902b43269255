"""The sentence's own reading comes first when it is clearly nearer to the sentence than
the term the fusion of words and meaning put first (``fusion.SECOND_LOOK_MARGIN``)."""

from __future__ import annotations

from raremap.engine.tagger import fusion

HAND_TREMOR = "HP:0002378"
ACTION_TREMOR = "HP:0002345"


def present(result) -> list[str]:
    return [t.hpo for t in result.terms if not t.negated]


def test_a_clear_reading_of_the_whole_sentence_comes_first(tagger, monkeypatch):
    text = "his hand shakes more and more as it gets near the cup he is reaching for"
    got = present(tagger.tag(text))
    assert got[0] == ACTION_TREMOR
    assert HAND_TREMOR in got  # the words' own finding stays, second
    monkeypatch.setattr(fusion, "SECOND_LOOK_MARGIN", 9.0)  # no second look
    assert present(tagger.tag(text))[0] == HAND_TREMOR


def test_a_sentence_its_words_say_keeps_their_finding(tagger):
    assert present(tagger.tag("his hands shake all the time"))[0] == HAND_TREMOR


def test_no_second_look_at_a_denial(tagger):
    got = tagger.tag("his hand never shakes as it gets near the cup he is reaching for")
    assert ACTION_TREMOR not in present(got)
