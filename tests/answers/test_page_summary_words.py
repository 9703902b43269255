""""In short" on a disease page speaks of the features recorded, not of the condition.

With one broad annotation ("Abnormality of metabolism/homeostasis") the page said that
Premature centromere division "is a condition that mostly affects metabolism", which reads
as a clinical fact the data does not give.
"""

from __future__ import annotations

from raremap.answers.page_facts import FEW_FEATURES, page_facts


def test_a_disease_with_few_features_says_what_they_involve_without_most_often(kb):
    did = "OMIM:212790"  # Premature centromere division: one recorded feature
    assert len({a.hpo_id for a in kb.disease(did).present_phenotypes}) <= FEW_FEATURES
    kind = page_facts(kb, did)["kind"]
    assert kind == "Premature centromere division is a condition whose recorded features involve metabolism."


def test_a_disease_with_many_features_names_the_parts_they_most_often_involve(kb):
    kind = page_facts(kb, "ORPHA:558")["kind"]
    assert "Its recorded features most often involve the muscles, bones and joints" in kind
    assert "mostly affects" not in kind


def test_a_chromosomal_condition_with_two_features_keeps_its_kind_first(kb):
    kind = page_facts(kb, "DECIPHER:62")["kind"]
    assert kind.startswith("1q21.1 recurrent microdeletion (susceptibility locus for neurodevelopmental "
                           "disorders) is a chromosomal condition")
    assert kind.endswith("Its recorded features involve the nervous system, the head and neck and the "
                         "muscles, bones and joints.")


def test_the_what_is_it_answer_words_few_features_the_same_way(kb):
    from raremap.answers import answer

    tldr = answer(kb, "OMIM:212790", "what-is-it").tldr.text
    assert "Its recorded features involve metabolism; the HPO release lists 1 feature for it." in tldr
    assert "Its recorded features most often involve the muscles" in answer(kb, "ORPHA:558", "what-is-it").tldr.text


def test_the_similar_answer_says_too_few_features_rather_than_listing_weak_matches(kb):
    from raremap.answers import answer

    sparse = answer(kb, "OMIM:212790", "similar")
    assert "records too few specific features of Premature centromere division" in sparse.tldr.text
    assert "too few" not in answer(kb, "ORPHA:558", "similar").tldr.text
