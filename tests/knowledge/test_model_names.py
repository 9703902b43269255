"""The named values of the knowledge model: aspects, sexes, absent features, roots."""

import numpy as np

from raremap.knowledge.frequency import Band, parse_frequency
from raremap.knowledge.inverted_index import inverted_index
from raremap.knowledge.model import (
    ASPECT_CODES,
    PHENOTYPIC_ABNORMALITY,
    Aspect,
    Sex,
    is_absent,
)
from raremap.knowledge.parsers.hpoa import ASPECTS


def test_aspects_are_the_letters_of_phenotype_hpoa():
    assert set(ASPECT_CODES) == ASPECTS
    assert [Aspect.from_code(a.code) for a in Aspect] == list(Aspect)
    assert Aspect.from_code("P") is Aspect.PHENOTYPE and Aspect.INHERITANCE.code == "I"


def test_sexes_read_and_write_the_release_column():
    assert Sex.from_code(None) is Sex.ANY and Sex.from_code("FEMALE") is Sex.FEMALE
    assert [s.code for s in Sex] == [None, "MALE", "FEMALE"]
    assert Sex.MALE.other is Sex.FEMALE and Sex.ANY.other is Sex.ANY


def test_absent_is_not_or_the_excluded_band_for_values_and_arrays():
    assert is_absent(True, Band.FREQUENT) and is_absent(False, Band.EXCLUDED)
    assert not is_absent(False, Band.OBLIGATE)
    assert parse_frequency("0/7").band is Band.EXCLUDED, "a count of 0 falls in the excluded band"
    negated = np.array([True, False, False])
    band = np.array([int(Band.FREQUENT), int(Band.EXCLUDED), int(Band.UNKNOWN)], dtype=np.int8)
    assert is_absent(negated, band).tolist() == [True, True, False]


def test_the_catalog_masks_agree_with_the_annotations(kb):
    d = kb.diseases
    disease = kb.disease("ORPHA:2905")
    rows = d.rows_of(disease.id)
    assert int(d.absent_phenotype[rows].sum()) == len(disease.absent_phenotypes)
    assert int(d.present_phenotype[rows].sum()) == len(disease.present_phenotypes)
    assert kb.ontology.children(PHENOTYPIC_ABNORMALITY)


def test_the_inverted_index_lists_each_entry_once_per_token():
    index = inverted_index([["pins", "needles", "pins"], ["needles"], []])
    assert index.vocab == {"pins": 0, "needles": 1}
    assert index.entry_tokens == [(0, 1), (1,), ()]
    ptr, post = index.postings_ptr, index.postings
    assert post[ptr[1]:ptr[2]].tolist() == [0, 1] and index.document_frequency.tolist() == [1, 2]
