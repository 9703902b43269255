"""A disease page's "In N published patients": the counts, checked on the real knowledge
base against the shipped file read afresh (not through the compiled section)."""

from __future__ import annotations

import pytest

from raremap.engine.published.feature_counts import published_counts
from raremap.engine.published.records import PublishedPatient, read_tsv
from raremap.engine.published.section import SECTION, compile_patients
from raremap.knowledge.derived import DerivedValues
from raremap.knowledge.errors import UnknownIdError

KBG = "ORPHA:2332"  # KBG syndrome, merged with OMIM:148050 (the id its patients carry)
POEMS = "ORPHA:2905"  # no published patient
MACRODONTIA, MICROCEPHALY, BULBOUS_NOSE = "HP:0001572", "HP:0000252", "HP:0000414"


def _patients_of(kb, disease_id: str) -> list[tuple[set[str], set[str]]]:
    """(present, excluded) of every patient of the shipped file whose diagnosis is any id of
    the disease and who keeps a present feature, ids mapped to current terms."""
    ont = kb.ontology

    def current(ids):
        out = set()
        for given in ids:
            primary = ont.resolve(given)
            now = ont.current(primary) if primary else None
            if now:
                out.add(now)
        return out

    rows = []
    for p in read_tsv():
        if kb.diseases.resolve(p.disease) == disease_id:
            present = current(p.present)
            if present:
                rows.append((present, current(p.excluded) - present))
    return rows


def test_a_disease_with_published_patients_counts_each_annotated_feature(kb):
    pp = published_counts(kb, "OMIM:148050")
    assert pp is published_counts(kb, KBG)  # any id, counted once and kept with the kb
    assert pp["disease"] == KBG and pp["ids"] == ["ORPHA:2332", "OMIM:148050"]
    patients = _patients_of(kb, KBG)
    n = len(patients)
    assert pp["patients"] == n > 100
    annotated = [a.hpo_id for a in kb.disease(KBG).phenotypes if not a.is_absent]
    assert sorted(f["hpo_id"] for f in pp["features"]) == sorted(set(annotated))
    ont = kb.ontology
    for f in pp["features"]:
        below = ont.descendants(f["hpo_id"], include_self=True)
        above = ont.ancestors(f["hpo_id"], include_self=True)
        observed = sum(1 for present, _ in patients if present & below)
        excluded = sum(1 for present, excl in patients if not present & below and excl & above)
        assert (f["observed"], f["excluded"]) == (observed, excluded), f["name"]
        assert f["observed"] + f["excluded"] + f["not_reported"] == n
        assert f["frequency"] and f["band"]
    observed = [f["observed"] for f in pp["features"]]
    assert observed == sorted(observed, reverse=True) and observed[0] > n / 2
    assert any(f["excluded"] for f in pp["features"])
    macrodontia = next(f for f in pp["features"] if f["hpo_id"] == MACRODONTIA)
    assert macrodontia["lay_names"] == list(ont.term(MACRODONTIA).lay_names) and macrodontia["lay_names"]


def test_features_the_annotations_do_not_name_are_listed_apart(kb):
    pp = published_counts(kb, KBG)
    ont = kb.ontology
    annotated = {f["hpo_id"] for f in pp["features"]}
    related = set()
    for a in annotated:
        related |= ont.descendants(a, include_self=True) | ont.ancestors(a)
    extra = pp["unannotated"]
    assert extra and all(f["hpo_id"] not in related for f in extra)
    patients = _patients_of(kb, KBG)
    seen = {t for present, _ in patients for t in present}
    # Every feature a patient shows is either related to an annotation or listed.
    listed = {f["hpo_id"] for f in extra}
    phenotypes = {t for t in seen if ont.is_a(t, "HP:0000118")}
    assert phenotypes - related == listed
    for f in extra:
        assert f["observed"] == sum(1 for present, _ in patients if present & ont.descendants(f["hpo_id"], include_self=True))
        assert f["observed"] >= 1 and f["observed"] + f["excluded"] + f["not_reported"] == pp["patients"]


def test_publications_sources_and_the_note_come_with_the_counts(kb):
    pp = published_counts(kb, "ORPHA:2308")  # Jacobsen syndrome, merged with OMIM:147791
    assert sum(p["patients"] for p in pp["publications"]) == pp["patients"]
    for p in pp["publications"]:
        assert p["pmid"].startswith("PMID:") and p["url"] == f"https://pubmed.ncbi.nlm.nih.gov/{p['pmid'][5:]}/"
    assert pp["source"]["licence"] == "BSD-3-Clause" and "Danis" in pp["source"]["citation"]
    assert pp["source"]["url"].startswith("https://github.com/monarch-initiative/phenopacket-store")
    assert "not a representative sample" in pp["note"]


def test_a_disease_without_published_patients_has_no_counts(kb):
    assert published_counts(kb, POEMS) is None
    with pytest.raises(UnknownIdError):
        published_counts(kb, "ORPHA:29050000")


class _WithPatients:
    """The real knowledge base with another published-patients section."""

    def __init__(self, kb, patients):
        self._kb = kb
        self._section = compile_patients(kb, patients)
        self.derived = DerivedValues()

    def section(self, name, default=None):
        return self._section if name == SECTION else self._kb.section(name, default)

    def __getattr__(self, name):
        return getattr(self._kb, name)


def _patient(pid, disease, present, excluded=(), pmid="PMID:1"):
    return PublishedPatient(pid, disease, None, None, None, present, excluded, pmid, "A paper")


def test_a_merged_disease_counts_the_patients_of_both_ids_once_each(kb):
    broader = kb.ontology.parents(MICROCEPHALY)[0]  # found without: without microcephaly too
    fake = _WithPatients(kb, [
        _patient("a", "OMIM:148050", (MACRODONTIA,)),
        _patient("b", "ORPHA:2332", (MACRODONTIA, BULBOUS_NOSE), (broader,), pmid="PMID:2"),
        _patient("c", "OMIM:154700", ("HP:0001166",)),  # Marfan syndrome: another disease
    ])
    pp = published_counts(fake, "OMIM:148050")
    assert pp["patients"] == 2 and [p["pmid"] for p in pp["publications"]] == ["PMID:1", "PMID:2"]
    macrodontia = next(f for f in pp["features"] if f["hpo_id"] == MACRODONTIA)
    assert (macrodontia["observed"], macrodontia["excluded"], macrodontia["not_reported"]) == (2, 0, 0)
    microcephaly = next(f for f in pp["features"] if f["hpo_id"] == MICROCEPHALY)
    assert (microcephaly["observed"], microcephaly["excluded"], microcephaly["not_reported"]) == (0, 1, 1)
    assert [(f["hpo_id"], f["observed"]) for f in pp["unannotated"]] == [(BULBOUS_NOSE, 1)]
    assert published_counts(fake, "OMIM:154700")["patients"] == 1
