"""Two parts of the ``published`` method's model: how close a disease's published patients
are to the query, and the share assumed for an annotation that gives no frequency."""

from __future__ import annotations

import numpy as np
import pytest

from raremap.engine.explanation import explain_disease
from raremap.engine.matrices import (
    UNKNOWN_FREQUENCY,
    annotation_frequencies,
    engine_matrices,
    unknown_frequencies,
)
from raremap.engine.published.evidence import patient_matrices
from raremap.engine.published.neighbours import closeness, neighbour_log_lr, similarities
from raremap.engine.published.ranking import Published
from raremap.engine.query import resolve_query
from raremap.engine.ranker import rank_query

BARTTER_QUERY = ["HP:0003401", "HP:0001249", "HP:0001250"]  # Paresthesia, ID, Seizure


def _a_patient(kb):
    """The first published patient of a disease that two or more papers describe: its
    position, its disease's row among the diseases with patients, its features."""
    m = engine_matrices(kb)
    pm = patient_matrices(kb, m)
    papers: dict[int, set[int]] = {}
    for g, p in zip(pm.group.tolist(), pm.paper.tolist(), strict=True):
        papers.setdefault(g, set()).add(p)
    i = next(i for i, g in enumerate(pm.group.tolist()) if len(papers[g]) > 1)
    terms = [kb.ontology.ids[t] for t in pm.exact.tocsr()[i].indices.tolist()]
    return m, pm, i, int(pm.group[i]), terms


def test_a_patient_is_closest_to_itself_and_general_terms_meet_specific_ones(kb):
    m, pm, i, _group, terms = _a_patient(kb)
    sim = similarities(m, pm, resolve_query(kb, terms))
    assert sim[i] == pytest.approx(1.0) and sim.max() == pytest.approx(1.0)
    assert (sim >= 0).all() and (sim <= 1 + 1e-9).all()
    # A broader term of one of the patient's features still overlaps (through the ontology).
    specific = kb.ontology.index[terms[0]]
    ancestors = m.ancestors_of(specific, include_self=False)
    parent = int(ancestors[np.argmax(m.ic[ancestors])])  # the most specific ancestor
    broader = similarities(m, pm, resolve_query(kb, [kb.ontology.ids[parent]]))
    assert 0 < broader[i] < 1


def test_closeness_averages_the_k_closest_kept_patients(kb):
    m, pm, i, group, terms = _a_patient(kb)
    sim = similarities(m, pm, resolve_query(kb, terms))
    keep = np.ones(pm.n_patients, dtype=np.float32)
    s, has = closeness(pm, sim, keep, 3)
    mine = np.sort(sim[pm.group == group])[::-1]
    assert has.all() and s[group] == pytest.approx(mine[:3].mean())
    # Leaving out the patient's paper removes it (and its paper's other patients).
    keep[pm.paper == pm.paper[i]] = 0
    s2, has2 = closeness(pm, sim, keep, 1)
    assert has2[group] and s2[group] == pytest.approx(sim[(pm.group == group) & (keep > 0)].max())


def test_having_published_patients_is_no_advantage_in_itself(kb):
    m, pm, i, group, terms = _a_patient(kb)
    q = resolve_query(kb, terms)
    keep = pm.keep_mask(())
    defaults = Published()
    lr = neighbour_log_lr(m, pm, q, keep, defaults.k, defaults.neighbours)
    assert lr.mean() == pytest.approx(0.0, abs=1e-9)  # centred over the diseases with patients
    assert lr[group] > 0  # its own disease's patients are the closest
    # A disease whose only paper is left out is unaffected.
    only = next(g for g in range(len(pm.rows)) if len(set(pm.paper[pm.group == g].tolist())) == 1)
    pmid = pm.pmids[int(pm.paper[pm.group == only][0])]
    assert neighbour_log_lr(m, pm, q, pm.keep_mask((pmid,)), 3, 2.0)[only] == 0.0
    # In the ranking: diseases without published patients get nothing; the explanation says it.
    # (The hallmarks of the published patients, counted in the same term, only ever cost.)
    ranking = rank_query(kb, q, "published", published_unreported=0.0)
    s = ranking.scores
    assert (rank_query(kb, q, "published").scores.neighbours <= s.neighbours + 1e-12).all()
    assert s.neighbours is not None and s.neighbours[pm.rows[group]] == pytest.approx(lr[group])
    without = np.setdiff1d(np.arange(len(s.total)), pm.rows)
    assert (s.neighbours[without] == 0).all()
    off = rank_query(kb, q, "published", neighbours=0.0, published_unreported=0.0).scores
    assert off.neighbours is None and np.allclose(s.total - s.neighbours, off.total)
    disease = kb.diseases.ids[int(pm.rows[group])]
    assert explain_disease(ranking, disease)["neighbours_contribution"] == pytest.approx(
        round(float(s.neighbours[pm.rows[group]]), 3))
    again = rank_query(kb, q, "published", published_unreported=0.0).scores
    assert np.array_equal(again.total, s.total)  # deterministic


def test_an_annotation_without_frequency_takes_its_terms_usual_frequency(kb):
    d = kb.diseases
    u = unknown_frequencies(kb)
    f = annotation_frequencies(kb)
    value = np.asarray(d.value, dtype=np.float64)
    for hpo in BARTTER_QUERY:
        t = kb.ontology.index[hpo]
        known = d.present_phenotype & (d.term == t) & ~np.isnan(value)
        assert known.sum() > 100  # enough given frequencies that the prior weighs little
        assert abs(u[t] - value[known].mean()) < abs(UNKNOWN_FREQUENCY - value[known].mean())
        bare = d.present_phenotype & (d.term == t) & np.isnan(value)
        assert bare.any() and np.allclose(f[bare], u[t])
    # Paresthesia and Seizure are reported in a minority of patients where it is said.
    assert u[kb.ontology.index["HP:0003401"]] < 0.5 and u[kb.ontology.index["HP:0001250"]] < 0.5
    # A term no annotation gives a frequency for keeps the prior.
    never = np.setdiff1d(np.arange(len(u)), d.term[~np.isnan(value)])
    assert np.allclose(u[never], UNKNOWN_FREQUENCY)


def test_diseases_listing_features_bare_no_longer_lead(kb):
    # Both Bartter syndromes list Paresthesia, Intellectual disability and Seizure with no
    # frequency: assumed in 70 % of their patients, they came first for this query.
    r = rank_query(kb, resolve_query(kb, BARTTER_QUERY), "published")
    assert r.rank_of("OMIM:241200") > 10 and r.rank_of("OMIM:601678") > 10
