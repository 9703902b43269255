"""The Phenomizer baseline: Resnik similarity, best-match average from query to disease.

Köhler S, Schulz MH, Krawitz P, et al. Clinical diagnostics in human genetics with semantic
similarity searches in ontologies. Am J Hum Genet. 2009;85(4):457-464.
doi:10.1016/j.ajhg.2009.09.003

For a query Q of patient terms and a disease D with annotated terms T(D)::

    IC(t)          = -ln(share of diseases annotated with t or a term below it)
    sim(q, t)      = IC(MICA(q, t))          # most informative common ancestor (Resnik)
    score(Q -> D)  = 1/|Q| * sum_{q in Q} max_{t in T(D)} sim(q, t)

Computed for all diseases at once: for each ancestor ``a`` of ``q`` (and ``q`` itself),
every disease with an annotation at or below ``a`` has a common ancestor of information
``IC(a)`` with ``q``, so ``max_t sim(q, t) = max_a IC(a) * [D reaches a]``. Excluded
features, frequencies, onset and sex are not used (the 2009 method has none of them).
"""

from __future__ import annotations

import numpy as np

from raremap.engine.matrices import EngineMatrices
from raremap.engine.query import Query
from raremap.engine.ranking.base import Scores, register


@register
class Phenomizer:
    name = "phenomizer"
    unit = "IC (nats)"
    description = "Resnik best-match average, query to disease (Köhler 2009): the baseline"

    def __init__(self) -> None:
        pass

    def score(self, m: EngineMatrices, query: Query) -> Scores:
        n_d = m.n_diseases
        present = np.zeros((len(query.present), n_d))
        for j, q in enumerate(query.present):
            cols = m.ancestors_of(q)
            m.features.indicator_max(cols, m.ic[cols], present[j])
        total = present.mean(axis=0) if len(query.present) else np.zeros(n_d)
        return Scores(total, present, np.zeros((len(query.excluded), n_d)), np.zeros(n_d), self.unit)
