"""The Mayo Clinic POEMS criteria on constructed patients.

Each patient is a list of findings as a person would enter them: HPO ids, HPO term names
and named findings (lab, imaging, histology) of the set.
"""

from __future__ import annotations

import pytest

from raremap.engine.criteria import FindingError, check, get_set

MEETS = ["HP:0001271", "lambda", "elevated-vegf", "Hepatomegaly"]


def _item(ev, group_id, item_id):
    group = next(g for g in ev.groups if g.group.id == group_id)
    return next(r for r in group.items if r.item.id == item_id)


def test_a_patient_with_both_mandatory_one_major_and_one_minor_meets_the_set(kb):
    ev = check(kb, "poems", MEETS)
    assert ev.met
    assert [g.met for g in ev.groups] == [True, True, True]
    assert ev.summary.startswith("The findings entered meet the criteria set")
    assert "only a doctor can diagnose POEMS syndrome" in ev.summary
    assert "you have" not in ev.summary.lower()


def test_hepatomegaly_meets_organomegaly_as_a_descendant(kb):
    ev = check(kb, "poems", MEETS)
    organ = _item(ev, "minor", "organomegaly")
    assert organ.met and [f.id for f in organ.matched] == ["HP:0002240"]
    # A narrower term (Fluctuating hepatomegaly, below Hepatomegaly) counts too.
    assert check(kb, "poems", [*MEETS[:3], "HP:0006564"]).met


def test_a_patient_lacking_the_other_major_criterion_does_not_meet_it(kb):
    ev = check(kb, "poems", ["HP:0001271", "lambda", "Hepatomegaly", "Papilledema"])
    assert not ev.met
    other = next(g for g in ev.groups if g.group.id == "other-major")
    assert not other.met and other.met_count == 0
    assert set(other.missing) == {"Castleman disease", "Sclerotic bone lesions",
                                  "Raised vascular endothelial growth factor (VEGF)"}  # fmt: skip
    assert "do not meet" in ev.summary and "other major criteria" in ev.summary
    assert "only a doctor can diagnose" in ev.summary


def test_a_patient_lacking_a_minor_criterion_does_not_meet_it(kb):
    ev = check(kb, "poems", ["HP:0001271", "lambda", "castleman"])
    assert not ev.met
    assert [g.met for g in ev.groups] == [True, True, False]
    assert "minor criteria" in ev.summary


def test_a_missing_mandatory_criterion_is_named(kb):
    ev = check(kb, "poems", ["lambda", "elevated-vegf", "Hepatomegaly"])
    assert not ev.met
    mandatory = ev.groups[0]
    assert mandatory.missing == ["Polyneuropathy (typically demyelinating)"]
    assert "Polyneuropathy" in mandatory.explanation()


def test_diabetes_alone_does_not_count_as_endocrinopathy(kb):
    ev = check(kb, "poems", ["HP:0001271", "lambda", "castleman", "Diabetes mellitus"])
    assert not ev.met
    endo = _item(ev, "minor", "endocrinopathy")
    assert not endo.met
    assert [f.id for f in endo.not_counted] == ["HP:0000819"]
    assert "on their own they do not meet" in endo.explanation


def test_type_2_diabetes_and_hypothyroidism_alone_do_not_count_either(kb):
    ev = check(kb, "poems", ["HP:0001271", "lambda", "castleman", "HP:0005978", "Hypothyroidism"])
    assert not ev.met
    assert len(_item(ev, "minor", "endocrinopathy").not_counted) == 2


def test_diabetes_with_another_endocrinopathy_counts(kb):
    ev = check(kb, "poems", ["HP:0001271", "lambda", "castleman", "Diabetes mellitus", "Hypogonadism"])
    assert ev.met
    endo = _item(ev, "minor", "endocrinopathy")
    assert [f.id for f in endo.matched] == ["HP:0000135"]


def test_a_kappa_protein_counts_but_is_flagged_as_unusual(kb):
    ev = check(kb, "poems", ["HP:0001271", "kappa", "castleman", "HP:0001085"])
    assert ev.met
    assert "almost always lambda" in _item(ev, "mandatory", "monoclonal-plasma-cell-disorder").explanation


def test_findings_outside_the_criteria_are_reported_as_unused(kb):
    ev = check(kb, "poems", [*MEETS, "Clubbing of fingers"])
    assert [f.id for f in ev.unused] == ["HP:0100759"]


def test_unknown_findings_are_a_clear_error(kb):
    with pytest.raises(FindingError, match="not an HPO term or a named finding"):
        check(kb, "poems", ["purple elbows of doom"])
    with pytest.raises(FindingError, match="not a current HPO term"):
        check(kb, "poems", ["HP:9999999"])


def _suggestion(kb, text: str) -> str | None:
    with pytest.raises(FindingError) as err:
        check(kb, "poems", [text])
    hint = str(err.value).partition(" Did you mean ")[2]
    return hint or None


@pytest.mark.parametrize("typed, term", [
    ("seizurs", "HP:0001250"), ("hepatomegally", "HP:0002240"), ("proteinurea", "HP:0000093"),
])
def test_a_typo_of_a_term_is_offered_the_term(kb, typed, term):
    assert term in (_suggestion(kb, typed) or "")


