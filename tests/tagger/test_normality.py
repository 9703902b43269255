"""Statements that something is normal name no finding ("his corneas are clear")."""

from __future__ import annotations

import pytest

from raremap.engine.tagger.normality import NormalStatements
from raremap.engine.tagger.vocabulary import lay_vocabulary
from raremap.engine.tagger.words import split_words

CATARACT = "HP:0000518"
VOMITING = "HP:0002013"
FINE_HAIR = "HP:0002213"
BROAD_FOOT = "HP:0001769"
HEARING_ABNORMALITY = "HP:0000364"


def present(result) -> list[str]:
    return [t.hpo for t in result.terms if not t.negated]


def normal_words(text: str) -> str:
    words = split_words(text)
    rules = NormalStatements(lay_vocabulary().negation)
    flags = rules.flags(len(words), rules.spans(words))
    return " ".join(w.raw for w, f in zip(words, flags, strict=True) if f)


@pytest.mark.parametrize(("text", "said"), [
    ("His corneas are clear", "His corneas are clear"),
    ("hearing is fine", "hearing is fine"),
    ("the scan of her brain was clear", "her brain was clear"),
    ("her vision is perfectly good", "her vision is perfectly good"),
    ("his corneas are clear but his lenses are cloudy", "his corneas are clear"),
    ("his corneas are clear and his lenses are cloudy", "his corneas are clear"),
    ("she throws up for two days then she's totally fine", "she's totally fine"),
    ("she had a normal hearing test", "normal hearing test"),
    ("hearing normal", "hearing normal"),
    ("his feet are so wide normal shoes don't fit", "normal shoes don't fit"),
    ("his skin isn't clear", ""),
    ("her hearing is not good", ""),
    ("it is not normal", ""),
    ("poor fine motor skills", ""),
    ("clear fluid runs from his nose", ""),
])
def test_which_words_say_something_is_normal(text, said):
    assert normal_words(text) == said


@pytest.mark.parametrize("text", ["His corneas are clear", "hearing is fine", "her vision is good",
                                  "the scan of her brain was clear", "her teeth are perfect", "his skin is clear now",
                                  "she's fine", "hearing normal"])
def test_a_normal_statement_is_no_finding_and_asks_nothing(tagger, text):
    result = tagger.tag(text)
    assert present(result) == []
    assert result.questions == ()


def test_a_normal_statement_is_read_as_denied(tagger):
    result = tagger.tag("his ears are fine, no problems hearing")
    assert HEARING_ABNORMALITY not in present(result)


def test_the_rest_of_the_sentence_is_still_read(tagger):
    assert CATARACT in present(tagger.tag("his corneas are clear but his lenses are cloudy"))
    assert VOMITING in present(tagger.tag("she throws up for two days then she's totally fine"))
    assert BROAD_FOOT in present(tagger.tag("his feet are so wide normal shoes don't fit"))


def test_a_finding_that_holds_the_word_stands(tagger):
    assert present(tagger.tag("her hair is fine and thin"))[:1] == [FINE_HAIR]
    assert present(tagger.tag("he has fine hair"))[:1] == [FINE_HAIR]
