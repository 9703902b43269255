"""The ``published`` ranking method: the likelihood method, with what published patients
show fused into each disease's feature frequencies, and excluded features calibrated the way
published case reports use them.

For a disease D with ``n`` published patients (after leaving out any publications the
caller names) and a term ``c``::

    U*(D, c) = (shown(D, c) + n0 * U(D, c)) / (n + n0)     # patients showing c or below
    F*(D, c) = (exact(D, c) + n0 * F(D, c)) / (n + n0)     # patients annotated with c

``U``/``F`` are the annotation-based frequencies of the likelihood method (see
``raremap.engine.ranking.likelihood``), ``n0`` how many patients the annotations are worth.
A present feature's likelihood ratio is the likelihood method's formula over ``U*``/``F*``;
a disease without published patients keeps its annotation-based values.

An excluded feature ``x`` ("looked for and found absent"): in published cases it is usually
a feature of the patient's own disease that this patient lacked, because papers tabulate a
syndrome's features patient by patient. How much that says is learned from the published
patients whose papers the annotations do not cite (``calibration``): each disease falls in
a cell by how well it would explain x (``R``) and how often its patients show x (``U``), and
the cell's likelihood ratio ``L(cell)`` is the share of patients whose own disease falls in
it over the share of all diseases that do, leaving out the publications the caller names
(so a benchmark patient's own paper never shapes it). The chance that a report lists x as
absent, relative to any disease, is then::

    A(D, x) = rho * (L(cell(D, x)) / L(unrelated)) ** shrink   # shrink < 1: features of
                                                               # one patient are not independent
    A(D, x) = rho * min(L ** shrink, frequent_lr)          # when x is very frequent in D
    A(D, x) = rho * min(L ** shrink, obligate_lr)          # when x is obligate in D
    A*(D, x) = (absent(D, x) + n0 * A(D, x)) / (n + n0)    # with published patients

and its likelihood ratio is ``A*(D, x) / rho``. So an excluded feature that a disease
shows occasionally is evidence *for* it, an unrelated disease is unaffected (the ratios
are taken relative to the cell of unrelated diseases, which leaves the order as it is), a very
frequent feature's absence costs its disease nothing (``frequent_lr`` 1) and an obligate
feature's absence counts against its disease (``obligate_lr``). The data alone would let
the absence of a very frequent or obligate feature raise its disease (papers tick them
patient by patient); these two caps are a choice, not learned: a person's "I do not have
this" must not raise a disease that is rarely or never without it.

Present features are weighted by how much they say (their information content, ``ic``
``= -ln`` of the share of diseases annotated with the term or below it)::

    w(q) = (max(ic(q), 0.5) / mean over the query's present features) ** ic_power

so that general features that most case reports list ("Global developmental delay",
"Seizure", "Hypotonia"; ic about 1.5) count for less than specific ones ("Round face",
about 4.4), without changing the total weight of the query. The features of one patient
are not independent, and the general ones overlap most with the others: the likelihood
ratios alone count them as full, independent evidence.

The published patients closest to the query add ``neighbours * (s(D) - s̄)`` to a disease
with published patients: ``s(D)`` the mean ontology similarity of its ``k`` closest kept
patients, ``s̄`` its mean over those diseases (see :mod:`raremap.engine.published.neighbours`).
A feature recorded for at least ``published_hallmark`` (0.8) of a disease's kept published
patients (at least ``published_min`` of them) that the query names in no form costs it
``log10(1 - c * share)``, ``c = published_unreported * min(1, k / full_report)``, as the
annotations' hallmarks do (:func:`raremap.engine.published.hallmarks.published_hallmarks_log_lr`);
both are counted in ``Scores.neighbours``, what its published patients say.

A present feature that a disease's own annotations do not name, but its closest diseases
show, counts for it by ``fill`` times their share (see
:mod:`raremap.engine.published.similar_fill`; kept apart as ``Scores.similar``).

Without enough calibration data (a knowledge base without published patients, or every
paper left out) the excluded features follow a fixed model instead::

    A(D, x) = rho * ((1 - U(D, x)) * attention(D, x) + delta * U(D, x))
    attention(D, x) = min(attention_max, (1 + gamma * [D shows x or a term below it]) * (R(D, x)) ** beta)

``delta`` is the chance that a patient said to lack x has it after all (or that the
annotation is wrong); ``gamma = beta = 0`` gives the likelihood method's formula.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

import numpy as np

from raremap.engine.matrices import (
    EngineMatrices,
    FeatureMatrices,
    column_any,
    columns_any,
    columns_max,
    engine_matrices,
    stored_cells,
    weighted_column_max,
    weighted_row_max,
)
from raremap.engine.published.calibration import U_EDGES, cells, learn, stored
from raremap.engine.published.evidence import PatientMatrices, patient_matrices, take_rows
from raremap.engine.published.hallmarks import (
    hallmark_matrix,
    left_out_terms,
    published_hallmarks_log_lr,
    unreported_log_lr,
)
from raremap.engine.published.neighbours import neighbour_log_lr
from raremap.engine.published.similar_fill import (
    FillTable,
    concept_groups,
    fill_log_lr,
    fill_table,
    neighbour_weights,
)
from raremap.engine.query import Query
from raremap.engine.ranking.base import Scores, register
from raremap.engine.ranking.likelihood import Likelihood
from raremap.engine.sibling_route import sibling_max

#: Per-term vectors kept per process, per kind (all diseases: a present term's 42 kB, an
#: excluded term's 11 kB; the sex-limited subsets less): about 110 MB at most.
TERM_CACHE = 2048
#: Distinct terms a process computes per-term vectors for, one by one, before it builds
#: the closest diseases' share (:class:`FillTable`) and the excluded-feature cells
#: (:class:`CellTable`) of every term at once.
TABLES_AFTER = 256
#: Terms per step when the cells of every term are computed.
CELL_TABLE_STEP = 512
#: Information content below which a present feature is weighed as if it had this much.
IC_FLOOR = 0.5


@register
class Published(Likelihood):
    name = "published"
    unit = "log10 LR"
    description = "Likelihood ratios over the annotations and the published patients of each disease"

    #: Defaults tuned on the real-patient development set, leave-one-publication-out
    #: (bench/real_patients.py; what each change did is in docs/benchmarks.md).
    def __init__(self, eps: float = 0.8, kappa: float = 0.05, delta: float = 0.15, n0: float = 20.0,
                 rho: float = 0.05, gamma: float = 1.0, beta: float = 0.8, attention_max: float = 12.0,
                 shrink: float = 0.3, frequent_lr: float = 1.0, obligate_lr: float = 0.4, calibrate: bool = True,
                 ic_power: float = 1.0, hallmark: float = 0.8, unreported: float = 0.3, full_report: float = 10.0,
                 neighbours: float = 2.0, k: float = 1.0, fill: float = 0.1, fill_keep: float = 5, concept: float = 1.0,
                 published_unreported: float = 0.6, published_hallmark: float = 0.8, published_min: float = 3.0,
                 exclude_pmids=(), patients: PatientMatrices | None = None) -> None:
        super().__init__(eps, kappa, delta)
        self.attention_max = attention_max
        self.n0, self.rho, self.gamma, self.beta = n0, rho, gamma, beta
        self.shrink, self.calibrate = shrink, calibrate
        self.frequent_lr, self.obligate_lr = frequent_lr, obligate_lr
        self.ic_power = ic_power
        self.hallmark, self.unreported, self.full_report = hallmark, unreported, full_report
        self.neighbours, self.k = neighbours, int(k)
        self.fill, self.fill_keep = fill, int(fill_keep)
        self.concept = concept
        #: Hallmarks of a disease's published patients the query leaves out (see
        #: :func:`.hallmarks.published_hallmarks_log_lr`; counted with the nearest patients).
        self.published_unreported = published_unreported
        self.published_hallmark, self.published_min = published_hallmark, published_min
        #: Each disease's closest diseases, and the entries of one MONDO concept (see
        #: :mod:`.similar_fill`), set by ``bind``.
        self._fill_weights = None
        self._concepts: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        #: The hallmark matrix (see :mod:`raremap.engine.published.hallmarks`), set by ``bind``.
        self.hallmarks = None
        self.exclude_pmids = tuple(exclude_pmids or ())
        self.patients = patients
        #: float64 (N_CELLS,): the calibrated ratios ``L`` (None: the fixed model).
        self.ratios: np.ndarray | None = None

    def bind(self, kb) -> None:
        """Read the published patients of ``kb`` and the excluded-feature calibration
        learned from them (called by the ranker before scoring)."""
        m = engine_matrices(kb)
        if self.patients is None:
            self.patients = patient_matrices(kb, m)
        if self.calibrate and self.patients.n_patients:
            def ratios() -> np.ndarray | None:
                table = stored(kb, self.eps) or kb.derived.get(
                    f"published excluded calibration {self.eps}",
                    lambda: learn(kb, m, self.patients, lambda x: self.relevance(m, m.features, x)))
                return table.ratios(self.exclude_pmids)

            # kept per set of publications left out (a server leaves none out)
            self.ratios = kb.derived.get(f"published excluded ratios {self.eps}", ratios,
                                         key=frozenset(self.exclude_pmids), limit=512)
        if self.unreported > 0:
            self.hallmarks = hallmark_matrix(kb, self.hallmark)
        if self.fill > 0:
            self._fill_weights = neighbour_weights(kb, m.n_diseases, self.fill_keep)
        if self.concept:
            self._concepts = concept_groups(kb)
        self._kb = kb

    def _cached(self, what, term: int, compute) -> np.ndarray:
        """A per-term vector over all diseases, kept with the knowledge base (the most
        recently used ``TERM_CACHE`` terms): it depends on the term and the parameters
        only, not on the rest of the query nor on the publications left out."""
        kb = getattr(self, "_kb", None)
        if kb is None:
            return compute()
        params = (what, self.eps, self.kappa, self.delta, self.beta)
        return kb.derived.get(f"published per-term {params}", compute, key=term, limit=TERM_CACHE)

    def _cached_many(self, what, terms: list[int], compute_many) -> list[np.ndarray]:
        """:meth:`_cached` for several terms; the missing ones from one ``compute_many``."""
        kb = getattr(self, "_kb", None)
        if kb is None:
            return compute_many(terms)
        params = (what, self.eps, self.kappa, self.delta, self.beta)
        return kb.derived.get_many(f"published per-term {params}", terms, compute_many, limit=TERM_CACHE)

    def _features(self, m: EngineMatrices, fm: FeatureMatrices, query: Query, n_rows: int):
        # All diseases, or the subset whose features depend on the patient's sex.
        rows = "all" if fm is m.features else next(
            (str(sex) for sex, (_touched, sub) in m.sex_limited.items() if sub is fm), None)
        if rows is None:
            return super()._features(m, fm, query, n_rows)
        present = np.empty((len(query.present), n_rows))
        kept = self._cached_many(("present", rows), list(query.present), lambda qs: self._present_many(m, fm, qs, n_rows))
        for j, q_lr in enumerate(kept):
            present[j] = q_lr
        excluded = np.empty((len(query.excluded), n_rows))
        if self.ratios is None:
            for j, x in enumerate(query.excluded):
                excluded[j] = np.log10(self.excluded_lr(m, fm, x, n_rows))
            return present, excluded
        table = np.log10(self._cell_lr())
        kb = getattr(self, "_kb", None)
        cell_table = self._cell_table(kb, m, fm, rows, n_rows, query.excluded) if kb is not None else None
        cells_of: list[tuple[np.ndarray, np.ndarray]]
        if cell_table is not None:
            cells_of = [cell_table.cells(x) for x in query.excluded]
        else:
            cells_of = cast(list[tuple[np.ndarray, np.ndarray]], self._cached_many(
                ("cells", rows), list(query.excluded), lambda xs: self._cells_many(m, fm, xs, n_rows)))
        excluded[:] = table[0]  # the cell of a disease that has nothing to do with the term
        for j, (at, x_cells) in enumerate(cells_of):
            excluded[j, at] = table[x_cells]
        return present, excluded

    def _present_many(self, m: EngineMatrices, fm: FeatureMatrices, qs: list[int], n_rows: int) -> list[np.ndarray]:
        """float32 ``log10`` of :meth:`feature_lr` for several present terms, computed
        together: the same numbers (a general term's dense row is weighed in float32, a
        sparse column in float64, as :meth:`FeatureMatrices.reached_max` does)."""
        k = len(qs)
        terms = np.asarray(qs, dtype=np.int64)
        bg = m.background
        best = np.zeros((k, n_rows))
        _reached_max_many(fm, terms, 1.0 / bg[terms], np.arange(k), best)
        ancs = [m.ancestors_of(q, include_self=False) for q in qs]
        anc = np.concatenate(ancs).astype(np.int64) if k else np.zeros(0, dtype=np.int64)
        owner = np.repeat(np.arange(k), [len(a) for a in ancs])
        columns_max(fm.direct, anc, 1.0 / bg[anc], owner, best)
        if self.kappa > 0:
            sibling_max(m, fm, self.kappa, terms, anc, owner, best)
        lr = self.eps + (1.0 - self.eps) * best
        lr[columns_any(fm.negated, np.concatenate([terms, anc]), np.concatenate([np.arange(k), owner]), lr.shape)] = self.eps
        return [row.astype(np.float32) for row in np.log10(lr)]

    def _cells_many(self, m: EngineMatrices, fm: FeatureMatrices, xs: list[int],
                    n_rows: int) -> list[tuple[np.ndarray, np.ndarray]]:
        """:meth:`_cells` of several excluded terms, computed together and kept sparse: for
        each term, the rows whose cell is not 0 (int32) and their cells (int8). A row that
        neither reaches the term nor has one of its broader terms has ``U = 0`` and ``R =
        1`` (``eps / eps``), cell 0, so only the rows the columns touch are evaluated; each
        step is :meth:`_cells`'s on those rows (the same numbers)."""
        k = len(xs)
        terms = np.asarray(xs, dtype=np.int64)
        bg = m.background
        ancs = [m.ancestors_of(x, include_self=False) for x in xs]
        anc = np.concatenate(ancs).astype(np.int64) if k else np.zeros(0, dtype=np.int64)
        owner = np.repeat(np.arange(k), [len(a) for a in ancs])
        # Flat positions ``j * n_rows + row`` of the stored cells, and scratch arrays over
        # all positions of which only these are written and read (no pass over all rows).
        at_u, u_cells = stored_cells(fm.reached, terms, np.arange(k), n_rows)
        at_f, f_cells = stored_cells(fm.direct, anc, owner, n_rows, 1.0 / bg[anc])
        touched = np.concatenate([at_u, at_f])
        slot = np.empty(k * n_rows, dtype=np.int32)
        slot[touched] = np.arange(len(touched), dtype=np.int32)
        at = touched[slot[touched] == np.arange(len(touched))]  # each position once
        u_of, f_of = np.empty(k * n_rows), np.empty(k * n_rows)
        u_of[at], f_of[at] = 0.0, 0.0
        u_of[at_u] = u_cells  # one column per term: no position twice
        np.maximum.at(f_of, at_f, f_cells)
        row = at // n_rows
        u = u_of[at]
        lr = self.eps + (1.0 - self.eps) * np.maximum(u / bg[terms].astype(np.float64)[row], f_of[at])
        at_n, _ = stored_cells(fm.negated, np.concatenate([terms, anc]), np.concatenate([np.arange(k), owner]), n_rows)
        negated = np.empty(k * n_rows, dtype=bool)
        negated[at] = False
        negated[at_n] = True
        lr[negated[at]] = self.eps
        c = cells(lr / self.eps, u)
        keep = c != 0
        at, row, c = at[keep], row[keep].astype(np.int16), c[keep]
        order = np.argsort(row, kind="stable")
        at, c = at[order], c[order]
        bounds = np.concatenate([[0], np.cumsum(np.bincount(row, minlength=k))]).tolist()
        return [((at[bounds[j]:bounds[j + 1]] - j * n_rows).astype(np.int32), c[bounds[j]:bounds[j + 1]])
                for j in range(k)]

    def _cells(self, m: EngineMatrices, fm: FeatureMatrices, x: int, n_rows: int) -> np.ndarray:
        """int8 (n_rows,): the calibration cell of each disease for excluded term ``x``."""
        reached = np.zeros(n_rows)
        fm.reached_max(np.array([x]), np.array([1.0]), reached)
        return cells(self._relevance(m, fm, x, n_rows, reached) / self.eps, reached)

    def _cell_lr(self) -> np.ndarray:
        """float64 (N_CELLS,): ``A / rho`` per calibration cell (caps included)."""
        cached = self.__dict__.get("_cell_lr_cache")
        if cached is not None and cached[0] is self.ratios:
            return cached[1]
        ratios = self.ratios
        assert ratios is not None, "the calibrated ratios are learned before they are used"
        lr = (ratios / ratios[0]) ** self.shrink
        band = np.arange(len(lr)) % (len(U_EDGES) + 1)
        lr[band >= len(U_EDGES) - 1] = np.minimum(lr[band >= len(U_EDGES) - 1], self.frequent_lr)
        lr[band == len(U_EDGES)] = np.minimum(lr[band == len(U_EDGES)], self.obligate_lr)
        self.__dict__["_cell_lr_cache"] = (self.ratios, lr)
        return lr

    def absent_share(self, reached: np.ndarray, relevance: np.ndarray | None = None) -> np.ndarray:
        """``A(D, x)`` from ``U(D, x)`` and ``R(D, x) * eps`` (see the module docstring)."""
        if self.ratios is not None:
            ratio = np.ones_like(reached) if relevance is None else relevance / self.eps
            return self.rho * self._cell_lr()[cells(ratio, reached)]
        shows = (reached > 0).astype(np.float64)
        attention = 1.0 + self.gamma * shows
        if relevance is not None:
            attention = attention * (relevance / self.eps) ** self.beta
        attention = np.minimum(attention, self.attention_max)
        return self.rho * ((1.0 - reached) * attention + self.delta * reached)

    def _uses_relevance(self) -> bool:
        return self.ratios is not None or bool(self.beta)

    def relevance(self, m: EngineMatrices, fm: FeatureMatrices, x: int) -> np.ndarray:
        """``R(D, x)`` for each row of ``fm`` (1 when D has nothing to do with x)."""
        return self._relevance(m, fm, x, fm.direct.shape[0]) / self.eps

    def _relevance(self, m: EngineMatrices, fm: FeatureMatrices, x: int, n_rows: int,
                   reached: np.ndarray | None = None) -> np.ndarray:
        """How well D would explain x were it present: the likelihood method's LR through
        the exact and broader routes (the sibling route is left out: it costs most and
        weighs little). ``reached``: ``U(D, x)`` when the caller has it already."""
        anc = m.ancestors_of(x, include_self=False)
        bg = m.background
        if reached is None:
            best = np.zeros(n_rows)
            fm.reached_max(np.array([x]), np.array([1.0 / bg[x]]), best)
        else:
            best = reached / float(bg[x])
        weighted_column_max(fm.direct, anc, 1.0 / bg[anc], best)
        lr = self.eps + (1.0 - self.eps) * best
        lr[column_any(fm.negated, np.concatenate([[x], anc]), n_rows)] = self.eps
        return lr

    def excluded_lr(self, m: EngineMatrices, fm: FeatureMatrices, x: int, n_rows: int) -> np.ndarray:
        reached = np.zeros(n_rows)
        fm.reached_max(np.array([x]), np.array([1.0]), reached)
        relevance = self._relevance(m, fm, x, n_rows, reached) if self._uses_relevance() else None
        return self.absent_share(reached, relevance) / self.rho

    def _dense_lr(self, m: EngineMatrices, u: np.ndarray, f: np.ndarray, columns: np.ndarray,
                  negated, q: int, sibling: bool = True) -> np.ndarray:
        """The likelihood method's ``LR(q | D)`` over dense (n_dp, c) ``U``/``F`` columns."""
        anc = m.ancestors_of(q, include_self=False)
        bg = m.background_f64
        at = np.searchsorted(columns, anc)
        best = u[:, np.searchsorted(columns, q)] / bg[q]
        if len(anc):
            best = np.maximum(best, (f[:, at] / bg[anc]).max(axis=1))
            if self.kappa > 0 and sibling:
                best = np.maximum(best, self.kappa * (u[:, at] / bg[anc]).max(axis=1))
        lr = self.eps + (1.0 - self.eps) * best
        lr[self._cached("negated rows", q, lambda: column_any(negated, np.concatenate([[q], anc]), len(lr)))] = self.eps
        return lr

    def _published_rows(self, m: EngineMatrices, query: Query, pm: PatientMatrices):
        """Log LRs of the present and excluded features for the diseases with patients:
        :meth:`_dense_lr` and :meth:`absent_share` for all the query's terms together (the
        same numbers, element by element; the arrays are laid out one row per term)."""
        keep = pm.keep_mask(self.exclude_pmids)
        terms = query.present + query.excluded
        ancs = [m.ancestors_of(t, include_self=False) for t in terms]
        columns = np.unique(np.concatenate([np.asarray(terms, dtype=np.int64), *ancs])).astype(np.int64)
        n, (shown, exact, absent) = pm.counts_by_term(columns, keep)
        u_ann, f_ann = take_rows(*_annotation_rows(pm, m), columns)
        denom = n + self.n0
        u = (shown + self.n0 * u_ann) / denom
        f = (exact + self.n0 * f_ann) / denom
        bg = m.background_f64[columns][:, None]
        ub, fb = u / bg, f / bg
        at = np.searchsorted(columns, np.asarray(terms, dtype=np.int64))
        k = len(query.present)
        negated = _annotations_of(pm, m).negated
        present = np.log10(self._dense_lrs(ub, fb, columns, negated, terms[:k], at[:k], ancs[:k], True))
        if not query.excluded:
            return present, np.empty((0, len(pm.rows)))
        x_at = at[k:]
        relevance = self._dense_lrs(ub, fb, columns, negated, terms[k:], x_at, ancs[k:], False) \
            if self._uses_relevance() else None
        prior = self.absent_share(u_ann[x_at], relevance)
        excluded = np.log10((absent[x_at] + self.n0 * prior) / denom / self.rho)
        return present, excluded

    def _dense_lrs(self, ub: np.ndarray, fb: np.ndarray, columns: np.ndarray, negated, terms: Sequence[int],
                   at: np.ndarray, ancs: list[np.ndarray], sibling: bool) -> np.ndarray:
        """float64 (k, n_dp): :meth:`_dense_lr` of each of ``terms`` (at rows ``at``), from
        ``U``/``F`` (c, n_dp) already divided by each column's background."""
        k = len(terms)
        best = ub[at]
        lengths = np.array([len(a) for a in ancs], dtype=np.int64)
        has = np.flatnonzero(lengths)
        if len(has):
            anc_at = np.searchsorted(columns, np.concatenate([ancs[j] for j in has.tolist()]).astype(np.int64))
            starts = np.concatenate([[0], np.cumsum(lengths[has])[:-1]])
            best[has] = np.maximum(best[has], np.maximum.reduceat(fb[anc_at], starts, axis=0))
            if self.kappa > 0 and sibling:
                best[has] = np.maximum(best[has], self.kappa * np.maximum.reduceat(ub[anc_at], starts, axis=0))
        lr = self.eps + (1.0 - self.eps) * best
        owner = np.repeat(np.arange(k), lengths + 1)
        own = np.concatenate([np.concatenate([[t], a]) for t, a in zip(terms, ancs, strict=True)]) if k else \
            np.zeros(0, dtype=np.int64)
        lr[columns_any(negated, own.astype(np.int64), owner, lr.shape)] = self.eps
        return lr

    def _filled(self, m: EngineMatrices, query: Query) -> np.ndarray | None:
        """float (k, n_d): ``log10 LR~`` of each present feature read from each disease's
        closest diseases (see :mod:`raremap.engine.published.similar_fill`); None without
        the related-diseases table."""
        weights = self._fill_weights
        if weights is None:
            return None

        def compute_many(qs: list[int]) -> list[np.ndarray]:
            reached = np.zeros((len(qs), m.n_diseases))
            _reached_max_many(m.features, np.asarray(qs, dtype=np.int64), np.ones(len(qs)), np.arange(len(qs)),
                              reached)
            return fill_log_lr(m, weights, reached, qs, self.eps, self.fill)

        kb = getattr(self, "_kb", None)
        if kb is not None:
            table = self._fill_table(kb, m, weights, query.present)
            if table is not None:
                kept = table.log_lr(list(query.present), m.n_diseases)
                return np.stack(kept) if kept else None
        kept = self._cached_many(("similar", self.fill, self.fill_keep), list(query.present), compute_many)
        return np.stack(kept) if kept else None

    def _tables_ready(self, kb, terms) -> bool:
        """Whether this process has asked for :data:`TABLES_AFTER` distinct terms (``terms``
        counted now): a server then reads every term's vectors from tables built once and
        answers a term nobody asked before as fast as one it has kept, while a one-off query
        does not pay for the tables (about 1.4 s of CPU and 85 MB, once)."""
        asked: set[int] = kb.derived.get("published terms asked", set)
        if len(asked) >= TABLES_AFTER:
            return True
        asked.update(terms)
        return len(asked) >= TABLES_AFTER

    def _fill_table(self, kb, m: EngineMatrices, weights, terms) -> FillTable | None:
        """The closest diseases' share of every term (:class:`FillTable`), once the tables
        are due (:meth:`_tables_ready`)."""
        if not self._tables_ready(kb, terms):
            return None
        name = f"published fill table {(self.eps, self.fill, self.fill_keep)}"
        return kb.derived.get(name, lambda: fill_table(m, weights, self.eps, self.fill))

    def _cell_table(self, kb, m: EngineMatrices, fm: FeatureMatrices, rows: str, n_rows: int,
                    terms) -> CellTable | None:
        """The excluded-feature cells of every term over ``rows`` (:class:`CellTable`), once
        the tables are due (:meth:`_tables_ready`)."""
        if not self._tables_ready(kb, terms):
            return None
        params = (rows, self.eps, self.kappa, self.delta, self.beta)

        def build() -> CellTable:
            parts = [self._cells_many(m, fm, list(range(lo, min(m.n_terms, lo + CELL_TABLE_STEP))), n_rows)
                     for lo in range(0, m.n_terms, CELL_TABLE_STEP)]
            return CellTable.of([cell for part in parts for cell in part])

        return kb.derived.get(f"published cell table {params}", build)

    def feature_weights(self, m: EngineMatrices, present) -> np.ndarray:
        """float64 (k,): the weight of each present feature (see the module docstring)."""
        ic = np.maximum(m.ic[np.asarray(present, dtype=np.int64)].astype(np.float64), IC_FLOOR)
        return (ic / ic.mean()) ** self.ic_power if len(ic) else ic

    def score(self, m: EngineMatrices, query: Query) -> Scores:
        scores = Scores(np.empty(0), *self._parts(m, query), self.unit)  # the total is taken below
        left_out = None  # the terms the query mentions in no form, for both kinds of hallmarks
        pm = self.patients
        if pm is not None and len(pm.rows) and query.present:
            present, excluded = self._published_rows(m, query, pm)
            scores.present[:, pm.rows] = present
            scores.excluded[:, pm.rows] = excluded
            if self.neighbours > 0:
                scores.neighbours = np.zeros(m.n_diseases)
                keep = pm.keep_mask(self.exclude_pmids)
                scores.neighbours[pm.rows] = neighbour_log_lr(m, pm, query, keep, self.k, self.neighbours)
            if self.published_unreported > 0:
                if scores.neighbours is None:
                    scores.neighbours = np.zeros(m.n_diseases)
                left_out = left_out_terms(m, query)
                scores.neighbours[pm.rows] += published_hallmarks_log_lr(
                    m, pm, query, pm.keep_mask(self.exclude_pmids), self.published_unreported, self.full_report,
                    self.published_hallmark, self.published_min, left_out)
        gain = None
        if self.fill > 0 and query.present:
            filled = self._filled(m, query)
            if filled is not None:
                if self._concepts is not None:
                    # entries of one MONDO concept read each other's features in full
                    at, starts, sizes = self._concepts
                    if len(at):
                        best = np.maximum.reduceat(scores.present[:, at], starts, axis=1)
                        filled[:, at] = np.maximum(filled[:, at], np.repeat(best, sizes, axis=1))
                gain = np.subtract(filled, scores.present)
                np.maximum(gain, 0.0, out=gain)
        weights = self.feature_weights(m, query.present) if self.ic_power and query.present else None
        if weights is not None:
            scores.present *= weights[:, None]
        if gain is not None:  # the features' weighted sum, in one product
            scores.similar = (weights if weights is not None else np.ones(len(gain))) @ gain
        if self.hallmarks is not None:
            scores.unreported = unreported_log_lr(m, self.hallmarks, query, self.unreported, self.full_report, left_out)
        scores.total = scores.present.sum(axis=0) + scores.excluded.sum(axis=0) + scores.context
        if scores.unreported is not None:
            scores.total = scores.total + scores.unreported
        if scores.neighbours is not None:
            scores.total = scores.total + scores.neighbours
        if scores.similar is not None:
            scores.total = scores.total + scores.similar
        return scores


