"""Criteria sets as data: parsing, validation and exclusions (on a tiny made-up set)."""

from __future__ import annotations

import pytest

from raremap.engine.criteria import CriteriaError, all_sets, evaluate, parse_findings
from raremap.engine.criteria.catalogue import parse_set

#: A toy set, not medicine: one required item, one exclusion.
TOY = {
    "id": "toy",
    "title": "Toy criteria",
    "disease_name": "Toy disease",
    "diseases": ["ORPHA:1"],
    "rule": "Paresthesia, unless a seizure is present.",
    "references": ["Made up for a test."],
    "named_findings": {"nerve-test": {"label": "Abnormal nerve test", "kind": "lab"}},
    "groups": [{"id": "main", "title": "Main", "require": "all",
                "items": [{"id": "tingling", "label": "Paresthesia", "hpo": ["HP:0003401"], "named": ["nerve-test"]}]}],
    "exclusions": [{"id": "seizure", "label": "Seizure", "hpo": ["HP:0001250"]}],
}  # fmt: skip


def test_the_shipped_sets_parse():
    assert "poems" in all_sets()
    poems = all_sets()["poems"]
    assert [g.required for g in poems.groups] == [2, 1, 1]
    assert len(poems.groups[2].items) == 6


def test_an_exclusion_that_applies_means_not_met(kb):
    toy = parse_set(TOY, "toy.yaml")
    assert evaluate(kb, toy, parse_findings(kb, toy, ["HP:0003401"])).met
    ev = evaluate(kb, toy, parse_findings(kb, toy, ["nerve-test", "Seizure"]))
    assert not ev.met and ev.excluded
    assert "an exclusion applies (Seizure)" in ev.summary


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d["groups"][0].update(require=5), "'require' must be"),
        (lambda d: d["groups"][0]["items"][0].update(hpo=["HP:12"]), "not an HPO id"),
        (lambda d: d["groups"][0]["items"][0].update(named=["ghost"]), "not defined under named_findings"),
        (lambda d: d.update(references=[]), "must cite its references"),
    ],
)
def test_a_broken_set_is_refused(change, message):
    import copy

    data = copy.deepcopy(TOY)
    change(data)
    with pytest.raises(CriteriaError, match=message):
        parse_set(data, "toy.yaml")
