"""Every statement of an automatic answer names the sources of the facts it states.

A sentence about what Orphanet's data says (or does not say) cites Orphanet's facts, so the
answer's source list and status line name Orphanet; a link to read more also names where
the linked gene came from; the note under the specialists names only the reasons that
gave one.
"""

from __future__ import annotations

import re

import pytest

from raremap.answers import QUESTIONS, answer
from raremap.answers.compose import disease_facts

MARFAN = "ORPHA:558"  # Orphanet facts with no prevalence class; FBN1 from HPO's gene links
CYSTIC_FIBROSIS = "ORPHA:586"  # CFTR disease-causing per Orphanet; HPO also links other genes
#: Sentences that state what Orphanet's data holds (or lacks). "Orphanet's page" (a link),
#: "according to Orphanet" (an HPO annotation citing its ORPHA record) are not such claims.
ORPHANET_CLAIM = re.compile(
    r"Orphanet(?:'s data|'s estimate| records| classes| estimates| names| lists|, which gives)|how Orphanet classes")


def _orphanet_key(kb, disease_id):
    src = disease_facts(kb, disease_id).evidence.orphanet_source
    return src.key if src else None


def _without_orphanet_facts(kb) -> str:
    """An OMIM disease with no Orphanet facts, a gene and a GARD link (so "Learn more" exists)."""
    for disease_id in kb.diseases.ids:
        d = kb.disease(disease_id)
        if disease_id.startswith("OMIM:") and not d.orphanet and d.gard_ids and d.genes and d.present_phenotypes:
            return disease_id
    raise AssertionError("the release has no such disease")


def test_marfan_how_common_cites_orphanet_for_what_orphanet_lacks(kb):
    a = answer(kb, MARFAN, "prevalence")
    assert "nor Orphanet's data records a prevalence figure" in a.tldr.text
    assert _orphanet_key(kb, MARFAN) in {s.key for s in a.tldr.sources}
    assert "orphanet" in [s.key for s in a.review.sources]
    assert kb.disease(MARFAN).orphanet.source in a.review.text


def test_how_common_without_orphanet_facts_makes_no_claim_about_orphanet(kb):
    disease_id = _without_orphanet_facts(kb)
    a = answer(kb, disease_id, "prevalence")
    assert not ORPHANET_CLAIM.search(a.text)
    assert "we hold no Orphanet facts about it" in a.tldr.text
    assert "orphanet" not in [s.key for s in a.review.sources]


def test_how_common_without_a_figure_leads_to_pages_to_read(kb):
    a = answer(kb, MARFAN, "prevalence")
    assert not a.has_data
    assert [sec.heading for sec in a.sections] == ["Learn more"]
    assert "may say more" in a.tldr.text


def test_a_gene_link_names_where_the_gene_came_from(kb):
    # FBN1 comes from HPO's gene links (Orphanet gives Marfan no gene role in this release).
    marfan = answer(kb, MARFAN, "treatment")
    fbn1 = next(st for st in marfan.statements if "MedlinePlus" in st.text)
    assert [s.kind for s in fbn1.sources] == ["link", "gene"]
    assert "the HPO data links it to this disease" in fbn1.text
    # CFTR is disease-causing per Orphanet: its link cites Orphanet's facts.
    cf = answer(kb, CYSTIC_FIBROSIS, "treatment")
    cftr = next(st for st in cf.statements if "the CFTR gene" in st.text)
    assert _orphanet_key(kb, CYSTIC_FIBROSIS) in {s.key for s in cftr.sources}
    assert "Orphanet names it as a cause" in cftr.text


def test_the_specialists_note_names_only_the_reasons_that_gave_one(kb):
    marfan = answer(kb, MARFAN, "outlook")
    note = next(st for st in marfan.statements if st.text.startswith("These come from"))
    assert "how Orphanet classes it" in note.text
    assert _orphanet_key(kb, MARFAN) in {s.key for s in note.sources}
    other = answer(kb, _without_orphanet_facts(kb), "outlook")
    note = next(st for st in other.statements if st.text.startswith("These come from"))
    assert "Orphanet" not in note.text


def test_genes_orphanet_does_not_list_cite_orphanet(kb):
    a = answer(kb, CYSTIC_FIBROSIS, "causes")
    st = next(st for st in a.statements if "does not list" in st.text)
    assert _orphanet_key(kb, CYSTIC_FIBROSIS) in {s.key for s in st.sources}


@pytest.mark.parametrize("question", [q.slug for q in QUESTIONS])
def test_every_claim_about_orphanets_data_cites_it(kb, question):
    # One disease in 25, all kinds of record: a sentence that says what Orphanet records
    # cites Orphanet's facts; a disease without them has no such sentence.
    packed = set((kb.section("answers") or {}).get("by_disease", {}))
    checked = 0
    for disease_id in kb.diseases.ids[::25]:
        if disease_id in packed:
            continue  # curated words cite their own publications
        key = _orphanet_key(kb, disease_id)
        for st in answer(kb, disease_id, question).statements:
            if ORPHANET_CLAIM.search(st.text):
                assert key is not None, (disease_id, st.text)
                assert key in {s.key for s in st.sources}, (disease_id, st.text)
                checked += 1
    if question in ("what-is-it", "hereditary", "outlook", "prevalence"):
        assert checked > 0  # the rule was exercised


@pytest.mark.parametrize("disease_id", [MARFAN, CYSTIC_FIBROSIS, "ORPHA:2398", "ORPHA:2905"])
def test_an_answer_lists_each_record_once_and_every_citation_stays_traceable(kb, disease_id):
    for q in QUESTIONS:
        a = answer(kb, disease_id, q.slug)
        records = [s.url for s in a.sources if s.kind in ("reference", "link", "citation") and s.url]
        assert len(records) == len(set(records)), (q.slug, records)
        numbers = a.source_numbers()
        for st in a.statements:
            for s in st.sources:
                kept = a.sources[numbers[s.key] - 1]  # each citation points at a listed source
                assert kept.key == s.key or (kept.url and kept.url == s.url)
                assert len(kept.label) >= len(s.label)  # the fullest label stands for the record
        data = a.to_dict()  # the API's answer: statements keep their own sources
        assert [src["url"] for src in data["sources"]
                if src["kind"] in ("reference", "link", "citation") and src["url"]] == records
        assert all("sources" in st for sec in data["sections"] for st in sec["statements"])


def test_a_packs_citation_of_orphanets_page_and_orphanets_record_are_one_source(kb):
    a = answer(kb, "ORPHA:2905", "what-is-it")
    page = "https://www.orpha.net/en/disease/detail/2905"
    cited = {s.kind for st in a.statements for s in st.sources if s.url == page}
    assert {"citation", "reference"} <= cited  # the pack and the record both cite it
    assert len([s for s in a.sources if s.url == page]) == 1


def test_marfans_outlook_lists_orphanets_record_once_with_its_full_label(kb):
    a = answer(kb, MARFAN, "outlook")
    orphanet = [s for s in a.sources if s.url == "https://www.orpha.net/en/disease/detail/558"]
    assert len(orphanet) == 1
    assert "Marfan syndrome" in orphanet[0].label