@dataclass
class CellTable:
    """:meth:`Published._cells_many` of every term, one after another: term ``x``'s rows
    and cells are ``rows[indptr[x]:indptr[x + 1]]`` (int32) and ``cells[...]`` (int8), the
    same arrays (about 6 million cells, 32 MB over all diseases)."""

    indptr: np.ndarray
    rows: np.ndarray
    values: np.ndarray

    @classmethod
    def of(cls, per_term: list[tuple[np.ndarray, np.ndarray]]) -> CellTable:
        sizes = np.array([len(at) for at, _ in per_term], dtype=np.int64)
        return cls(np.concatenate([[0], np.cumsum(sizes)]),
                   np.concatenate([at for at, _ in per_term]).astype(np.int32),
                   np.concatenate([c for _, c in per_term]).astype(np.int8))

    def cells(self, term: int) -> tuple[np.ndarray, np.ndarray]:
        lo, hi = int(self.indptr[term]), int(self.indptr[term + 1])
        return self.rows[lo:hi], self.values[lo:hi]


def _reached_max_many(fm: FeatureMatrices, columns: np.ndarray, weights: np.ndarray, owner: np.ndarray,
                      out: np.ndarray) -> np.ndarray:
    """:meth:`FeatureMatrices.reached_max` into row ``owner[c]`` of ``out`` (k, n) for each
    column ``columns[c]``: the sparse columns of all rows in one pass, the general terms'
    dense rows row by row (stacked for all rows at once they no longer fit the cache)."""
    if fm.dense_row is None or fm.dense_reached is None or len(columns) == 0:
        return columns_max(fm.reached, columns, weights, owner, out)
    rows = fm.dense_row[columns]
    dense = rows >= 0
    if dense.any():
        d_owner, d_rows, d_weights = owner[dense], rows[dense], weights[dense]
        for j in np.unique(d_owner).tolist():
            mine = d_owner == j
            np.maximum(out[j], weighted_row_max(fm.dense_reached, d_rows[mine], d_weights[mine]), out=out[j])
    return columns_max(fm.reached, columns[~dense], weights[~dense], owner[~dense], out)


