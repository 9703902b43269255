"""A whole build and load on the hand-made release (see conftest for its tree)."""

import pytest

from raremap.knowledge import Band, UnknownIdError


def test_alt_ids_resolve_and_obsolete_terms_point_to_their_replacement(mini_kb):
    ont = mini_kb.ontology
    assert ont.term("HP:0002082").id == "HP:0003401"
    assert ont.term("hp:3401").id == "HP:0003401"
    old = ont.term("HP:0000999")
    assert old.is_obsolete and old.replaced_by == "HP:0001250"
    assert ont.current("HP:0000999") == "HP:0001250"


def test_graph_relations(mini_kb):
    ont = mini_kb.ontology
    assert ont.parents("HP:0031006") == ["HP:0003401"]
    assert set(ont.children("HP:0000707")) == {"HP:0001271", "HP:0003401", "HP:0001250"}
    assert ont.ancestors("HP:0031006") == {"HP:0003401", "HP:0000707", "HP:0000118", "HP:0000001"}
    assert ont.descendants("HP:0000707") == {"HP:0001271", "HP:0003401", "HP:0031006", "HP:0001250"}
    assert ont.is_a("HP:0031006", "HP:0000118")
    assert not ont.is_a("HP:0001271", "HP:0003401")


def test_synonyms_keep_their_types(mini_kb):
    term = mini_kb.term("HP:0003401")
    kinds = {s.text: (s.scope, s.kind) for s in term.synonyms}
    assert kinds["Tingling"] == ("EXACT", "layperson")
    assert kinds["PN"] == ("EXACT", "abbreviation")
    assert kinds["Pricking"] == ("RELATED", "")
    assert term.lay_names == ["Pins and needles feeling", "Tingling"]
    assert term.comment == "A test comment."


def test_disease_annotations(mini_kb):
    d = mini_kb.disease("ORPHA:1")
    assert d.source == "ORPHANET"
    by_id = {a.hpo_id: a for a in d.phenotypes}
    assert by_id["HP:0001271"].frequency.band is Band.OBLIGATE
    par = by_id["HP:0003401"]  # annotated with the alt id HP:0002082
    assert par.frequency.band is Band.FREQUENT and par.frequency.value == 0.75
    assert par.onset == "HP:0003581" and par.sex == "FEMALE"
    assert par.references == ("ORPHA:1", "PMID:123")
    assert by_id["HP:0001250"].negated and by_id["HP:0001250"].is_absent
    assert [a.hpo_id for a in d.inheritance] == ["HP:0000007"]
    assert [a.hpo_id for a in d.course] == ["HP:0003581"]
    assert d.last_updated == "2030-01-01"


def test_excluded_band_counts_as_absent_and_not_in_ic(mini_kb):
    d = mini_kb.disease("OMIM:200200")
    assert d.phenotypes[0].is_absent
    ont = mini_kb.ontology
    # Polyneuropathy is present only in ORPHA:1 (OMIM:200200 excludes it): 1 of 3 diseases.
    assert ont.disease_counts[ont.index["HP:0001271"]] == 1
    # The nervous system abnormality is reached by ORPHA:1 and OMIM:100100: 2 of 3.
    assert ont.disease_counts[ont.index["HP:0000707"]] == 2


def test_the_commonest_name_wins_and_others_are_kept(mini_kb):
    assert mini_kb.diseases.name("OMIM:100100") == "Seizure disorder 1"
    assert mini_kb.diseases.other_names("OMIM:100100") == ["Seizure disorder"]


def test_genes_come_from_genes_to_phenotype(mini_kb):
    assert [g.symbol for g in mini_kb.disease("OMIM:100100").genes] == ["ABC2", "GENE1"]


def test_unknown_ids_raise_with_suggestions(mini_kb):
    with pytest.raises(UnknownIdError) as err:
        mini_kb.disease("ORPHA:11")
    assert ("ORPHA:1", "Test neuropathy syndrome") in err.value.suggestions
    with pytest.raises(UnknownIdError):
        mini_kb.term("HP:1234567")
