"""POEMS syndrome (ORPHA:2905): the content pack's answers, their sources and status."""

from __future__ import annotations

import pytest

from raremap.answers import QUESTIONS, answer, answers

POEMS = "ORPHA:2905"


@pytest.fixture(scope="module")
def poems(kb):
    return {a.question: a for a in answers(kb, POEMS)}


def test_it_answers_every_question_of_the_catalogue(poems):
    assert list(poems) == [q.slug for q in QUESTIONS]


def test_it_says_poems_is_not_inherited_with_sources(poems):
    a = poems["hereditary"]
    assert a.tldr.text.startswith("No.")
    assert "not passed from parents to children" in a.tldr.text
    assert "acquired" in a.tldr.text
    labels = [s.label for s in a.tldr.sources]
    assert any("DiseaseMaps" in label for label in labels)
    assert any("Orphanet" in label for label in labels)
    assert any(s.role == "cross-check" and "Dispenzieri" in s.label for s in a.tldr.sources)


def test_it_says_poems_is_not_contagious_with_sources(poems):
    a = poems["contagious"]
    assert a.tldr.text.startswith("No.")
    assert "not an infection" in a.tldr.text
    assert all(st.sources for st in a.statements)
    assert {s.kind for s in a.sources} >= {"pack", "citation"}


def test_the_pack_answers_are_marked_curated_not_reviewed(poems):
    for a in poems.values():
        assert a.review.kind == "curated"
        assert not a.review.is_medically_reviewed
        assert "not medically reviewed" in a.review.text
        assert a.origins[0] == "pack:poems"
        assert a.disclaimer


def test_every_pack_statement_has_a_source_and_cross_checks_say_they_were_not_re_read(poems):
    for a in poems.values():
        for st in a.statements:
            if any(s.kind == "pack" for s in st.sources):
                citations = [s for s in st.sources if s.kind == "citation"]
                assert any(not s.role for s in citations), st.text
                for s in citations:
                    if s.role == "cross-check":
                        assert "not re-read" in s.note.lower(), (st.text, s.label)


def test_sources_that_were_not_read_say_so(poems):
    # UpToDate, DermNet, Medscape are GARD's citations; Dispenzieri was named from memory.
    for a in poems.values():
        for s in a.sources:
            if s.kind == "citation" and any(w in s.label for w in ("UpToDate", "DermNet", "Medscape", "Dispenzieri")):
                assert "not re-read" in s.note.lower(), s.label


def _statement(poems, slug, words):
    return next(st for st in poems[slug].statements if words in st.text)


def test_each_statement_cites_a_read_source_that_says_it(poems):
    # GARD says neither when radiation is chosen nor whose stem cells: those statements
    # rest on the Mayo review only, and say so through its note.
    for words in ("one or a few bone lesions", "own blood-forming stem cells"):
        st = _statement(poems, "treatment", words)
        assert "GARD" not in " ".join(s.label for s in st.sources if not s.role), words
    # DiseaseMaps says the light chain is "often" lambda: the pack does not say "nearly always".
    assert "nearly always" not in poems["causes"].text + poems["diagnosis"].text
    assert "most often of the lambda type" in poems["causes"].text
    # The major criteria do not rest on UpToDate alone.
    major = _statement(poems, "diagnosis", "Castleman disease")
    assert any("Dispenzieri" in s.label and not s.role for s in major.sources)


def test_the_outlook_names_no_series_it_cannot_cite(poems):
    text = poems["outlook"].text
    assert "Mayo Clinic series" not in text and "same series" not in text
    assert "13.7 years" in poems["outlook"].tldr.text


def test_osteosclerotic_myeloma_is_a_related_disorder_not_another_name(kb, poems):
    pack_names = [n["name"] for n in kb.section("answers")["packs"]["poems"]["names"]]
    assert "Crow-Fukase syndrome" in pack_names and "Osteosclerotic myeloma" not in pack_names
    assert "not another name for POEMS syndrome" in poems["what-is-it"].text


