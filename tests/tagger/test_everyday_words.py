"""Everyday words that are not symptoms: a bare body part ("my liver"), a verb that is
also a symptom noun ("no trousers fit him"), a phrase of function words ("in order to")
and hp.obo synonyms that name something else when read alone ("White patch")."""

from __future__ import annotations

import pytest

from raremap.engine.tagger.words import split_words


def found(result, negated=None) -> set[str]:
    return {t.hpo for t in result.terms if negated is None or t.negated == negated}


SEIZURE = "HP:0001250"
POLIOSIS = "HP:0002290"
HYPERORALITY = "HP:0000710"
HEPATITIS = "HP:0012115"
THYROIDITIS = "HP:0100646"
HEPATOMEGALY = "HP:0002240"
ATYPICAL_SORTING = "HP:5200049"


@pytest.mark.parametrize(
    ("text", "wrong"),
    [("my mouth", HYPERORALITY), ("his liver", HEPATITIS), ("problems with his liver", HEPATITIS),
     ("my thyroid", THYROIDITIS)],
)
def test_a_bare_body_part_stands_for_no_disease_like_term(tagger, text, wrong):
    assert wrong not in found(tagger.tag(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("he has hepatitis", HEPATITIS), ("the liver is enlarged", HEPATOMEGALY),
     ("he keeps mouthing everything", HYPERORALITY)],
)
def test_the_term_written_out_is_still_found(tagger, text, expected):
    assert expected in found(tagger.tag(text), negated=False)


@pytest.mark.parametrize("text", ["no trousers fit him", "I fit in well at school", "it fits him"])
def test_the_verb_fit_is_no_seizure(tagger, text):
    assert SEIZURE not in found(tagger.tag(text))


@pytest.mark.parametrize("text", ["he had a fit last night", "she has fits", "fits since age two"])
def test_a_fit_as_a_noun_is_a_seizure(tagger, text):
    assert SEIZURE in found(tagger.tag(text), negated=False)


def test_no_fits_denies_a_seizure(tagger):
    assert SEIZURE in found(tagger.tag("no fits"), negated=True)


@pytest.mark.parametrize("text", ["I do it in order to sleep", "I had to order new shoes"])
def test_ordering_things_is_no_atypical_sorting(tagger, text):
    assert ATYPICAL_SORTING not in found(tagger.tag(text))


def test_a_function_word_phrase_matches_nothing(tagger):
    tokens = tagger.normaliser.tokens(split_words("in order to walk"))
    assert [t.canon for t in tokens if t.alternatives] == [tagger.normaliser.canonical("walk")]


def test_white_patches_alone_are_no_poliosis(tagger):
    assert POLIOSIS not in found(tagger.tag("white patches"))
    assert POLIOSIS in found(tagger.tag("white patches in his hair"), negated=False)


def test_every_refused_synonym_is_a_synonym_of_its_term(kb, tagger):
    for hpo, texts in tagger.vocabulary.not_synonyms.items():
        synonyms = {s.text.lower() for s in kb.ontology.term(hpo).synonyms}
        assert texts <= synonyms, hpo
