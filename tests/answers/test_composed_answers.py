"""Answers composed from HPO facts alone, for diseases without a content pack."""

from __future__ import annotations

import pytest

from raremap.answers import UnknownQuestionError, answer, answers
from raremap.knowledge import UnknownIdError
from raremap.knowledge.pages import disease_page

CYSTIC_FIBROSIS = "OMIM:219700"  # autosomal recessive, gene CFTR


def _without_inheritance_or_genes(kb) -> str:
    """The first disease (catalogue order) with no inheritance, no gene and no pack."""
    packed = set((kb.section("answers") or {}).get("by_disease", {}))
    for disease_id in kb.diseases.ids:
        d = kb.disease(disease_id)
        if not d.inheritance and not d.genes and disease_id not in packed and d.present_phenotypes:
            return disease_id
    raise AssertionError("the release has no such disease")


def test_an_autosomal_recessive_disease_says_so_and_explains_siblings_and_children(kb):
    a = answer(kb, CYSTIC_FIBROSIS, "hereditary")
    assert a.tldr.text.startswith("Yes, Cystic fibrosis can be inherited.")
    assert "autosomal recessive" in a.tldr.text
    assert "CFTR" in a.tldr.text
    text = a.text
    assert "1 in 4 (25%)" in text
    assert "brothers and sisters" in text
    assert "carriers" in text
    ar = [s for s in a.tldr.sources if s.id == "HP:0000007"]
    assert ar and ar[0].kind == "annotation"
    assert any(s.id == "OMIM:219700" for s in a.tldr.sources)
    assert a.review.kind == "automatic"
    # The tl;dr cites Orphanet's facts and the entry joins ORPHA:586 and OMIM:219700.
    assert a.review.text.startswith(f"Compiled automatically from HPO {kb.release}, Orphanet (")
    assert " and MONDO mappings (" in a.review.text and a.review.text.endswith("), not yet reviewed.")


def test_an_autosomal_dominant_disease_gives_the_one_in_two_chance(kb):
    dominant = next(i for i in kb.diseases.ids
                    if [a.hpo_id for a in kb.disease(i).inheritance] == ["HP:0000006"])  # fmt: skip
    a = answer(kb, dominant, "hereditary")
    assert "autosomal dominant" in a.tldr.text
    assert "1 in 2 (50%)" in a.text


def test_a_disease_without_inheritance_data_says_the_data_is_missing(kb):
    disease_id = _without_inheritance_or_genes(kb)
    a = answer(kb, disease_id, "hereditary")
    assert not a.has_data
    assert "does not say whether" in a.tldr.text
    assert "records no pattern of inheritance and no gene" in a.tldr.text
    assert "Missing data does not mean the condition is not inherited" in a.tldr.text
    c = answer(kb, disease_id, "contagious")
    assert not c.has_data
    assert "does not say whether" in c.tldr.text
    assert not c.tldr.text.startswith("No")


def test_a_genetic_condition_is_not_contagious(kb):
    a = answer(kb, CYSTIC_FIBROSIS, "contagious")
    assert a.tldr.text.startswith("No.")
    assert "genetic condition" in a.tldr.text
    # CF is annotated with recurrent infections: the answer keeps the two apart.
    assert "Infections are a separate matter" in [s.heading for s in a.sections]


def test_sporadic_alone_is_not_taken_as_proof_of_a_genetic_cause(kb):
    sporadic = next(i for i in kb.diseases.ids
                    if [a.hpo_id for a in kb.disease(i).inheritance] == ["HP:0003745"] and not kb.disease(i).genes)  # fmt: skip
    assert not answer(kb, sporadic, "contagious").tldr.text.startswith("No.")
    assert "usually is not inherited" in answer(kb, sporadic, "hereditary").tldr.text


def test_symptoms_come_from_the_frequency_bands(kb):
    a = answer(kb, CYSTIC_FIBROSIS, "symptoms")
    assert "include elevated sweat chloride" in a.tldr.text  # lower case inside the sentence
    # Cystic fibrosis's figures are counts of reported people (n of m), so the obligate
    # band speaks of the people reported, not of everyone, as the disease page's heading does.
    headings = [s.heading for s in a.sections]
    assert "In all of the people reported so far (100%)" in headings
    assert "Always present (100% of people)" not in headings
    page = disease_page(kb, CYSTIC_FIBROSIS)
    assert [b["heading"] for b in page["bands"]] == headings[:len(page["bands"])]


