"""Two present findings that say opposite things of the same words ("doesn't sweat a lot"
is not both less and more sweating), and negations written in any form."""

from __future__ import annotations

import pytest

from raremap.engine.tagger.opposites import are_opposites, drop_contradictions
from raremap.engine.tagger.result import TaggedTerm

HYPERHIDROSIS = "HP:0000975"
HYPOHIDROSIS = "HP:0000966"
TALL = "HP:0000098"
SHORT = "HP:0004322"
MACROCEPHALY = "HP:0000256"
MICROCEPHALY = "HP:0000252"
SEIZURE = "HP:0001250"


def present(result) -> set[str]:
    return {t.hpo for t in result.terms if not t.negated}


@pytest.mark.parametrize(("a", "b"), [(HYPERHIDROSIS, HYPOHIDROSIS), (TALL, SHORT), (MACROCEPHALY, MICROCEPHALY)])
def test_opposites_are_read_from_names_and_parents(kb, a, b):
    assert are_opposites(kb.ontology, a, b) and are_opposites(kb.ontology, b, a)


@pytest.mark.parametrize(("a", "b"), [(HYPERHIDROSIS, SEIZURE), (HYPOHIDROSIS, "HP:0000970"), (TALL, TALL)])
def test_other_terms_are_no_opposites(kb, a, b):
    # Anhidrosis' name says no direction; Seizure is elsewhere; a term is no opposite of itself
    assert not are_opposites(kb.ontology, a, b)


@pytest.mark.parametrize("text", ["doesn't sweat a lot", "he doesn't sweat a lot", "he does not sweat a lot"])
def test_no_two_present_opposites(tagger, text):
    # was Hypohidrosis and Hyperhidrosis, both present
    assert not {HYPERHIDROSIS, HYPOHIDROSIS} <= present(tagger.tag(text))


def _term(kb, hpo, start, end, score, source="lay vocabulary", negated=False):
    return TaggedTerm(hpo=hpo, label=kb.ontology.name(hpo), start=start, end=end, score=score, negated=negated,
                      matched="", source=source)


def test_the_better_supported_opposite_stands(kb):
    hypo, hyper = _term(kb, HYPOHIDROSIS, 0, 13, 0.95), _term(kb, HYPERHIDROSIS, 8, 19, 0.9)
    assert drop_contradictions(kb.ontology, [hypo, hyper]) == [hypo]
    by_meaning = _term(kb, HYPOHIDROSIS, 0, 19, 0.99, source="meaning")
    assert drop_contradictions(kb.ontology, [by_meaning, hyper]) == [hyper]  # the words' own match first
    assert drop_contradictions(kb.ontology, [_term(kb, HYPOHIDROSIS, 0, 13, 0.9), hyper]) == []  # balanced


def test_opposites_apart_or_denied_both_stand(kb):
    apart = [_term(kb, TALL, 0, 4, 0.9), _term(kb, SHORT, 20, 25, 0.9)]  # different words
    assert drop_contradictions(kb.ontology, apart) == apart
    denied = [_term(kb, HYPOHIDROSIS, 0, 13, 0.9), _term(kb, HYPERHIDROSIS, 8, 19, 0.9, negated=True)]
    assert drop_contradictions(kb.ontology, denied) == denied


@pytest.mark.parametrize("text", ["does not sweat", "he does not sweat", "I do not sweat", "he doesn't sweat",
                                  "he don't sweat"])
def test_negation_forms_read_alike(tagger, text):
    # "does not sweat" was read by meaning only; "doesn't sweat" is a lay expression
    got = [t for t in tagger.tag(text).terms if t.hpo == HYPOHIDROSIS]
    assert got and not got[0].negated and got[0].source == "lay vocabulary"


def test_a_negation_form_still_denies(tagger):
    for text in ("he does not have seizures", "he doesn't have seizures", "she do not have seizures"):
        assert (SEIZURE, True) in {(t.hpo, t.negated) for t in tagger.tag(text).terms}
