"""A broader term written whole inside a longer match ("hearing loss" in "sensorineural
hearing loss") is a mention of its own, returned apart in ``TagResult.nested``."""

from __future__ import annotations

from tests.tagger.test_abstracts import FRAME

SENSORINEURAL_HEARING_IMPAIRMENT = "HP:0000407"
HEARING_IMPAIRMENT = "HP:0000365"
SPINA_BIFIDA = "HP:0002414"
SPINA_BIFIDA_OCCULTA = "HP:0003298"
THROMBOCYTOPENIA = "HP:0001873"
AUTOIMMUNITY = "HP:0002960"
NEVUS = "HP:0003764"
SLANTING = "HP:0200006"  # Slanting of the palpebral fissure
CARDIOMYOPATHY = "HP:0001638"


def tag(tagger, *sentences: str):
    text = FRAME.format(" ".join(sentences))
    assert len(text) > 280
    return tagger.tag(text)


def test_the_parent_named_inside_a_longer_mention_is_nested_not_a_term(tagger):
    result = tag(tagger, "The girl has had sensorineural hearing loss since birth.")
    assert SENSORINEURAL_HEARING_IMPAIRMENT in {t.hpo for t in result.terms}
    assert HEARING_IMPAIRMENT not in {t.hpo for t in result.terms}
    nested = {t.hpo: t for t in result.nested}
    assert HEARING_IMPAIRMENT in nested
    assert result.text[nested[HEARING_IMPAIRMENT].start : nested[HEARING_IMPAIRMENT].end] == "hearing loss"


def test_mentions_nest_inside_mentions(tagger):
    result = tag(tagger, "Radiographs showed occult spina bifida at L5 in the father.")
    assert {SPINA_BIFIDA_OCCULTA, SPINA_BIFIDA} <= {t.hpo for t in result.nested}


def test_a_modifier_is_no_nested_mention(tagger):
    result = tag(tagger, "She was treated for autoimmune thrombocytopenia at twelve.")
    nested = {t.hpo for t in result.nested}
    assert THROMBOCYTOPENIA in nested
    assert AUTOIMMUNITY not in nested


def test_words_apart_and_grouping_classes_are_not_nested(tagger):
    result = tag(tagger, "He had numerous basal cell nevi and downward slanting palpebral fissures.")
    nested = {t.hpo for t in result.nested}
    assert NEVUS not in nested  # "numerous … nevi" is not written as one phrase
    assert SLANTING not in nested  # few diseases are annotated with this class


def test_a_nested_mention_is_denied_with_the_longer_one(tagger):
    result = tag(tagger, "There was no sensorineural hearing loss in any of them.")
    nested = {t.hpo: t.negated for t in result.nested}
    assert nested.get(HEARING_IMPAIRMENT) is True


def test_a_relatives_longer_mention_nests_too(tagger):
    result = tag(tagger, "Her mother had dilated cardiomyopathy and died at the age of forty.")
    assert CARDIOMYOPATHY in {t.hpo for t in result.nested}
    assert CARDIOMYOPATHY not in {t.hpo for t in result.terms}


def test_a_patients_line_keeps_its_terms_and_the_batch_shape(tagger):
    result = tagger.tag("I have sensorineural hearing loss")
    assert [t.hpo for t in result.terms] == [SENSORINEURAL_HEARING_IMPAIRMENT]
    assert "nested" not in result.to_dict()


def test_the_parent_written_first_nests_before_more_words_of_the_match(tagger):
    # the broader term first, the words that narrow it after it ("… occulta")
    result = tag(tagger, "A lumbar MRI at nine showed spina bifida occulta and a tethered cord.")
    assert SPINA_BIFIDA_OCCULTA in {t.hpo for t in result.terms}
    assert SPINA_BIFIDA in {t.hpo for t in result.nested}
    # a modifier written first is not (the case above, with more words after it)
    result = tag(tagger, "Autoimmune thrombocytopenia and eczema began in his third year.")
    assert AUTOIMMUNITY not in {t.hpo for t in result.nested}
