""""Which of these do you mean?": vague text yields choices in plain language."""

from __future__ import annotations


def test_vague_text_asks_with_several_plain_language_choices(tagger):
    text = "my skin has been weird lately"
    result = tagger.tag(text)
    assert result.questions
    q = result.questions[0]
    assert text[q.start : q.end] == q.phrase
    assert len(q.choices) >= 3
    assert len({c.hpo for c in q.choices}) == len(q.choices)
    assert any(c.lay_names for c in q.choices)
    assert all(c.definition or c.lay_names for c in q.choices)
    skin = "HP:0000951"
    ont = tagger.kb.ontology
    assert all(c.hpo == skin or ont.is_a(c.hpo, skin) for c in q.choices)


def test_clear_text_asks_nothing(tagger):
    assert tagger.tag("sharp chest pain when I breathe in").questions == ()


def test_text_with_only_partial_matches_offers_them_as_choices(tagger):
    result = tagger.tag("trouble with my tummy")
    assert result.questions
    assert result.questions[0].choices


def test_questions_can_be_turned_off(tagger):
    assert tagger.tag("my skin is strange", questions=False).questions == ()
