"""Orphanet sometimes lists "not genetically inherited" beside a pattern (KBG syndrome:
autosomal dominant and not genetically inherited). The answer and the page's facts say
that it lists both, and drop none of its entries."""

from __future__ import annotations

from raremap.answers import answer
from raremap.answers.composers.hereditary import orphanet_label
from raremap.answers.page_facts import page_facts

KBG = "ORPHA:2332"


def _norm(text: str) -> str:
    return " ".join(text.split())


def _mixed(kb) -> list[str]:
    """Every disease whose Orphanet facts list "not genetically inherited" with something else."""
    out = []
    for i in range(len(kb.diseases)):
        d = kb.diseases.disease_at(i)
        labels = [x.label for x in (d.orphanet.inheritance if d.orphanet else ())]
        if "not genetically inherited" in labels and len(labels) > 1:
            out.append(d.id)
    return out


def test_kbg_says_orphanet_lists_both(kb):
    a = answer(kb, KBG, "hereditary")
    tldr = _norm(a.tldr.text)
    assert "The HPO release records its inheritance as autosomal dominant." in tldr
    assert "Orphanet lists both autosomal dominant inheritance and \u201cnot genetically inherited\u201d." in tldr
    assert "Orphanet records the same" not in tldr
    assert "What Orphanet lists" in [s.heading for s in a.sections]
    facts = page_facts(kb, KBG)
    assert facts["inheritance"].startswith(
        "How it is inherited: autosomal dominant, and also not genetically inherited (Orphanet lists both); "
        "autosomal dominant inheritance (HPO).")
    assert [(r["text"], r["source"]) for r in facts["inheritance_box"]] == [
        ("Autosomal dominant", "Orphanet"), ("Also not genetically inherited", "Orphanet"),
        ("Autosomal dominant inheritance", "HPO")]


def test_every_mixed_orphanet_entry_is_reported_in_full(kb):
    mixed = _mixed(kb)
    assert len(mixed) > 100  # the real kb has several hundred
    for disease_id in mixed:
        d = kb.disease(disease_id)
        text = _norm(answer(kb, disease_id, "hereditary").text)
        for i in d.orphanet.inheritance:
            label = orphanet_label(i.label)
            assert label in text or label.capitalize() in text, (disease_id, label)
        facts = page_facts(kb, disease_id)
        if not any(r["source"].startswith("RareMap notes on") for r in facts["inheritance_rows"]):
            assert "(Orphanet lists " in facts["inheritance"], disease_id


def test_an_unmixed_disease_keeps_its_wording(kb):
    tldr = _norm(answer(kb, "OMIM:154700", "hereditary").tldr.text)  # Marfan: both sources agree
    assert "Orphanet records the same." in tldr and "lists both" not in tldr
    assert "(Orphanet lists" not in page_facts(kb, "OMIM:154700")["inheritance"]


def test_an_infection_names_what_orphanet_records_in_the_short_answer(kb):
    # Nothing recorded by either source: the answer says so.
    assert _norm(answer(kb, "ORPHA:340", "hereditary").tldr.text).startswith(
        "No pattern of inheritance is recorded for Hemorrhagic fever-renal syndrome")
    # Orphanet records "not genetically inherited": the answer names it, not "nothing recorded".
    zygo = _norm(answer(kb, "ORPHA:73263", "hereditary").tldr.text)
    assert zygo.startswith("No. Orphanet records Zygomycosis as not genetically inherited, and it is an infection")
    # Orphanet records multigenic/multifactorial only: listed in full, the sentence complete.
    leprosy = answer(kb, "ORPHA:548", "hereditary")
    tldr = _norm(leprosy.tldr.text)
    assert tldr.startswith("The HPO release records no pattern of inheritance for Leprosy")
    assert tldr.endswith("Orphanet lists multigenic/multifactorial inheritance.")
    assert any(s.label.startswith("Orphanet") for s in leprosy.tldr.sources)
    # Both entries of a mixed infection.
    hsv = _norm(answer(kb, "ORPHA:1930", "hereditary").tldr.text)
    assert "Orphanet lists both multigenic/multifactorial inheritance and \u201cnot genetically inherited\u201d." in hsv