@pytest.mark.parametrize("typed", ["foo bar baz", "purple elbows of doom", "qwxz"])
def test_words_near_no_term_get_no_suggestion(kb, typed):
    # "foo bar baz" used to be offered "Prominent prostate median bar" for its one word "bar".
    assert _suggestion(kb, typed) is None


def test_the_set_is_found_by_disease_id(kb):
    assert get_set("ORPHA:2905").id == "poems"


def test_the_report_is_json_ready(kb):
    data = check(kb, "poems", MEETS).to_dict()
    assert data["met"] is True
    assert [g["id"] for g in data["groups"]] == ["mandatory", "other-major", "minor"]
    assert data["criteria"]["references"]


# -- HPO terms as people enter them (a medical read of the checker) ----------------------
BASE = ["HP:0001271", "lambda", "castleman"]  # both mandatory criteria and one major


@pytest.mark.parametrize("finding", ["Edema", "Pedal edema", "HP:0007430", "Pleural effusion"])
def test_edema_and_its_kinds_count_as_extravascular_volume_overload(kb, finding):
    # Mayo: extravascular volume overload is edema, pleural effusion or ascites; the HPO
    # annotation of POEMS syndrome uses the general term Edema (HP:0000969).
    ev = check(kb, "poems", [*BASE, finding])
    assert ev.met and _item(ev, "minor", "volume-overload").met


@pytest.mark.parametrize("finding", ["Cerebral edema", "Macular edema", "Angioedema", "Lymphedema", "Hydrops fetalis"])
def test_edema_of_one_organ_or_another_mechanism_is_not_volume_overload(kb, finding):
    ev = check(kb, "poems", [*BASE, finding])
    assert not ev.met
    assert not _item(ev, "minor", "volume-overload").matched
    assert [f.label for f in ev.unused] == [kb.ontology.name(kb.search(finding, kind="term", limit=1)[0].id)]


@pytest.mark.parametrize("finding", ["Visceromegaly", "HP:0001433"])
def test_visceromegaly_and_hepatosplenomegaly_count_as_organomegaly(kb, finding):
    # Visceromegaly is annotated at 80-99% in POEMS syndrome; Hepatosplenomegaly lies
    # below both Hepatomegaly and Splenomegaly.
    ev = check(kb, "poems", [*BASE, finding])
    assert ev.met and _item(ev, "minor", "organomegaly").met


@pytest.mark.parametrize("finding", ["HP:0002926", "Hyperthyroidism", "Goiter", "Abnormality of the thyroid gland"])
def test_a_thyroid_abnormality_alone_does_not_meet_endocrinopathy(kb, finding):
    # Mayo: thyroid abnormalities (not only hypothyroidism) are too common to count alone.
    ev = check(kb, "poems", [*BASE, finding])
    endo = _item(ev, "minor", "endocrinopathy")
    assert not ev.met and not endo.met and len(endo.not_counted) == 1
    assert "thyroid abnormalities" in endo.explanation


def test_a_thyroid_abnormality_with_hypogonadism_counts(kb):
    ev = check(kb, "poems", [*BASE, "HP:0002926", "Hypogonadism"])
    assert ev.met and [f.id for f in _item(ev, "minor", "endocrinopathy").matched] == ["HP:0000135"]


@pytest.mark.parametrize("finding", ["Osteopetrosis", "Generalized osteosclerosis", "HP:0011001", "Osteopoikilosis"])
def test_dense_bone_in_general_is_not_a_sclerotic_bone_lesion(kb, finding):
    # Osteopetrosis and other generalized increases in bone density are other diseases'
    # findings; the POEMS criterion is focal sclerotic lesions.
    ev = check(kb, "poems", ["HP:0001271", "lambda", finding, "Papilledema"])
    assert not ev.met
    assert not _item(ev, "other-major", "sclerotic-bone-lesions").met


@pytest.mark.parametrize("finding", ["Sclerotic vertebral endplates", "HP:0005686", "Sclerotic foci in hand bones", "sclerotic lesions"])
def test_focal_sclerosis_and_its_descendants_meet_sclerotic_bone_lesions(kb, finding):
    ev = check(kb, "poems", ["HP:0001271", "lambda", finding, "Papilledema"])
    assert ev.met and _item(ev, "other-major", "sclerotic-bone-lesions").met


def test_bone_lesions_is_no_longer_an_alias_of_sclerotic_lesions(kb):
    # "Bone lesions" covers lytic lesions too (multiple myeloma); only sclerotic ones count.
    with pytest.raises(FindingError):
        check(kb, "poems", ["HP:0001271", "lambda", "bone lesions", "Papilledema"])


def test_every_descendant_of_an_item_term_outside_its_except_branches_meets_it(kb):
    ont = kb.ontology
    crit = get_set("poems")
    for item in crit.items:
        for term in item.hpo:
            for d in sorted(ont.descendants(term))[:40]:
                if any(ont.is_a(d, t) for t in (*item.except_terms, *item.not_alone)):
                    continue
                ev = check(kb, "poems", [d])
                row = next(r for g in ev.groups for r in g.items if r.item.id == item.id)
                assert row.met, (item.id, d)
