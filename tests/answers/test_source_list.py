"""An answer's short list of sources: one entry per record or publication.

Marfan syndrome's symptoms answer cited about 120 sources, one HPO annotation per feature
and record: a reader could not see where the answer came from. The short list folds the
annotations of each record into one entry; nothing cited is lost, and every statement's
footnotes point at the entries its own sources are in.
"""

from __future__ import annotations

from collections import Counter

import pytest

from raremap.answers import QUESTIONS, answer
from raremap.answers.source_list import ANNOTATIONS

MARFAN = "ORPHA:558"
POEMS = "ORPHA:2905"


def test_marfans_symptoms_are_listed_per_record_and_publication(kb):
    a = answer(kb, MARFAN, "symptoms")
    short = a.source_list()
    records = kb.disease(MARFAN).disease_ids  # ORPHA:558 and its OMIM twin
    folded = {g.record: g for g in short.groups if g.kind == ANNOTATIONS}
    assert sorted(folded) == sorted(records)
    for record, g in folded.items():
        # Each entry stands for every annotation naming its record, and only those.
        assert [a.sources[p].id for p in g.positions] == [
            s.id for s in a.sources if s.kind == "annotation" and record in s.records]
        assert g.label == f"HPO annotations of {record}"
        assert g.url == f"https://hpo.jax.org/browse/disease/{record}"
    kinds = Counter(g.kind for g in short.groups)
    assert kinds["annotation"] == 0  # no annotation is left on its own
    # What remains are the records and publications cited, each once, and the release.
    singles = [g for g in short.groups if g.kind != ANNOTATIONS]
    assert len({g.id for g in singles}) == len(singles)
    assert len(short.groups) == len(folded) + len(singles) < len(a.sources) / 4


@pytest.mark.parametrize("disease_id", [MARFAN, POEMS, "OMIM:219700"])
def test_no_source_is_lost_and_every_footnote_points_at_its_sources(kb, disease_id):
    for q in QUESTIONS:
        a = answer(kb, disease_id, q.slug)
        short = a.source_list()
        assert {p for g in short.groups for p in g.positions} == set(range(len(a.sources)))
        numbers = a.source_numbers()
        assert len(short.cited) == len(a.statements)
        for st, cited in zip(a.statements, short.cited, strict=True):
            assert list(cited) == sorted(set(cited))
            places = {p for i in cited for p in short.groups[i].positions}
            assert {numbers[s.key] - 1 for s in st.sources} <= places, (q.slug, st.text)


def test_an_answer_without_many_annotations_keeps_its_sources_as_they_were(kb):
    a = answer(kb, POEMS, "causes")  # a content pack's citations and records
    short = a.source_list()
    assert [g.label for g in short.groups] == [s.label for s in a.sources]
    assert [g.positions for g in short.groups] == [(i,) for i in range(len(a.sources))]


def test_a_record_with_one_annotation_is_listed_as_that_annotation(kb):
    # The TL;DR of a disease with one frequent feature cites a single annotation of it.
    for did in kb.diseases.ids:
        a = answer(kb, did, "what-is-it")
        alone = [g for g in a.source_list().groups if g.record and g.size == 1]
        if alone:
            g = alone[0]
            s = a.sources[g.positions[0]]
            assert g.kind == "annotation" and g.id == s.id
            assert g.label == f"HPO annotation of {g.record}: {s.term}"
            return
    pytest.fail("no answer cites a single annotation of a record")


def test_the_json_answer_keeps_every_source_and_adds_the_short_list(kb):
    a = answer(kb, MARFAN, "symptoms")
    data = a.to_dict()
    assert len(data["sources"]) == len(a.sources)  # the full list stays, as before
    groups = data["source_groups"]
    assert [g["label"] for g in groups] == [g.label for g in a.source_list().groups]
    assert sum(g["size"] for g in groups) >= len(data["sources"])
    for g in groups:
        assert g["size"] == len(g["source_indexes"])
        assert all(0 <= i < len(data["sources"]) for i in g["source_indexes"])
    statements = [data["tldr"], *(st for sec in data["sections"] for st in sec["statements"])]
    for st in statements:
        assert st["sources"] and st["source_groups"]
        assert all(0 <= i < len(groups) for i in st["source_groups"])
