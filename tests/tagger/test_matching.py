"""What the tagger finds: lay wording, body-part paraphrase, typos, plurals, word order,
abbreviations and clinical prose. Cases are hand-written here, apart from the
development set in bench/tagger/ (which stays a measurement)."""

from __future__ import annotations

import pytest


def found(result, negated=None) -> set[str]:
    return {t.hpo for t in result.terms if negated is None or t.negated == negated}


DYSPNEA = "HP:0002094"
ABDOMINAL_PAIN = "HP:0002027"
ABDOMINAL_DISTENTION = "HP:0003270"
SEIZURE = "HP:0001250"
HEADACHE = "HP:0002315"
PARESTHESIA = "HP:0003401"
FEVER = "HP:0001945"
HEPATOMEGALY = "HP:0002240"
SPLENOMEGALY = "HP:0001744"
HYPOTONIA = "HP:0001252"
SCOLIOSIS = "HP:0002650"
KNEE_PAIN = "HP:0030839"
FATIGUE = "HP:0012378"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("after a short jog I'm totally winded", DYSPNEA),
        ("my tummy has been hurting since Sunday", ABDOMINAL_PAIN),
        ("her belly aches after dinner", ABDOMINAL_PAIN),
        ("pins and needles down my left arm", PARESTHESIA),
        ("my knees hurt when it rains", KNEE_PAIN),
        ("I have had zero energy for months", FATIGUE),
    ],
)
def test_it_understands_lay_wording(tagger, text, expected):
    assert expected in found(tagger.tag(text), negated=False)


def test_it_maps_lay_body_parts_to_the_medical_word(tagger):
    # "gut" is in no name of abdominal pain and no lay phrase: the word map says it may
    # mean abdomen, and "hurts" may mean pain
    result = tagger.tag("my gut hurts")
    assert result.terms[0].hpo == ABDOMINAL_PAIN
    assert result.terms[0].source != "lay vocabulary"  # reached through the word map, not a phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [("my son had two siezures", SEIZURE), ("daily headahces", HEADACHE), ("scolioisis of the spine", SCOLIOSIS)],
)
def test_it_forgives_spelling_mistakes(tagger, text, expected):
    result = tagger.tag(text)
    assert expected in found(result)
    term = next(t for t in result.terms if t.hpo == expected)
    assert term.score < 1.0  # a corrected word is worth less than a correct one


def test_plurals_and_singulars_find_the_same_term(tagger):
    assert SEIZURE in found(tagger.tag("one seizure"))
    assert SEIZURE in found(tagger.tag("many seizures"))


def test_word_order_does_not_matter(tagger):
    assert HEPATOMEGALY in found(tagger.tag("the liver was enlarged"))
    assert HEPATOMEGALY in found(tagger.tag("an enlarged liver"))


def test_a_case_sensitive_abbreviation_is_recognised_but_not_a_common_word(tagger):
    assert DYSPNEA in found(tagger.tag("Pt c/o SOB on exertion"))
    assert DYSPNEA not in found(tagger.tag("she began to sob quietly"))


def test_it_tags_clinical_prose_with_several_findings(tagger):
    result = tagger.tag("On examination: hepatomegaly and splenomegaly; marked axial hypotonia.")
    ids = found(result, negated=False)
    assert {HEPATOMEGALY, SPLENOMEGALY} <= ids
    assert any(t.label.lower().endswith("hypotonia") for t in result.terms)


def test_a_more_specific_term_wins_over_its_ancestor_for_the_same_words(tagger):
    ids = found(tagger.tag("pain in my knee"))
    assert KNEE_PAIN in ids
    assert "HP:0012531" not in ids  # Pain, the ancestor, is not also reported


def test_terms_come_best_first_without_duplicates(tagger):
    result = tagger.tag("Fever, fever and more fever; also a headache and feverish nights")
    scores = [t.score for t in result.terms]
    assert scores == sorted(scores, reverse=True)
    assert len({t.hpo for t in result.terms}) == len(result.terms)
    assert all(0 < t.score <= 1 for t in result.terms)


def test_words_with_no_symptom_give_nothing(tagger):
    assert tagger.tag("We drove to the seaside on Saturday and ate ice cream.").terms == ()