def test_symptoms_add_the_hpo_bands_after_the_pack_summary(poems, kb):
    a = poems["symptoms"]
    headings = [s.heading for s in a.sections]
    assert headings[0] == "Nerves"
    assert "Always present (100% of people)" in headings
    polyneuropathy = [st for sec in a.sections for st in sec.statements if st.text.startswith("Polyneuropathy")]
    assert polyneuropathy and polyneuropathy[0].sources[0].id == "HP:0001271"


def test_outlook_quotes_the_sourced_survival_figure(poems):
    assert "13.7 years" in poems["outlook"].tldr.text
    assert any("UpToDate" in s.label for s in poems["outlook"].tldr.sources)


def test_diagnosis_points_to_the_criteria_checker(poems):
    text = poems["diagnosis"].text
    assert "criteria set 'POEMS syndrome" in text
    assert "only a doctor can make a diagnosis" in text


def test_other_names_from_the_pack_are_searchable(kb):
    for name in ("Crow-Fukase syndrome", "Takatsuki syndrome", "PEP syndrome"):
        hits = kb.search(name, kind="disease", limit=3)
        assert hits and hits[0].id == POEMS, name


def test_question_aliases_give_the_same_answer(kb):
    assert answer(kb, POEMS, "genetic").question == "hereditary"
    assert answer(kb, POEMS, "infectious").question == "contagious"


def test_a_pack_carries_a_medical_review_only_when_it_names_a_reviewer_and_date(kb):
    import copy

    from raremap.answers.compose import answer as compose_answer
    from raremap.answers.compose import disease_facts

    facts = disease_facts(kb, POEMS)
    assert not compose_answer(kb, POEMS, "hereditary", facts=facts).review.is_medically_reviewed
    reviewed = copy.deepcopy(facts.pack)
    reviewed["review"] = {"reviewer": "Dr A. Example", "reviewed_on": "2026-12-01"}
    facts.pack = reviewed
    a = compose_answer(kb, POEMS, "hereditary", facts=facts)
    assert a.review.is_medically_reviewed
    assert a.review.text == "Reviewed by Dr A. Example on 2026-12-01."
    assert any(s.kind == "reviewer" and s.id == "Dr A. Example" for s in a.tldr.sources)


def test_a_publication_is_listed_once_among_an_answers_sources(kb):
    # Regression: the diagnosis answer listed Dispenzieri 2023 and Rajkumar twice, once as
    # cited by the content pack and once as cited by the criteria set.
    from raremap.answers import answers

    for a in answers(kb, "ORPHA:2905"):
        labels = [s.label for s in a.sources if s.kind == "citation"]
        assert len(labels) == len(set(labels)), (a.question, labels)


def test_readers_see_the_pack_named_by_its_subject_not_its_file(kb, poems):
    from raremap.answers.page_facts import page_facts

    labels = {s.label for a in poems.values() for s in a.sources if s.kind == "pack"}
    assert labels == {"RareMap notes on POEMS syndrome, by the RareMap content team (2026-11-22)"}
    facts = page_facts(kb, POEMS)
    assert "RareMap notes on POEMS syndrome" in facts["sources"]
    assert not any("poems" in s or "pack" in s for s in facts["sources"])


def test_the_automatic_part_under_a_pack_answer_keeps_its_headings(poems):
    # The composed treatment answer refers to "the pages listed under Learn more": under the
    # pack's answer it keeps that heading and the specialists', after its own short answer.
    a = poems["treatment"]
    headings = [sec.heading for sec in a.sections]
    assert headings[-3:] == ["What the automatic answer says", "Specialists usually involved", "Learn more"]
    assert "What the HPO data says" not in headings  # links and specialists are not HPO data
    for answer_ in poems.values():
        if "listed under \u201cLearn more\u201d" in answer_.text:
            assert "Learn more" in [sec.heading for sec in answer_.sections], answer_.question
