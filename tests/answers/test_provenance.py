"""An automatic answer's status line names the data sets its statements rest on, and no other."""

from __future__ import annotations

import pytest

from raremap.answers import QUESTIONS, answer

MARFAN = "ORPHA:558"  # Orphanet facts; joined with OMIM:154700 through MONDO


def _hpo_only(kb) -> str:
    """A disease with no Orphanet facts, one record and no GARD link, outside the packs."""
    packed = set((kb.section("answers") or {}).get("by_disease", {}))
    for disease_id in kb.diseases.ids:
        d = kb.disease(disease_id)
        if (not d.orphanet and len(d.disease_ids) == 1 and not d.gard_ids and disease_id not in packed
                and d.inheritance and d.present_phenotypes):
            return disease_id
    raise AssertionError("the release has no such disease")


def _mondo_release(kb) -> str:
    return next(s["release"] for s in kb.sources if s["name"] == "MONDO").removeprefix("repository ")


def _kinds(a) -> list[str]:
    return [s.key for s in a.review.sources]


def test_an_answer_on_orphanet_facts_names_orphanet_and_mondo(kb):
    a = answer(kb, MARFAN, "hereditary")
    orphanet = kb.disease(MARFAN).orphanet
    assert any(s.label.startswith("Orphanet:") and orphanet.source in s.label for s in a.sources)
    assert _kinds(a) == ["hpo", "orphanet", "mondo"]
    assert a.review.text == (f"Compiled automatically from HPO {kb.release}, {orphanet.source} and "
                             f"MONDO mappings ({_mondo_release(kb)}), not yet reviewed.")
    urls = {s.key: s.url for s in a.review.sources}
    assert urls == {"hpo": "https://hpo.jax.org", "orphanet": "https://www.orpha.net",
                    "mondo": "https://mondo.monarchinitiative.org"}
    assert a.to_dict()["review"]["sources"][1] == {"key": "orphanet", "name": orphanet.source,
                                                   "url": "https://www.orpha.net"}


def test_an_answer_without_orphanet_facts_does_not_name_orphanet(kb):
    # Marfan's list of symptoms rests on HPO's annotations of both its records only.
    a = answer(kb, MARFAN, "symptoms")
    assert not any(s.label.startswith("Orphanet:") for s in a.sources)
    assert _kinds(a) == ["hpo", "mondo"]


@pytest.mark.parametrize("question", [q.slug for q in QUESTIONS])
def test_an_answer_from_hpo_alone_names_hpo_alone(kb, question):
    a = answer(kb, _hpo_only(kb), question)
    assert a.review.kind == "automatic"
    assert _kinds(a) == ["hpo"]
    assert a.review.text == f"Compiled automatically from HPO {kb.release}, not yet reviewed."
