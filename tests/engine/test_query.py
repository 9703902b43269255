"""Resolving the ids of a query: alt ids, obsolete ids, unknown ids, wrong branches."""

from __future__ import annotations

import pytest

from raremap.engine.query import QueryError, resolve_query


def test_alt_ids_are_mapped_and_reported(mini_kb):
    q = resolve_query(mini_kb, ["HP:0002082"])
    assert [mini_kb.ontology.ids[t] for t in q.present] == ["HP:0003401"]
    assert q.issues[0].action == "mapped" and q.issues[0].to == "HP:0003401"


def test_obsolete_ids_follow_replaced_by(mini_kb):
    q = resolve_query(mini_kb, ["HP:0000999"])
    assert [mini_kb.ontology.ids[t] for t in q.present] == ["HP:0001250"]
    assert "obsolete" in q.issues[0].message()


def test_unknown_and_malformed_ids_are_skipped_and_reported(mini_kb):
    q = resolve_query(mini_kb, ["HP:0001271", "HP:7654321", "banana", 42])
    assert [mini_kb.ontology.ids[t] for t in q.present] == ["HP:0001271"]
    assert [i.action for i in q.issues] == ["skipped", "skipped", "skipped"]
    assert "unknown HPO id" in q.issues[0].reason


def test_terms_outside_the_phenotype_branch_are_refused(mini_kb):
    q = resolve_query(mini_kb, ["HP:0000007"])  # autosomal recessive inheritance
    assert q.present == ()
    assert "not a phenotypic abnormality" in q.issues[0].reason


def test_a_term_both_present_and_excluded_counts_as_present(mini_kb):
    q = resolve_query(mini_kb, ["HP:0001271"], ["HP:0001271", "HP:0001250"])
    assert [mini_kb.ontology.ids[t] for t in q.excluded] == ["HP:0001250"]
    assert q.issues[0].reason == "also given as present"


def test_onset_must_be_an_onset_term_and_sex_male_or_female(mini_kb):
    assert resolve_query(mini_kb, ["HP:0001271"], onset="HP:0003581").onset is not None
    q = resolve_query(mini_kb, ["HP:0001271"], onset="HP:0001250")
    assert q.onset is None and "onset" in q.issues[0].reason
    assert resolve_query(mini_kb, ["HP:0001271"], sex="FEMALE").sex == "female"
    assert resolve_query(mini_kb, ["HP:0001271"], sex="unknown_sex").sex is None
    with pytest.raises(QueryError):
        resolve_query(mini_kb, ["HP:0001271"], sex="robot")
