"""Findings only a pregnancy shows are read by meaning only from a text that speaks of a
pregnancy (tagger/pregnancy.py); their names, matched as words, always count."""

from __future__ import annotations

import numpy as np

from raremap.engine.tagger import fusion, pregnancy

OLIGOHYDRAMNIOS = "HP:0001562"
HYDROPS_FETALIS = "HP:0001789"


def found(result) -> list[str]:
    return [t.hpo for t in result.terms if not t.negated]


def prenatal(tagger, ids) -> list[str]:
    slots = set(pregnancy.prenatal_slots(tagger).tolist())
    return [h for h in ids if tagger.lexicon.slot_of.get(h) in slots]


def test_the_prenatal_terms_are_the_fetus_the_fluid_and_the_embryo(tagger):
    slots = pregnancy.prenatal_slots(tagger)
    ids = {tagger.lexicon.term_ids[s] for s in slots.tolist()}
    assert {OLIGOHYDRAMNIOS, HYDROPS_FETALIS} <= ids
    assert "HP:0032434" not in ids  # Delayed umbilical cord separation: seen after birth
    assert "HP:0001250" not in ids  # Seizure
    assert len(ids) > 50


def test_a_text_without_a_pregnancy_gets_no_prenatal_term_by_meaning(tagger):
    for text in ("my newborn's cheek is always wet from a teary eye",
                 "my little boy drinks so much water, always wanting more",
                 "my son is swollen all over, his face, tummy and legs"):
        assert prenatal(tagger, found(tagger.tag(text))) == [], text


def test_a_text_about_a_pregnancy_still_gets_them(tagger):
    got = found(tagger.tag("at my scan they said there was too little water around the baby"))
    assert prenatal(tagger, got)


def test_the_gate_is_what_keeps_them_out(tagger, monkeypatch):
    text = "my little boy drinks so much water, always wanting more"
    assert found(tagger.tag(text))[0] == "HP:0001959"  # Polydipsia
    monkeypatch.setattr(fusion, "unsaid_prenatal", lambda t, s: np.zeros(0, dtype=np.int64))
    assert prenatal(tagger, found(tagger.tag(text)))  # without the gate, meaning answers a prenatal term


def test_a_prenatal_name_said_in_words_is_found_without_a_pregnancy_word(tagger):
    assert OLIGOHYDRAMNIOS in found(tagger.tag("Oligohydramnios was noted."))
