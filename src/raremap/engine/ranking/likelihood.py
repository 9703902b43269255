"""RareMap's default method: a likelihood ratio per patient feature over the ontology.

Follows the likelihood-ratio idea of LIRICAL (Robinson PN, Ravanmehr V, Jacobsen JOB, et
al. Interpretable clinical genomics with a likelihood ratio paradigm. Am J Hum Genet.
2020;107(3):403-417. doi:10.1016/j.ajhg.2020.06.021), with frequency-weighted
probabilities propagated over the ontology in the spirit of BOQA (Bauer S, Köhler S,
Schulz MH, Robinson PN. Bayesian ontology querying for accurate and noise-tolerant
semantic searches. Bioinformatics. 2012;28(19):2502-2508).

For a disease D and an HPO term ``a``, with ``f`` the annotated frequencies::

    F(D, a)  = f of D's annotation to exactly a              (0 if none)
    U(D, a)  = max_{t at or below a} f(D, t)                  (shows a or a finer term)
    bg(a)    = mean_D U(D, a)                                 (background: any disease)

A present patient term ``q`` is explained by D through the best of three routes::

    m(q, D) = max( U(D, q) / bg(q),                  # D has q or a more specific term
                   max_{a > q} F(D, a) / bg(a),       # D has a broader term a of q
                   kappa * max_{a > q} U(D, a) / bg(a) )  # D has a sibling under a

    LR(q | D) = eps + (1 - eps) * m(q, D)            # eps: the term is noise
    LR(q | D) = eps if D is annotated NOT q (or NOT an ancestor of q)

(the second route is the chance of a-type features times the share of q among them,
``F * bg(q)/bg(a)``, divided by ``bg(q)``). An excluded patient term ``x``::

    LR(not x | D) = (1 - (1 - delta) * U(D, x)) / (1 - (1 - delta) * bg(x))

so a disease in which x is obligate or very frequent falls sharply. With an onset term o::

    LR(o | D) = 0.9 / s  if one of D's onset terms is o, above or below it (s: share of
                0.1 / (1 - s)  otherwise            diseases with onset data that fit)
                1 when D has no onset annotation

A patient's sex removes the features recorded only for the other sex.

Phen2Disease (Zhai W, Huang X, Shen N, Zhu S. Brief Bioinform. 2023;24(4):bbad172) scores
both directions, patient to disease and disease to patient. Here the disease-to-patient
direction enters through the excluded features (a frequent feature the patient lacks costs
the disease) and, for people, through the explanations' "worth checking next" list. The score is the
sum of log10 likelihood ratios (uniform prior), so ``10 ** (score_1 - score_2)`` is how
many times likelier disease 1 explains the findings than disease 2.
"""

from __future__ import annotations

import numpy as np

from raremap.engine.matrices import EngineMatrices, FeatureMatrices, column_any, weighted_column_max
from raremap.engine.query import Query
from raremap.engine.ranking.base import Scores, register
from raremap.knowledge.model import Sex


@register
class Likelihood:
    name = "likelihood"
    unit = "log10 LR"
    description = "Likelihood ratios over the ontology, weighted by frequency (LIRICAL/BOQA-like): the default"

    #: Defaults tuned on the training half of the simulated benchmark (bench/rank_bench.py).
    def __init__(self, eps: float = 0.5, kappa: float = 0.02, delta: float = 0.02) -> None:
        self.eps, self.kappa, self.delta = eps, kappa, delta

    def feature_lr(self, m: EngineMatrices, fm: FeatureMatrices, q: int, n_rows: int,
                   min_sibling_weight: float = 0.0) -> np.ndarray:
        """float64 (n_rows,): LR of present term ``q`` for each row of ``fm``.

        ``min_sibling_weight`` skips sibling-route ancestors whose weight ``kappa/bg(a)``
        is below it (the related-diseases build uses this to ignore organ-system level
        overlaps that cannot reach its threshold; queries use every ancestor).
        """
        anc = m.ancestors_of(q, include_self=False)
        bg = m.background
        best = np.zeros(n_rows)
        fm.reached_max(np.array([q]), np.array([1.0 / bg[q]]), best)
        weighted_column_max(fm.direct, anc, 1.0 / bg[anc], best)
        sibling = self.kappa / bg[anc]
        wanted = sibling >= min_sibling_weight
        if self.kappa > 0 and wanted.any():
            fm.reached_max(anc[wanted], sibling[wanted], best)
        lr = self.eps + (1.0 - self.eps) * best
        lr[column_any(fm.negated, np.concatenate([[q], anc]), n_rows)] = self.eps
        return lr

    def excluded_lr(self, m: EngineMatrices, fm: FeatureMatrices, x: int, n_rows: int) -> np.ndarray:
        keep = 1.0 - self.delta
        reached = np.zeros(n_rows)
        fm.reached_max(np.array([x]), np.array([1.0]), reached)
        return (1.0 - keep * reached) / (1.0 - keep * float(m.background[x]))

    def _features(self, m: EngineMatrices, fm: FeatureMatrices, query: Query, n_rows: int):
        present = np.empty((len(query.present), n_rows))
        for j, q in enumerate(query.present):
            present[j] = np.log10(self.feature_lr(m, fm, q, n_rows))
        excluded = np.empty((len(query.excluded), n_rows))
        for j, x in enumerate(query.excluded):
            excluded[j] = np.log10(self.excluded_lr(m, fm, x, n_rows))
        return present, excluded

    def onset_log_lr(self, m: EngineMatrices, onset: int) -> np.ndarray:
        related = np.concatenate([m.ancestors_of(onset), m.descendants_of(onset)])
        fits = column_any(m.onset_terms, related, m.n_diseases)
        share = fits.sum() / max(int(m.has_onset.sum()), 1)
        share = min(max(share, 0.01), 0.99)
        out = np.zeros(m.n_diseases)
        out[m.has_onset & fits] = np.log10(0.9 / share)
        out[m.has_onset & ~fits] = np.log10(0.1 / (1 - share))
        return out

    def score(self, m: EngineMatrices, query: Query) -> Scores:
        present, excluded, context = self._parts(m, query)
        total = present.sum(axis=0) + excluded.sum(axis=0) + context
        return Scores(total, present, excluded, context, self.unit)

    def _parts(self, m: EngineMatrices, query: Query) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each present and excluded feature's log LR and the context's, per disease."""
        present, excluded = self._features(m, m.features, query, m.n_diseases)
        if query.sex in ("male", "female"):
            touched, sub = m.sex_limited[Sex[query.sex.upper()]]
            if len(touched):
                sp, se = self._features(m, sub, query, len(touched))
                present[:, touched] = sp
                excluded[:, touched] = se
        context = self.onset_log_lr(m, query.onset) if query.onset is not None else np.zeros(m.n_diseases)
        return present, excluded, context
