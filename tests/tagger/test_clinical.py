"""Clinical prose: adjectives standing for their nouns, repeated mentions, relatives'
findings kept apart. Hand-written sentences in the style of a case report."""

from __future__ import annotations

from collections import Counter

from raremap.engine.tagger.morphology import adjective_nouns

DYSPLASTIC_PATELLA = "HP:0006446"
ABNORMAL_CLAVICLE = "HP:0000889"
BASAL_CELL_CARCINOMA = "HP:0002671"
CARCINOMA = "HP:0030731"
BRACHYCEPHALY = "HP:0000248"
SEIZURE = "HP:0001250"


def present(result) -> set[str]:
    return {t.hpo for t in result.terms if not t.negated}


def test_adjectives_are_paired_with_the_noun_of_their_root():
    uses = Counter({"clavicular": 3, "clavicle": 9, "vertebral": 4, "vertebra": 5, "ataxic": 2,
                    "ataxia": 7, "asymmetrical": 2, "asymmetric": 3, "asymmetry": 8, "plantar": 4,
                    "plant": 2, "renal": 5, "tubular": 2})
    pairs = adjective_nouns(uses, frozenset({"plantar"}))
    assert pairs["clavicular"] == "clavicle"
    assert pairs["vertebral"] == "vertebra"
    assert pairs["ataxic"] == "ataxia"
    assert pairs["asymmetrical"] == "asymmetry"  # through "asymmetric"
    assert "plantar" not in pairs  # refused: not about a plant
    assert "renal" not in pairs and "tubular" not in pairs  # no noun of that root in use


def test_the_adjective_of_a_body_part_finds_the_noun_form_of_the_term(tagger):
    result = tagger.tag("She had bilateral patellar dysplasia and an abnormal clavicular shape.")
    assert {DYSPLASTIC_PATELLA, ABNORMAL_CLAVICLE} <= present(result)


def test_an_adjective_is_not_read_as_an_inflammation_of_the_same_root(tagger):
    hpo = {t.hpo for t in tagger.tag("Retinal examination was performed.").terms}
    assert "HP:0032118" not in hpo  # Retinitis


def test_a_second_mention_does_not_leave_a_broader_term_behind(tagger):
    text = ("The basal cell nevus syndrome was confirmed. A single basal cell carcinoma was "
            "removed from her back.")
    found = present(tagger.tag(text))
    assert BASAL_CELL_CARCINOMA in found
    assert CARCINOMA not in found  # its words are the second mention of the same finding


def test_a_relatives_findings_are_kept_apart_from_the_persons(tagger):
    result = tagger.tag("Her mother had severe brachycephaly. The girl has seizures.")
    assert BRACHYCEPHALY not in present(result)
    assert SEIZURE in present(result)
    assert BRACHYCEPHALY in {t.hpo for t in result.relatives}
    assert SEIZURE not in {t.hpo for t in result.relatives}
