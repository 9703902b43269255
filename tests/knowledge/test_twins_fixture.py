"""Merging and Orphanet facts on the hand-made release (tests/fixtures/mini_release) with
hand-made tables: ORPHA:1 and OMIM:200200 are twins, and HPO and Orphanet disagree on
ORPHA:1's inheritance (HPO: autosomal recessive, Orphanet: autosomal dominant)."""

from __future__ import annotations

import gzip

import pytest

from raremap.knowledge.orphanet_tables import TABLES

ROWS = {
    "mondo_twins.tsv.gz": [("ORPHA:1", "OMIM:200200", "MONDO:0000001")],
    "mondo_links.tsv.gz": [("ORPHA:1", "MONDO:0000001", "GARD:0000042"), ("OMIM:200200", "MONDO:0000001", "GARD:0000042"),
                           ("OMIM:100100", "MONDO:0000002", "")],
    "mondo_narrower.tsv.gz": [("ORPHA:1", "OMIM:100100")],
    "orphanet_disorders.tsv.gz": [
        ("ORPHA:1", "Test neuropathy syndrome", "disease", "ORPHA:10", "autosomal dominant", "adult", "1-9 / 100 000", "", ""),
        ("ORPHA:10", "Rare test neuropathy", "group_of_disorders", "ORPHA:11", "", "", "", "", ""),
        ("ORPHA:11", "Rare test disease", "group_of_disorders", "", "", "", "", "", ""),
    ],
    "orphanet_synonyms.tsv.gz": [("ORPHA:1", "Hand-made neuropathy")],
    "orphanet_genes.tsv.gz": [("ORPHA:1", "GENE1", "gene one", "HGNC:1", "Disease-causing germline mutation(s) in"),
                              ("ORPHA:1", "GENE2", "gene two", "HGNC:2", "Modifying germline mutation in")],
}  # fmt: skip


@pytest.fixture(scope="module")
def twin_kb(tmp_path_factory, mini_release):
    from raremap.knowledge import build_knowledge
    from raremap.sections import SECTIONS

    tables = tmp_path_factory.mktemp("tables")
    for name, columns in TABLES.items():
        lines = ["\t".join(columns), *("\t".join(r) for r in ROWS[name])]
        with gzip.open(tables / name, "wt", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
    mp = pytest.MonkeyPatch()
    mp.setenv("RAREMAP_TABLES_DIR", str(tables))
    try:
        yield build_knowledge(mini_release, tmp_path_factory.mktemp("data"), sections=SECTIONS)
    finally:
        mp.undo()


def test_twins_are_one_disease_with_every_id(twin_kb):
    assert len(twin_kb.diseases) == 2  # ORPHA:1 (with OMIM:200200) and OMIM:100100
    d = twin_kb.disease("OMIM:200200")
    assert d is twin_kb.disease("ORPHA:1") and d.id == "ORPHA:1"
    assert d.ids == ("ORPHA:1", "OMIM:200200", "MONDO:0000001", "GARD:0000042")
    assert d.name == "Test neuropathy syndrome"
    assert "Rare excluded thing" in twin_kb.diseases.other_names("ORPHA:1")


def test_both_annotation_sets_are_kept_with_their_source(twin_kb):
    rows = [(a.hpo_id, a.source_id) for a in twin_kb.disease("ORPHA:1").phenotypes]
    assert ("HP:0001271", "ORPHA:1") in rows and ("HP:0001271", "OMIM:200200") in rows


def test_conflicting_inheritance_is_shown_side_by_side(twin_kb):
    d = twin_kb.disease("ORPHA:1")
    assert d.inheritance_by_source() == {"HPO": ("Autosomal recessive inheritance",),
                                         "Orphanet": ("autosomal dominant",)}
    assert d.orphanet.inheritance[0].hpo_id == "HP:0000006" != d.inheritance[0].hpo_id


def test_orphanet_facts_and_gene_roles(twin_kb):
    o = twin_kb.disease("ORPHA:1").orphanet
    assert [x.label for x in o.onset] == ["adult"] and o.onset[0].hpo_id == "HP:0003581"
    assert [p.plain for p in o.prevalence] == ["1 to 9 in 100,000 people"]
    roles = {g.symbol: (g.kind, g.is_cause) for g in o.genes}
    assert roles == {"GENE1": ("causal", True), "GENE2": ("modifier", False)}
    assert [g.symbol for g in o.causal_genes] == ["GENE1"]
    assert [g.id for g in o.groups] == ["ORPHA:10"] and {g.id for g in o.ancestors} == {"ORPHA:10", "ORPHA:11"}
    assert twin_kb.disease("OMIM:100100").orphanet is None  # Orphanet records nothing for it


def test_broader_and_narrower_are_linked_not_merged(twin_kb):
    assert twin_kb.disease("ORPHA:1").narrower == ("OMIM:100100",)
    assert twin_kb.disease("OMIM:100100").broader == ("ORPHA:1",)


def test_the_tree_counts_the_merged_disease_once(twin_kb):
    tree = twin_kb.classification
    assert [g.id for g in tree.roots()] == ["ORPHA:11"]
    assert [g.id for g in tree.children("ORPHA:11")] == ["ORPHA:10"]
    assert tree.count("ORPHA:11") == 1 and tree.diseases_under("ORPHA:10") == {"ORPHA:1"}
    assert [[g.id for g in p] for p in tree.paths("ORPHA:1")] == [["ORPHA:11", "ORPHA:10"]]


def test_search_finds_it_once_by_either_name_or_id(twin_kb):
    for query in ("rare excluded thing", "hand-made neuropathy", "OMIM:200200"):
        hits = twin_kb.search(query, kind="disease")
        assert hits[0].id == "ORPHA:1" and [h.id for h in hits].count("ORPHA:1") == 1, query
