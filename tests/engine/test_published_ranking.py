"""The ``published`` ranking method: published patients fused with the annotations,
publications left out on request, excluded features read the way case reports use them."""

from __future__ import annotations

import numpy as np
import pytest

from raremap.engine.published.records import PublishedPatient
from raremap.engine.published.section import SECTION, compile_patients
from raremap.engine.query import resolve_query
from raremap.engine.ranker import rank_query
from raremap.engine.ranking import get_method
from raremap.knowledge import KnowledgeBase

AP, PA, PN, SZ = "HP:0031006", "HP:0003401", "HP:0001271", "HP:0001250"


def with_patients(kb, patients) -> KnowledgeBase:
    """A copy of ``kb`` whose published patients are ``patients``."""
    return KnowledgeBase({**kb.sections, SECTION: compile_patients(kb, patients)}, header={})


def patient(pid, disease, present, excluded=(), pmid="PMID:1"):
    return PublishedPatient(pid, disease, None, None, None, tuple(present), tuple(excluded), pmid, "A paper")


def total(kb, present, excluded=(), **params) -> dict[str, float]:
    r = rank_query(kb, resolve_query(kb, present, excluded), "published", **params)
    return dict(zip(kb.diseases.ids, r.scores.total.tolist(), strict=True))


@pytest.fixture(scope="module")
def mini_with_patients(mini_kb):
    # Published patients of the seizure disorder all show polyneuropathy, which its
    # annotations do not list; one paper's patients also lacked acroparesthesia.
    return with_patients(mini_kb, [
        patient("a", "OMIM:100100", [SZ, PN], pmid="PMID:1"),
        patient("b", "OMIM:100100", [PN], [AP], pmid="PMID:1"),
        patient("c", "OMIM:100100", [PN, SZ], [AP], pmid="PMID:2"),
    ])


def test_patients_showing_a_feature_are_evidence_for_their_disease(mini_kb, mini_with_patients):
    alone = total(mini_with_patients, [PN], exclude_pmids=["PMID:1", "PMID:2"])
    fused = total(mini_with_patients, [PN])
    assert fused["OMIM:100100"] > alone["OMIM:100100"]
    assert fused["ORPHA:1"] == pytest.approx(alone["ORPHA:1"])  # no patients: unchanged


def test_leaving_out_every_paper_gives_the_annotation_only_scores(mini_kb, mini_with_patients):
    for present, excluded in (([PN], []), ([SZ], [AP]), ([AP, PN], [SZ])):
        no_patients = total(mini_kb, present, excluded)
        left_out = total(mini_with_patients, present, excluded, exclude_pmids=["PMID:2", "PMID:1"])
        assert left_out == pytest.approx(no_patients)
        unknown_paper = total(mini_with_patients, present, excluded, exclude_pmids=["PMID:99"])
        assert unknown_paper == pytest.approx(total(mini_with_patients, present, excluded))


def test_leaving_out_one_paper_keeps_the_others(mini_with_patients):
    # fill 0: what the closest diseases show would otherwise set a floor above one patient
    both = total(mini_with_patients, [PN], fill=0.0)["OMIM:100100"]
    one = total(mini_with_patients, [PN], exclude_pmids=["PMID:1"], fill=0.0)["OMIM:100100"]
    none = total(mini_with_patients, [PN], exclude_pmids=["PMID:1", "PMID:2"], fill=0.0)["OMIM:100100"]
    assert both > one > none


def test_a_feature_published_patients_were_found_without_costs_their_disease_less(mini_kb, mini_with_patients):
    # Acroparesthesia is annotated for the seizure disorder; two of its three published
    # patients were looked at and found without it.
    def cost(kb):
        s = total(kb, [SZ], [AP], beta=0.0)
        t = total(kb, [SZ], beta=0.0)
        return s["OMIM:100100"] - t["OMIM:100100"]

    assert cost(mini_with_patients) > cost(mini_kb)


def test_with_a_low_floor_an_excluded_obligate_feature_counts_against_its_disease(mini_kb):
    s = total(mini_kb, [PA], [PN], beta=0.0, gamma=1.0, delta=0.02)
    t = total(mini_kb, [PA], beta=0.0, gamma=1.0, delta=0.02)
    assert s["ORPHA:1"] - t["ORPHA:1"] < 0  # polyneuropathy is obligate in ORPHA:1
    assert s["OMIM:100100"] - t["OMIM:100100"] == pytest.approx(0.0)  # unrelated to it


