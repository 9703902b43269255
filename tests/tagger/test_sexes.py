"""A finding named for one sex follows the person the text is about."""

from __future__ import annotations

import pytest

from raremap.engine.tagger.sexes import person_sex

MALE_LIBIDO = "HP:0040306"  # Decreased male libido
FEMALE_LIBIDO = "HP:0030018"  # Decreased female libido


@pytest.mark.parametrize(("text", "sex"), [
    ("as a bloke of 35 i've lost all interest in sex, my wife thinks it's her", "male"),
    ("I'm a woman in my forties", "female"),
    ("I am a 52 year old man", "male"),
    ("he has no drive at all", "male"),
    ("she says he is tired", None),
    ("I'm a mum of two", None),  # a parent is not the person's sex
    ("no interest in sex", None),
])
def test_the_sex_of_the_person(text, sex):
    assert person_sex(text) == sex


def test_a_man_with_no_interest_in_sex_has_decreased_male_libido(tagger):
    found = {t.hpo for t in tagger.tag("as a man in my thirties I have no interest in sex").terms}
    assert MALE_LIBIDO in found and FEMALE_LIBIDO not in found, found


def test_a_woman_keeps_the_female_term(tagger):
    found = {t.hpo for t in tagger.tag("I'm a woman and I have a low sex drive").terms}
    assert FEMALE_LIBIDO in found and MALE_LIBIDO not in found, found


def test_a_name_written_in_the_text_is_not_swapped(tagger):
    found = {t.hpo for t in tagger.tag("her letter from the clinic says male infertility").terms}
    assert "HP:0003251" in found and "HP:0008222" not in found, found  # Male / Female infertility