def test_questions_the_hpo_cannot_answer_say_so(kb):
    assert answer(kb, CYSTIC_FIBROSIS, "treatment").tldr.text.startswith("The data we use does not")
    a = answer(kb, "ORPHA:2584", "prevalence")  # no prevalence in HPO nor Orphanet
    assert not a.has_data and a.tldr.text.startswith("The data we use does not")


def test_prevalence_comes_from_orphanet_in_plain_words(kb):
    a = answer(kb, CYSTIC_FIBROSIS, "prevalence")  # one entry with ORPHA:586
    assert a.has_data and "more than 1 in 1,000 births" in a.tldr.text
    assert any(s.id == "ORPHA:586" for s in a.tldr.sources)


def test_a_treatment_answer_leads_to_specialists_and_pages_to_read(kb):
    a = answer(kb, CYSTIC_FIBROSIS, "treatment")
    headings = [s.heading for s in a.sections]
    assert headings == ["Specialists usually involved", "Learn more"]
    assert all(s.url for st in a.sections[1].statements for s in st.sources)


def test_answers_hold_on_a_sample_of_all_diseases(kb):
    """Every 97th disease (131 of them): every statement has a source, every answer a
    status and the disclaimer, and 'no data' answers never answer yes or no."""
    for disease_id in kb.diseases.ids[::97]:
        for a in answers(kb, disease_id):
            assert all(st.sources for st in a.statements), (disease_id, a.question)
            assert a.review.text and a.disclaimer and a.last_updated
            if not a.has_data:
                assert not a.tldr.text.startswith(("Yes", "No.")), (disease_id, a.question)
            a.to_dict()


def test_unknown_question_and_unknown_disease_are_clear_errors(kb):
    with pytest.raises(UnknownQuestionError, match="is not a question we answer"):
        answer(kb, CYSTIC_FIBROSIS, "is it tasty")
    with pytest.raises(UnknownIdError):
        answer(kb, "ORPHA:99999999", "hereditary")


def test_a_genetic_susceptibility_to_an_infection_is_not_answered_with_a_flat_no(kb):
    # OMIM:619396: a genetic susceptibility to herpes-virus encephalopathy (autosomal dominant).
    a = answer(kb, "OMIM:619396", "contagious")
    assert a.tldr.text.startswith("Not the condition itself.")
    assert "depending on the germ" in a.tldr.text


def test_term_names_inside_a_sentence_are_lower_case_but_acronyms_are_kept(kb):
    from raremap.answers.phrases import lower_first

    tldr = answer(kb, "ORPHA:558", "symptoms").tldr.text
    assert "include aortic aneurysm (" in tldr and "Aortic aneurysm" not in tldr
    assert [lower_first(t) for t in ("Death in infancy", "EEG with burst suppression", "IgA nephropathy")] == [
        "death in infancy", "EEG with burst suppression", "IgA nephropathy"]


def _without_features(kb) -> str:
    """The first disease (catalogue order) with no present feature, no Orphanet facts, no pack."""
    packed = set((kb.section("answers") or {}).get("by_disease", {}))
    return next(d for d in kb.diseases.ids
                if not kb.disease(d).present_phenotypes and not kb.disease(d).orphanet and d not in packed)


def test_a_disease_without_recorded_features_is_not_said_to_have_none(kb):
    # Nothing recorded is not "no symptoms", and not "nothing looks like it".
    disease_id = _without_features(kb)
    name = kb.disease(disease_id).name
    similar = answer(kb, disease_id, "similar")
    assert similar.tldr.text == (f"The HPO release records no features of {name}, so RareMap cannot compare it "
                                 "with other conditions.")
    assert not similar.has_data
    # What the release does record about it (features known to be absent) is still listed.
    symptoms = answer(kb, disease_id, "symptoms")
    absent = kb.disease(disease_id).absent_phenotypes
    assert absent  # this release records one for the disease found first
    assert [sec.heading for sec in symptoms.sections] == ["Features recorded as absent"]
    assert absent[0].name in symptoms.text
    from raremap.answers.page_facts import page_facts

    kind = page_facts(kb, disease_id)["kind"]
    assert kind == f"{name} is a condition the Human Phenotype Ontology records, but it lists none of its symptoms."
