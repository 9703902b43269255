"""Orphanet's facts, MONDO's ids and the classification tree on the real release."""

from __future__ import annotations

import pytest

from raremap.knowledge.orphanet import RARE_INFECTIOUS_DISEASE, plain_prevalence


def test_poems_gets_orphanet_facts_kept_apart_from_hpo(kb):
    d = kb.disease("ORPHA:2905")
    assert d.orphanet is not None and d.orphanet.name == "POEMS syndrome"
    assert [o.label for o in d.orphanet.onset] == ["adult", "elderly"]
    assert [i.label for i in d.orphanet.inheritance] == ["unknown inheritance"]
    assert d.orphanet.inheritance[0].is_genetic is None
    assert "Crow-Fukase syndrome" in d.orphanet.synonyms
    assert any(g.name == "Plasma cell tumor" for g in d.orphanet.groups)
    assert {"MONDO:0017364", "GARD:0007411"} <= set(d.ids)
    assert d.inheritance_by_source().get("Orphanet") == ("unknown inheritance",)
    assert all(not a.source_id or a.source_id.startswith(("ORPHA:", "OMIM:")) for a in d.phenotypes)


def test_whipple_disease_is_a_rare_infectious_disease(kb):
    whipple = kb.disease("ORPHA:3452")
    assert whipple.is_rare_infectious_disease and whipple.in_group(RARE_INFECTIOUS_DISEASE)
    assert [i.label for i in whipple.orphanet.inheritance] == ["not genetically inherited"]
    assert not kb.disease("ORPHA:2905").is_rare_infectious_disease


def test_cystic_fibrosis_modifier_genes_keep_their_role(kb):
    genes = {g.symbol: g for g in kb.disease("ORPHA:586").orphanet.genes}
    assert genes["CFTR"].is_cause and genes["CFTR"].kind == "causal"
    assert genes["TGFB1"].kind == "modifier" and not genes["TGFB1"].is_cause
    assert genes["TGFB1"].role == "Modifying germline mutation in"
    assert "TGFB1" not in {g.symbol for g in kb.disease("ORPHA:586").orphanet.causal_genes}


@pytest.mark.parametrize(("label", "plain"), [
    ("<1 / 1 000 000", "fewer than 1 in 1,000,000 people"),
    ("1-9 / 100 000", "1 to 9 in 100,000 people"),
    (">1 / 1000", "more than 1 in 1,000 people"),
])  # fmt: skip
def test_prevalence_classes_in_plain_words(label, plain):
    assert plain_prevalence(label) == plain


def test_prevalence_is_read_from_the_release(kb):
    whipple = kb.disease("ORPHA:3452").orphanet
    assert whipple.prevalence == ()  # ORDO 2.6 gives Whipple disease an incidence class only
    assert [p.plain for p in whipple.annual_incidence] == ["fewer than 1 in 1,000,000 people each year"]
    counted = sum(1 for i in kb.diseases.ids if i.startswith("ORPHA:") and (f := kb.diseases.orphanet_facts(i))
                  and f.prevalence)  # fmt: skip
    assert counted > 2000


def test_classification_tree_counts_and_breadcrumbs(kb):
    tree = kb.classification
    roots = {g.id: g for g in tree.roots()}
    assert RARE_INFECTIOUS_DISEASE in roots and roots[RARE_INFECTIOUS_DISEASE].name == "Rare infectious disease"
    children = tree.children(RARE_INFECTIOUS_DISEASE)
    assert "Rare bacterial infectious disease" in {g.name for g in children}
    under = tree.diseases_under(RARE_INFECTIOUS_DISEASE)
    assert "ORPHA:3452" in under and all(d in kb.diseases.index for d in under)
    assert tree.count(RARE_INFECTIOUS_DISEASE) == len(under)
    assert tree.count(RARE_INFECTIOUS_DISEASE) >= max(tree.count(g.id) for g in children)
    paths = tree.paths("ORPHA:3452")
    assert ["Rare infectious disease", "Rare bacterial infectious disease"] in [[g.name for g in p] for p in paths]
    assert all(not tree.parent_ids(p[0].id) for p in paths)


def test_sources_name_release_and_licence(kb):
    names = {s["name"]: s for s in kb.sources}
    assert names["Orphanet"]["licence"] == "CC BY 4.0" and "2.6" in names["Orphanet"]["release"]
    assert names["MONDO"]["licence"] == "CC BY 4.0"
