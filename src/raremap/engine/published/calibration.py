"""What an excluded feature is worth, learned from published patients.

In a case report, "looked for and found absent" is usually a feature of the patient's own
disease that this patient lacked: papers tabulate a syndrome's features patient by patient.
How much that says for or against a disease D is measured here rather than assumed. For
every excluded feature ``x`` of a published patient whose paper the HPO annotations do not
cite (so the annotations were not curated from that patient), each disease falls in one of
a few cells by two annotation-based values:

- ``R(D, x)``: how well D would explain x were it present (the ``published`` method's
  relevance over its noise floor; 1 when D has nothing to do with x), in ``R_EDGES`` bands;
- ``U(D, x)``: the share of D's patients expected to show x or a term below it, in
  ``U_EDGES`` bands (0, rare, ..., obligate).

``true[cell]`` counts the patients whose own disease falls in the cell, ``all[cell]`` the
share of all diseases that fall in it (summed over the same excluded features). The ratio
``(true + k) / (all + k)`` is the likelihood ratio of "x excluded" for a disease in that
cell, shrunk towards 1 by ``k`` pseudo-counts. Counts are kept per publication, so that a
patient's own paper can be left out of the statistic (leave-one-publication-out).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SECTION = "published_calibration"

R_EDGES = np.array([1.0001, 2.0, 5.0, 20.0, 100.0])
U_EDGES = np.array([0.0, 0.2, 0.5, 0.8, 0.975])
N_CELLS = (len(R_EDGES) + 1) * (len(U_EDGES) + 1)
#: Below this many diseases, :func:`cells` searches the edges instead of counting them.
SHORT = 2000
#: Pseudo-counts that pull each cell's ratio towards 1.
SHRINK_COUNTS = 5.0
#: Below this many excluded features (after leaving papers out) the statistic is not used.
MIN_FEATURES = 200


def cells(relevance_ratio: np.ndarray, reached: np.ndarray) -> np.ndarray:
    """int8, ``reached``'s shape: the cell of each disease from ``R`` (relevance over eps)
    and ``U``: the number of ``R_EDGES`` at or below ``R`` times ``len(U_EDGES) + 1``, plus
    the number of ``U_EDGES`` below ``U``. Counted edge by edge (ten vector comparisons cost
    less than a binary search per disease on long arrays; on short ones the search is
    cheaper)."""
    if reached.size < SHORT:
        r = np.searchsorted(R_EDGES, relevance_ratio, side="right")
        return (r * (len(U_EDGES) + 1) + np.searchsorted(U_EDGES, reached, side="left")).astype(np.int8)
    out = np.zeros(reached.shape, dtype=np.int8)
    for edge in R_EDGES:
        np.add(out, relevance_ratio >= edge, out=out)
    out *= len(U_EDGES) + 1
    for edge in U_EDGES:
        np.add(out, reached > edge, out=out)
    return out


def cited_pmids(kb) -> set[str]:
    """PMIDs in the release's phenotype.hpoa reference column."""
    table, _codes = kb.sections["diseases"]["references"]
    return {ref.strip() for refs in table for ref in refs.split(";") if ref.strip().startswith("PMID:")}


@dataclass
class ExcludedCalibration:
    """``true``/``share`` float64 (n_papers, N_CELLS): per publication of the store, the
    counts described in the module docstring; ``pmids`` the publications, in order."""

    pmids: list[str]
    true: np.ndarray
    share: np.ndarray

    def ratios(self, exclude_pmids=()) -> np.ndarray | None:
        """float64 (N_CELLS,): the likelihood ratio per cell without the given
        publications; ``None`` when too few excluded features remain to learn from."""
        wanted = set(exclude_pmids or ())
        keep = np.array([p not in wanted for p in self.pmids], dtype=bool)
        true = self.true[keep].sum(axis=0) if len(keep) else np.zeros(N_CELLS)
        if true.sum() < MIN_FEATURES:
            return None
        share = self.share[keep].sum(axis=0)
        return (true + SHRINK_COUNTS) / (share + SHRINK_COUNTS)


def learn(kb, m, pm, relevance) -> ExcludedCalibration:
    """The counts over the store's patients from papers the annotations do not cite.
    ``relevance(x)`` gives float64 (n_diseases,): ``R(D, x)`` for every disease (1 for a
    disease unrelated to x)."""
    sec_pmids = list(pm.pmids)
    true = np.zeros((len(sec_pmids), N_CELLS))
    share = np.zeros((len(sec_pmids), N_CELLS))
    cited = np.array([p in cited_pmids(kb) for p in sec_pmids], dtype=bool)
    disease = pm.rows[pm.group]
    ex = pm.excluded.tocoo()
    used = ~cited[pm.paper[ex.row]] if ex.nnz else np.zeros(0, dtype=bool)
    who, what = ex.row[used], ex.col[used]
    fm, n = m.features, m.n_diseases
    # Each distinct excluded term once: the cell of every disease, and their histogram.
    terms, back = np.unique(what, return_inverse=True)
    hist = np.zeros((len(terms), N_CELLS))
    true_cell = np.zeros(len(who), dtype=np.int64)
    for j, x in enumerate(terms):
        reached = np.zeros(n)
        fm.reached_max(np.array([x]), np.array([1.0]), reached)
        c = cells(relevance(int(x)), reached)
        hist[j] = np.bincount(c, minlength=N_CELLS) / n
        mine = back == j
        true_cell[mine] = c[disease[who[mine]]]
    np.add.at(share, pm.paper[who], hist[back])
    np.add.at(true, (pm.paper[who], true_cell), 1.0)
    return ExcludedCalibration(sec_pmids, true, share)


def stored(kb, eps: float) -> ExcludedCalibration | None:
    """The calibration kept in the artifact, when it was learned with this ``eps``."""
    sec = kb.section(SECTION)
    if not sec or sec.get("eps") != eps:
        return None
    return ExcludedCalibration(list(sec["pmids"]), np.asarray(sec["true"]), np.asarray(sec["share"]))

