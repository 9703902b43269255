"""A symptom annotated on both records of a merged disease is one entry of the answer's
source list, naming both records; each statement still cites both annotations.

Marfan syndrome (ORPHA:558) joins its OMIM twin (OMIM:154700): HPO annotates scoliosis on
each record, and the symptoms answer listed it twice ("HPO annotation of OMIM:154700:
Scoliosis", "HPO annotation of ORPHA:558: Scoliosis").
"""

from __future__ import annotations

from collections import Counter

from raremap.answers import answer

MARFAN = "ORPHA:558"
SCOLIOSIS = "HP:0002650"


def test_each_symptom_is_one_source_naming_both_records(kb):
    a = answer(kb, MARFAN, "symptoms")
    twins = [r for r in kb.disease(MARFAN).disease_ids if r != MARFAN]
    assert twins, "Marfan syndrome is expected to join an OMIM record"
    listed = Counter(s.id for s in a.sources if s.kind == "annotation")
    assert [t for t, n in listed.items() if n > 1] == []
    scoliosis = next(s for s in a.sources if s.kind == "annotation" and s.id == SCOLIOSIS)
    assert scoliosis.label == f"HPO annotations of {MARFAN} and {twins[0]}: Scoliosis"
    assert scoliosis.to_dict()["records"] == [MARFAN, twins[0]]


def test_statements_keep_their_own_annotations_and_numbers(kb):
    a = answer(kb, MARFAN, "symptoms")
    numbers = a.source_numbers()
    statement = next(st for st in a.statements if any(s.id == SCOLIOSIS for s in st.sources))
    own = [s for s in statement.sources if s.kind == "annotation" and s.id == SCOLIOSIS]
    # Traceable in the JSON: the statement names the annotation of each record, singly.
    assert sorted(r for s in own for r in s.to_dict()["records"]) == sorted(kb.disease(MARFAN).disease_ids)
    assert all(s.label.startswith("HPO annotation of ") for s in own)
    # Both cite the one entry of the list.
    assert len({numbers[s.key] for s in own}) == 1
    body = a.to_dict()
    assert len(body["sources"]) == len(a.sources) == max(numbers.values())


def test_a_single_record_annotation_keeps_its_label(kb):
    single = next(d for d in kb.diseases.ids
                  if len(kb.disease(d).disease_ids) == 1 and kb.disease(d).present_phenotypes)
    a = answer(kb, single, "symptoms")
    labels = [s.label for s in a.sources if s.kind == "annotation"]
    assert labels and all(label.startswith(f"HPO annotation of {single}: ") for label in labels)