def _annotation_rows(pm: PatientMatrices, m: EngineMatrices) -> tuple[np.ndarray, np.ndarray]:
    """``U`` and ``F`` of the annotations for the diseases with patients, one row per term
    that any of them reaches: ``row`` int32 (n_t,) (-1: all 0) and ``values`` float32
    (n_reached, 2, n_dp) (built once)."""
    cached = pm.__dict__.get("_annotation_rows")
    if cached is None:
        ann = _annotations_of(pm, m)
        touched = np.flatnonzero(np.diff(ann.reached.indptr) + np.diff(ann.direct.indptr))
        row = np.full(ann.reached.shape[1], -1, dtype=np.int32)
        row[touched] = np.arange(len(touched), dtype=np.int32)
        values = np.stack([ann.reached[:, touched].toarray().T, ann.direct[:, touched].toarray().T], axis=1)
        cached = pm.__dict__["_annotation_rows"] = (row, values.astype(np.float32))
    return cached


def _annotations_of(pm: PatientMatrices, m: EngineMatrices) -> FeatureMatrices:
    """The annotation-based matrices restricted to the diseases with patients (cached)."""
    cached = pm.__dict__.get("_annotations")
    if cached is None:
        f = m.features
        cached = FeatureMatrices(f.direct[pm.rows].tocsc(), f.reached[pm.rows].tocsc(), f.negated[pm.rows].tocsc())
        pm.__dict__["_annotations"] = cached
    return cached