def test_a_real_patient_from_a_one_paper_disease_meets_no_patient_when_its_paper_is_left_out(kb):
    sec = kb.section(SECTION)
    papers_of = {}
    for d, paper in zip(sec["disease"].tolist(), sec["paper"].tolist(), strict=True):
        papers_of.setdefault(d, set()).add(paper)
    ptr, idx = sec["present"]
    i = next(i for i, d in enumerate(sec["disease"].tolist()) if len(papers_of[d]) == 1)
    pmid = sec["pmids"][int(sec["paper"][i])]
    present = [kb.ontology.ids[t] for t in idx[ptr[i]:ptr[i + 1]]]
    q = resolve_query(kb, present)
    own_out = rank_query(kb, q, "published", exclude_pmids=[pmid]).scores.total
    everyone_out = rank_query(kb, q, "published", exclude_pmids=sec["pmids"]).scores.total
    with_own = rank_query(kb, q, "published").scores.total
    d = int(sec["disease"][i])
    assert own_out[d] == pytest.approx(everyone_out[d])
    assert with_own[d] > own_out[d]
    assert np.isfinite(with_own).all()


def test_the_closest_published_patients_share_the_query_features(mini_with_patients):
    from raremap.engine.published.similar import similar_patients

    kb = mini_with_patients
    q = resolve_query(kb, [PN, SZ])
    like = similar_patients(kb, q, top=5)
    assert [p["patient"] for p in like] == ["a", "c", "b"]  # a, c show both; b polyneuropathy only
    assert like[0]["similarity"] == pytest.approx(1.0) and like[2]["similarity"] < 1.0
    assert [s["hpo_id"] for s in like[2]["shared"]] == [PN]
    assert like[0]["url"] == "https://pubmed.ncbi.nlm.nih.gov/1/" and like[0]["disease"]["id"] == "OMIM:100100"
    assert [p["patient"] for p in similar_patients(kb, q, top=5, exclude_pmids=["PMID:1"])] == ["c"]
    assert similar_patients(kb, q, disease_id="ORPHA:1") == []


def test_the_explanation_says_what_published_patients_show(kb):
    from raremap.engine.explanation import explain_disease
    from raremap.engine.published.explain import age_text

    sec = kb.section(SECTION)
    ptr, idx = sec["present"]
    present = [kb.ontology.ids[t] for t in idx[ptr[0]:ptr[1]]]
    ranking = rank_query(kb, resolve_query(kb, present))
    disease = kb.diseases.ids[int(sec["disease"][0])]
    pub = explain_disease(ranking, disease)["published"]
    n = int((sec["disease"] == sec["disease"][0]).sum())
    assert pub["patients"] == n
    assert all(0 < f["shown"] <= n for f in pub["features"])  # patient 0 itself shows them all
    assert pub["like_yours"][0]["patient"] == sec["patient"][0]
    assert "not a representative sample" in pub["note"]
    assert (age_text("P5Y8M"), age_text("P1Y"), age_text("x")) == ("5 years 8 months", "1 year", None)


def test_the_excluded_feature_calibration_counts_each_unseen_paper_apart(kb):
    from raremap.engine.published.calibration import N_CELLS, cited_pmids, stored
    from raremap.engine.published.calibration import SECTION as CAL
    from raremap.engine.published.ranking import Published

    cal = stored(kb, Published().eps)
    sec = kb.section(SECTION)
    assert cal is not None and cal.pmids == sec["pmids"] and cal.true.shape == (len(cal.pmids), N_CELLS)
    # Each paper holds its own patients' excluded features, and only papers the
    # annotations do not cite count.
    cited = cited_pmids(kb)
    ptr, _ = sec["excluded"]
    n_excluded = np.diff(ptr)
    for j, pmid in enumerate(cal.pmids):
        expected = 0 if pmid in cited else int(n_excluded[sec["paper"] == j].sum())
        assert cal.true[j].sum() == expected
        assert cal.share[j].sum() == pytest.approx(expected)
    biggest = cal.pmids[int(cal.true.sum(axis=1).argmax())]
    assert not np.allclose(cal.ratios(), cal.ratios([biggest]))  # its own paper is left out
    assert cal.ratios(cal.pmids) is None  # nothing left to learn from: the fixed model
    assert kb.section(CAL)["eps"] == Published().eps


