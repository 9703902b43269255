"""Published patients: reading store phenopackets, the compact file, the artifact section."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest

from raremap.engine.published.records import (
    DATA_FILE,
    PublishedPatient,
    SkippedPatient,
    from_phenopacket,
    read_store,
    read_tsv,
    save_tsv,
)
from raremap.engine.published.section import SECTION, compile_patients

PACKET = {
    "id": "PMID_1_Patient_1",
    "subject": {"id": "P1", "sex": "MALE", "timeAtLastEncounter": {"age": {"iso8601duration": "P6Y"}}},
    "phenotypicFeatures": [
        {"type": {"id": "HP:0001250"}, "onset": {"age": {"iso8601duration": "P2M"}}},
        {"type": {"id": "HP:0031006"}},
        {"type": {"id": "HP:0001271"}, "excluded": True},
    ],
    "interpretations": [{"diagnosis": {"disease": {"id": "OMIM:100100", "label": "Seizure disorder 1"}}}],
    "metaData": {"externalReferences": [{"id": "PMID:1", "description": "A\ttitle  with\nspaces"}]},
}


def test_a_store_phenopacket_gives_the_patient_record():
    p = from_phenopacket(PACKET)
    assert (p.patient, p.disease, p.sex, p.age, p.onset) == ("PMID_1_Patient_1", "OMIM:100100", "male", "P6Y", "HP:0003593")
    assert p.present == ("HP:0001250", "HP:0031006") and p.excluded == ("HP:0001271",)
    assert (p.pmid, p.title) == ("PMID:1", "A title with spaces")


@pytest.mark.parametrize("change, reason", [
    (lambda d: d.update(phenotypicFeatures=[]), "no phenotypic features"),
    (lambda d: d["phenotypicFeatures"].__setitem__(slice(0, 2), []), "no phenotypic features"),
    (lambda d: d.update(interpretations=[]), "no diagnosis"),
    (lambda d: d["interpretations"].append({"diagnosis": {"disease": {"id": "OMIM:200200"}}}), "several diagnoses"),
    (lambda d: d["metaData"].update(externalReferences=[{"id": "DOI:10.1/x"}]), "no PMID"),
    (lambda d: d["phenotypicFeatures"].append({"type": {}}), "has no type.id"),
])
def test_a_patient_that_cannot_be_used_is_skipped_with_its_reason(change, reason):
    data = copy.deepcopy(PACKET)
    change(data)
    with pytest.raises(SkippedPatient, match=reason):
        from_phenopacket(data)


def test_a_store_folder_is_read_in_order_and_bad_files_are_counted(tmp_path):
    (tmp_path / "GENE").mkdir()
    (tmp_path / "GENE" / "a.json").write_text(json.dumps(PACKET))
    (tmp_path / "GENE" / "b.json").write_text("{not json")
    (tmp_path / "GENE" / "c.json").write_text(json.dumps({**PACKET, "interpretations": []}))
    kept, skipped = read_store(tmp_path)
    assert [p.patient for p in kept] == ["PMID_1_Patient_1"]
    assert [name for name, _ in skipped] == ["GENE/b.json", "GENE/c.json"]
    assert skipped[1][1] == "no diagnosis"


def test_the_compact_file_round_trips_and_is_byte_identical_when_rewritten(tmp_path):
    p = from_phenopacket(PACKET)
    q = PublishedPatient("x", "OMIM:1", None, None, None, ("HP:0000001",), (), "PMID:2", "")
    path = tmp_path / "p.tsv.gz"
    save_tsv([p, q], path)
    first = path.read_bytes()
    assert read_tsv(path) == [p, q]
    save_tsv(read_tsv(path), path)
    assert path.read_bytes() == first


def test_the_section_maps_ids_and_counts_what_it_leaves_out(mini_kb):
    patients = [
        # the obsolete seizure id is replaced, the unknown id left out
        PublishedPatient("a", "OMIM:100100", "female", "P3Y", "HP:0003581", ("HP:0000999", "HP:9999999"),
                         ("HP:0001271",), "PMID:5", "Paper five"),
        PublishedPatient("b", "OMIM:999999", None, None, None, ("HP:0001250",), (), "PMID:6", "Paper six"),
        PublishedPatient("c", "ORPHA:1", None, None, None, ("HP:9999999",), (), "PMID:6", "Paper six"),
    ]
    sec = compile_patients(mini_kb, patients)
    ids = mini_kb.ontology.ids
    assert sec["patient"] == ["a"] and sec["pmids"] == ["PMID:5"] and sec["titles"] == ["Paper five"]
    assert mini_kb.diseases.ids[int(sec["disease"][0])] == "OMIM:100100"
    ptr, idx = sec["present"]
    assert [ids[t] for t in idx[ptr[0]:ptr[1]]] == ["HP:0001250"]
    ptr, idx = sec["excluded"]
    assert [ids[t] for t in idx[ptr[0]:ptr[1]]] == ["HP:0001271"]
    assert int(sec["sex"][0]) == 2 and ids[int(sec["onset"][0])] == "HP:0003581"
    assert sec["skipped"] == {
        "feature ids left out: unknown or obsolete without a successor": 2,
        "patients skipped: diagnosis not annotated in this release": 1,
        "patients skipped: no usable present feature": 1,
    }


def test_the_real_artifact_holds_the_shipped_patients(kb):
    sec = kb.section(SECTION)
    shipped = read_tsv(DATA_FILE)
    assert len(shipped) == 2600
    n = len(sec["patient"])
    kept_diseases = {kb.diseases.resolve(p.disease) for p in shipped} - {None}
    assert 0 < n < len(shipped) and len(set(sec["disease"].tolist())) == len(kept_diseases)
    assert sec["skipped"]["patients skipped: diagnosis not annotated in this release"] == len(
        [p for p in shipped if kb.diseases.resolve(p.disease) is None])
    assert sec["pmids"] == sorted(sec["pmids"]) and all(p.startswith("PMID:") for p in sec["pmids"])
    assert np.diff(sec["present"][0]).min() >= 1
    assert sec["source"]["commit"] == "b694d17" and sec["source"]["licence"] == "BSD-3-Clause"
