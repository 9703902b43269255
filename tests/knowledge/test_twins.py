"""One disease per concept: Orphanet/OMIM twins (MONDO exact matches) are one entry."""

from __future__ import annotations

import json

from raremap.engine.batch import run_batch
from raremap.engine.related import related_diseases


def test_marfan_is_one_entry_under_both_ids(kb):
    by_omim, by_orpha = kb.disease("OMIM:154700"), kb.disease("ORPHA:558")
    assert by_omim is by_orpha and by_orpha.id == "ORPHA:558"
    assert by_orpha.disease_ids == ("ORPHA:558", "OMIM:154700")
    assert by_orpha.omim_id == "OMIM:154700" and by_orpha.orpha_id == "ORPHA:558"
    assert by_orpha.mondo_ids == ("MONDO:0007947",) and by_orpha.gard_ids
    assert "OMIM:154700" not in kb.diseases.index and kb.diseases.resolve("omim 154700") == "ORPHA:558"
    assert kb.diseases.aliases["OMIM:154700"] == "ORPHA:558" and kb.diseases.name("OMIM:154700") == "Marfan syndrome"
    # Inheritance from both sources, each named, never reconciled into one.
    assert by_orpha.inheritance_by_source() == {
        "HPO": ("Autosomal dominant inheritance",), "Orphanet": ("autosomal dominant",)}
    assert "FBN1" in {g.symbol for g in by_orpha.genes}


def test_the_symptom_rows_of_both_ids_are_kept_with_their_source(kb):
    marfan = kb.disease("ORPHA:558")
    sources = {a.source_id for a in marfan.phenotypes}
    assert sources == {"ORPHA:558", "OMIM:154700"}
    rows = kb.diseases.rows_of("ORPHA:558")
    origin_table, origin_codes = kb.sections["diseases"]["origin"]
    assert len(marfan.phenotypes) == sum(kb.diseases.aspect[rows] == 0)
    assert {origin_table[c] for c in origin_codes[rows]} == sources


def test_search_lists_a_merged_disease_once(kb):
    hits = kb.search("marfan syndrome", kind="disease", limit=20)
    assert [h.id for h in hits].count("ORPHA:558") == 1
    assert not any(h.id == "OMIM:154700" for h in hits)
    assert kb.search("OMIM:154700")[0].id == "ORPHA:558"


def test_a_twin_is_never_its_own_similar_disease(kb):
    duchenne = kb.disease("OMIM:310200")
    assert duchenne.id == "ORPHA:98896" and "OMIM:310200" in duchenne.ids
    related = related_diseases(kb, duchenne.id, limit=20)
    assert related and not {r["id"] for r in related} & set(duchenne.ids)


def test_many_to_one_is_linked_not_merged(kb):
    pairs = [(b, n) for b, ns in kb.sections["orphanet"]["narrower"].items() for n in ns]
    assert pairs
    broader, narrower = pairs[0]
    assert kb.diseases.resolve(narrower) == narrower != broader
    assert narrower in kb.disease(broader).narrower and broader in kb.disease(narrower).broader


def test_rank_batch_keeps_its_contract_and_lists_every_id(kb):
    marfan = kb.disease("ORPHA:558")
    present = [a.hpo_id for a in marfan.present_phenotypes[:12]]
    out: list[str] = []
    run_batch(kb, [json.dumps({"id": "q1", "present": present})], out.append, lambda m: None, top=20)
    ranking = json.loads(out[0])["ranking"]
    row = next(r for r in ranking if "ORPHA:558" in r["ids"])
    assert row["disease"] == "OMIM:154700" and row["ids"] == ["ORPHA:558", "OMIM:154700"]
    assert sum("ORPHA:558" in r["ids"] for r in ranking) == 1
    assert all(r["disease"] in r["ids"] for r in ranking)


def test_the_cli_accepts_either_id_and_returns_every_id(kb):
    from tests.cli import raremap

    def run(*args):
        out = raremap(*args)
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)

    page = run("disease", "OMIM:154700", "--json")
    assert page["id"] == "ORPHA:558" and {"ORPHA:558", "OMIM:154700"} <= set(page["ids"])
    answer = run("ask", "OMIM:154700", "hereditary", "--json")
    assert answer["disease_id"] == "ORPHA:558" and {"ORPHA:558", "OMIM:154700"} <= set(answer["disease_ids"])