def test_a_calibrated_excluded_feature_helps_a_disease_that_shows_it_sometimes(kb):
    # In case reports, "found absent" is mostly a feature the patient's own disease shows
    # in some of its patients: the learned ratios say so.
    from raremap.engine.published.calibration import stored
    from raremap.engine.published.ranking import Published

    ratios = stored(kb, Published().eps).ratios()
    # cells: R band * 6 + U band; U band 1 = shown by up to 20 % of the disease's patients
    assert ratios[5 * 6 + 1] > ratios[0 * 6 + 0]
    assert ratios[0] < 1.0  # a disease that has nothing to do with x: a little less likely


def test_the_kept_per_term_vectors_give_the_scores_computed_afresh(kb):
    from raremap.engine.matrices import engine_matrices
    from raremap.engine.published.ranking import Published

    m = engine_matrices(kb)
    sec = kb.section(SECTION)
    pmid = sec["pmids"][0]
    present, excluded = ["HP:0001263", "HP:0000311", "HP:0000023"], ["HP:0001250", "HP:0000147"]
    for sex in ("male", "female", None):  # the sex-limited diseases are kept apart
        q = resolve_query(kb, present, excluded, sex=sex)
        for _ in range(2):  # the second time from the kept vectors
            kept = rank_query(kb, q, "published", exclude_pmids=[pmid]).scores.total
        fresh = Published(exclude_pmids=[pmid])
        fresh.bind(kb)
        fresh._kb = None  # nothing kept: every vector computed again
        assert np.allclose(kept, fresh.score(m, q).total, atol=1e-5)


def test_general_present_features_weigh_less_than_specific_ones(kb):
    # "Global developmental delay" is annotated to thousands of diseases, "Round face" to
    # few: the first separates little and counts for less; the weights keep the query's
    # total weight (they average 1), and ic_power 0 gives the unweighted ratios.
    from raremap.engine.matrices import engine_matrices
    from raremap.engine.published.ranking import Published

    m = engine_matrices(kb)
    q = resolve_query(kb, ["HP:0001263", "HP:0000311", "HP:0000668"])
    w = Published().feature_weights(m, q.present)
    assert w[0] < 0.6 < 1.0 < w[1] and w.mean() == pytest.approx(1.0)
    weighted = rank_query(kb, q, "published").scores
    flat = rank_query(kb, q, "published", ic_power=0.0).scores
    assert np.allclose(weighted.present, flat.present * w[:, None])
    assert np.allclose(weighted.total, weighted.present.sum(axis=0) + weighted.excluded.sum(axis=0)
                       + weighted.context + weighted.unreported + weighted.neighbours + weighted.similar)


def test_a_hallmark_the_report_leaves_out_counts_against_its_disease(kb):
    # POEMS syndrome (ORPHA:2905) has polyneuropathy as an obligate feature. A report of
    # its other features that never mentions polyneuropathy (nor a broader or narrower
    # term) costs it; naming a broader term, or listing it as absent, is a mention.
    from raremap.engine.matrices import engine_matrices
    from raremap.engine.published.hallmarks import hallmark_matrix, unreported_log_lr

    m = engine_matrices(kb)
    poems = kb.diseases.index_of("ORPHA:2905")
    h = hallmark_matrix(kb, 0.8)
    neuropathy = kb.ontology.index["HP:0001271"]
    assert h[poems, neuropathy] >= 0.8
    others = ["HP:0001744", "HP:0000846", "HP:0008066", "HP:0001903", "HP:0000822"]
    silent = resolve_query(kb, others)
    broader = resolve_query(kb, others + ["HP:0009830"])  # Peripheral neuropathy
    absent = resolve_query(kb, others, ["HP:0001271"])
    method = get_method("published")
    c = method.unreported
    cost = unreported_log_lr(m, h, silent, c, 1.0)  # full_report 1: no scaling by length
    assert cost[poems] < unreported_log_lr(m, h, broader, c, 1.0)[poems] <= 0
    assert cost[poems] < unreported_log_lr(m, h, absent, c, 1.0)[poems]
    # A short report leaves out more and says less: the same hallmarks cost less.
    short = resolve_query(kb, others[:2])
    assert 0 > unreported_log_lr(m, h, short, c, 10.0)[poems] > unreported_log_lr(m, h, short, c, 2.0)[poems]
    # The ranking adds it to the total, and the explanation shows it.
    from raremap.engine.explanation import explain_disease

    ranking = rank_query(kb, silent, "published")
    s = ranking.scores
    assert np.allclose(s.total, s.present.sum(axis=0) + s.excluded.sum(axis=0) + s.context + s.unreported
                       + s.neighbours + s.similar)
    assert np.allclose(s.unreported, unreported_log_lr(m, h, silent, c, method.full_report))
    assert s.unreported[poems] > cost[poems]  # five features of a full report of ten
    assert explain_disease(ranking, "ORPHA:2905")["unreported_contribution"] == pytest.approx(
        round(float(s.unreported[poems]), 3))
    off = rank_query(kb, silent, "published", unreported=0.0).scores
    assert off.unreported is None and np.allclose(s.total - s.unreported, off.total)


def test_the_cell_table_of_every_term_holds_the_per_term_cells(kb):
    from raremap.engine.matrices import engine_matrices
    from raremap.engine.published.ranking import CellTable

    m = engine_matrices(kb)
    method = get_method("published")
    method.bind(kb)
    terms = [kb.ontology.index[t] for t in ("HP:0000252", "HP:0001250", "HP:0003198", "HP:0000118", "HP:0009830")]
    every = method._cells_many(m, m.features, list(range(m.n_terms)), m.n_diseases)
    table = CellTable.of(every)
    alone = method._cells_many(m, m.features, terms, m.n_diseases)
    for x, (at, cells) in zip(terms, alone, strict=True):
        t_at, t_cells = table.cells(x)
        assert t_at.dtype == at.dtype and t_cells.dtype == cells.dtype
        assert np.array_equal(t_at, at) and np.array_equal(t_cells, cells)
    assert sum(len(a) for a, _ in alone) > 100


def test_a_feature_most_published_patients_show_counts_against_a_disease_when_left_out(kb):
    from raremap.engine.matrices import engine_matrices
    from raremap.engine.published.evidence import patient_matrices
    from raremap.engine.published.hallmarks import _published_hallmarks, left_out_terms

    m = engine_matrices(kb)
    pm = patient_matrices(kb, m)
    method = get_method("published")
    everyone = np.ones(pm.n_patients, dtype=np.float32)
    rows, terms, shares = _published_hallmarks(pm, everyone, method.published_hallmark, method.published_min)
    assert len(rows) > 50 and (shares >= method.published_hallmark).all()
    at = int(np.bincount(rows).argmax())  # the disease with the most published hallmarks
    disease = int(pm.rows[at])
    hallmark = int(terms[rows == at][np.argmax(shares[rows == at])])
    query = resolve_query(kb, ["HP:0000750"])  # Delayed speech and language development
    assert left_out_terms(m, query)[hallmark] == 1.0
    on = rank_query(kb, query, "published").scores
    off = rank_query(kb, query, "published", published_unreported=0.0).scores
    assert on.neighbours[disease] < off.neighbours[disease]
    assert np.allclose(on.total - on.neighbours, off.total - off.neighbours)
    # Each hallmark left out costs log10(1 - c * share), c scaled by the report's length;
    # one that the query names costs nothing.
    mine_terms, mine_shares = terms[rows == at], shares[rows == at]

    def expected(q) -> float:
        c = method.published_unreported * min(1.0, len(q.present) / method.full_report)
        out = left_out_terms(m, q)[mine_terms]
        return float((np.log10(1.0 - c * mine_shares) * out).sum())

    assert on.neighbours[disease] - off.neighbours[disease] == pytest.approx(expected(query))
    named = resolve_query(kb, ["HP:0000750", kb.ontology.ids[hallmark]])
    on_named = rank_query(kb, named, "published").scores
    off_named = rank_query(kb, named, "published", published_unreported=0.0).scores
    assert on_named.neighbours[disease] - off_named.neighbours[disease] == pytest.approx(expected(named))
    assert left_out_terms(m, named)[hallmark] == 0.0
    # Leaving out every paper of the disease leaves it no published patient: no such cost.
    pmids = tuple({pm.pmids[p] for p in np.unique(pm.paper[pm.group == at]).tolist()})
    left = rank_query(kb, query, "published", exclude_pmids=pmids).scores
    left_off = rank_query(kb, query, "published", exclude_pmids=pmids, published_unreported=0.0).scores
    assert left.neighbours[disease] == left_off.neighbours[disease]
