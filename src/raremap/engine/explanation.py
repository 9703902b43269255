"""Why a disease ranks where it does: feature by feature, in plain data for every shell.

Loops over one disease's own annotations (a few dozen rows), never over all diseases.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from raremap.engine.matrices import engine_matrices
from raremap.engine.published.explain import published_explanation
from raremap.engine.published.hallmarks import hallmark_matrix, left_out_hallmarks
from raremap.engine.ranker import Ranking
from raremap.engine.ranking import get_method
from raremap.knowledge.feature_rows import by_term, how_often
from raremap.knowledge.frequency import Band, Frequency
from raremap.knowledge.model import Aspect, Sex

#: A "related" match only through a term this common (shared by more than a fifth of the
#: diseases, e.g. an organ system) does not count as explaining a feature.
_VAGUE = 0.2

_RELATIONS = {
    "exact": "same feature",
    "narrower": "the condition lists a more specific form",
    "broader": "the condition lists a broader feature",
    "related": "related features",
}


@dataclass(frozen=True)
class _Row:
    term: int
    share: float
    frequency: Frequency
    ancestors: frozenset[int]


def _rows(ranking: Ranking, index: int) -> tuple[list[_Row], list[_Row]]:
    """The disease's present and absent phenotype rows, with their ancestor sets."""
    kb = ranking.kb
    d = kb.diseases
    m = engine_matrices(kb)
    shares = m.shares
    present: list[_Row] = []
    absent: list[_Row] = []
    sex = Sex.from_code(ranking.query.sex.upper() if ranking.query.sex else None)
    for r in range(int(d.offsets[index]), int(d.offsets[index + 1])):
        if d.aspect[r] != Aspect.PHENOTYPE:
            continue
        if sex and d.sex[r] and d.sex[r] != sex:
            continue  # recorded for the other sex only
        t = int(d.term[r])
        value = float(d.value[r])
        freq = Frequency(Band(int(d.band[r])), None if math.isnan(value) else value, "")
        row = _Row(t, float(shares[r]), freq, m.ancestor_set(t))
        (absent if d.absent[r] else present).append(row)
    return present, absent


def _term(kb, t: int) -> dict:
    tid = kb.ontology.ids[t]
    return {"hpo_id": tid, "name": kb.ontology.name(tid)}


def _annotation(kb, row: _Row, figures: dict[str, str] | None = None) -> dict:
    """One of the disease's annotations: ``frequency`` and ``band`` are this row's (the one the
    score used); ``how_often`` is every source's figure for the term, worded as the disease's
    page words them, so that a shell shows the same figures as the page."""
    out = {**_term(kb, row.term), "frequency": row.frequency.describe(), "band": row.frequency.band.slug}
    out["how_often"] = (figures or {}).get(out["hpo_id"], out["frequency"])
    return out


def _figures(kb, disease_id: str) -> dict[str, str]:
    """Every source's figure for each feature of the disease, best-supported first, each
    source named when the disease's annotations come from more than one."""
    disease = kb.disease(disease_id)
    labelled = len({a.source_id for a in disease.phenotypes if a.source_id}) > 1
    return {rows[0].hpo_id: how_often(rows, labelled) for rows in by_term(disease.present_phenotypes)}


def _best_match(m, q: int, anc_q: frozenset[int], rows: list[_Row],
                kappa: float) -> tuple[str | None, _Row | None, int | None]:
    """The disease annotation that best explains patient term ``q``: (relation, row, via)."""
    bg = m.background
    best: tuple[float, str | None, _Row | None, int | None] = (0.0, None, None, None)
    cand: tuple[float, str | None, _Row | None, int | None]
    for row in rows:
        if row.term == q:
            cand = (row.share / bg[q], "exact", row, None)
        elif q in row.ancestors:
            cand = (row.share / bg[q], "narrower", row, None)
        elif row.term in anc_q:
            cand = (row.share / bg[row.term], "broader", row, None)
        else:
            common = anc_q & row.ancestors
            if not common:
                continue
            via = min(common, key=lambda a: bg[a])
            cand = (kappa * row.share / bg[via], "related", row, via)
        if cand[0] > best[0]:
            best = cand
    return best[1], best[2], best[3]


def _unexplained_reason(kb, m, relation: str | None, best: _Row | None, via: int | None) -> str:
    """Why a patient feature does not count for the disease, naming the disease's closest
    feature only when it is genuinely related: the same term, a broader or narrower one,
    or one sharing an informative ancestor (not a whole organ system such as "Abnormal
    nervous system physiology": Paresthesia is not close to Intellectual disability)."""
    if best is None or (relation == "related" and (via is None or m.background[via] > _VAGUE)):
        return "not among the condition's recorded features"
    name = kb.ontology.name(kb.ontology.ids[best.term])
    how_often = best.frequency.describe()
    if relation == "exact":
        return f"listed for the condition ({how_often}), but not often enough, compared with other conditions, to count for it"
    if relation == "narrower":
        return f"the condition lists a more specific form, {name} ({how_often}), not often enough, compared with other conditions, to count for it"
    if relation == "broader":
        return f"the condition lists only a broader feature, {name} ({how_often}), too general to count for it"
    return f"not among the condition's recorded features (closest: {name})"


def explain_disease(ranking: Ranking, disease_id: str, suggestions: int = 5) -> dict:
    """Explain one disease of a ranking.

    Returns a dict: ``disease`` (id, name), ``rank``, ``score``, ``probability``, ``unit``;
    ``matched``: patient features the disease explains, each with the disease annotation
    and its frequency, how they relate and the feature's contribution to the score;
    ``unexplained``: patient features it does not explain (or is recorded as lacking);
    ``excluded_against``: features the patient does not have but the disease often shows;
    ``check_next``: the disease's frequent features that the patient was not asked about;
    ``published``: what the disease's published patients show (None without any);
    ``unreported_contribution``: what its hallmarks the query leaves out cost (None when
    the method does not weigh them);
    ``unreported_hallmarks``: those hallmarks, each with its frequency, most frequent first,
    the most specific only (a broader one a listed term falls under is left out, though it
    counts in the score); empty when they cost nothing, None when the method does not weigh them;
    ``neighbours_contribution``: what the closeness of the disease's published patients to
    the query adds or costs (None when the method does not read published patients);
    ``similar_contribution``: what the patient features that the disease's own annotations
    do not name, but its closest diseases show, add (None when the method does not read them).
    Each annotation named carries ``frequency`` (the figure of the row the score used) and
    ``how_often`` (every source's figure for the term, as the disease's page words them).
    """
    kb = ranking.kb
    index = kb.diseases.index[disease_id]
    m = engine_matrices(kb)
    row = ranking.row(index)
    present_rows, absent_rows = _rows(ranking, index)
    figures = _figures(kb, disease_id)
    scores = ranking.scores
    kappa = getattr(get_method(ranking.method), "kappa", 0.02)
    matched: list[dict] = []
    unexplained, against = [], []
    asked: set[int] = set()
    for j, q in enumerate(ranking.query.present):
        anc_q = m.ancestor_set(q)
        asked |= anc_q
        asked.update(int(x) for x in m.descendants_of(q))
        contribution = float(scores.present[j, index])
        negated = [r for r in absent_rows if r.term in anc_q]
        relation, best, via = _best_match(m, q, anc_q, present_rows, kappa)
        item = {"feature": _term(kb, q), "contribution": round(contribution, 3)}
        if negated:
            unexplained.append({**item, "reason": "the condition is recorded as lacking "
                                + kb.ontology.name(kb.ontology.ids[negated[0].term])})
        elif (best is None or (scores.unit == "log10 LR" and contribution <= 0)
              or (relation == "related" and m.background[via] > _VAGUE)):
            unexplained.append({**item, "reason": _unexplained_reason(kb, m, relation, best, via)})
        else:
            assert relation is not None  # a best match always has its relation
            matched.append({
                **item,
                "relation": relation,
                "relation_text": _RELATIONS[relation],
                "annotation": _annotation(kb, best, figures),
                "via": _term(kb, via) if via is not None else None,
            })
    for j, x in enumerate(ranking.query.excluded):
        asked.add(x)
        asked.update(int(d) for d in m.descendants_of(x))
        asked.update(int(a) for a in m.ancestors_of(x))
        contribution = float(scores.excluded[j, index])
        shown = [r for r in present_rows if r.term == x or x in r.ancestors]
        if shown:
            top = max(shown, key=lambda r: r.share)
            against.append({"feature": _term(kb, x), "contribution": round(contribution, 3),
                            "annotation": _annotation(kb, top, figures)})
    frequent = [r for r in present_rows if r.frequency.band <= Band.FREQUENT and r.term not in asked]
    frequent.sort(key=lambda r: (-r.share, -float(m.ic[r.term]), r.term))
    check_next, seen = [], set()
    for r in frequent:
        if r.term in seen:
            continue
        seen.add(r.term)
        check_next.append(_annotation(kb, r, figures))
        if len(check_next) >= suggestions:
            break
    matched.sort(key=lambda i: -i["contribution"])
    return {
        "disease": {"id": row.id, "name": row.name},
        "rank": row.rank,
        "score": round(row.score, 4),
        "probability": row.probability,
        "unit": scores.unit,
        "matched": matched,
        "unexplained": unexplained,
        "excluded_against": sorted(against, key=lambda i: i["contribution"]),
        "onset_contribution": round(float(scores.context[index]), 3) if ranking.query.onset is not None else None,
        "unreported_contribution": round(float(scores.unreported[index]), 3) if scores.unreported is not None else None,
        "unreported_hallmarks": _unreported(ranking, index, present_rows, figures),
        "neighbours_contribution": round(float(scores.neighbours[index]), 3) if scores.neighbours is not None else None,
        "similar_contribution": round(float(scores.similar[index]), 3) if scores.similar is not None else None,
        "check_next": check_next,
        "published": _in_order(published_explanation(ranking, index), [*matched, *unexplained]),
    }


def _in_order(published: dict | None, features: list[dict]) -> dict | None:
    """The published counts and each close patient's shared features in the order the
    explanation lists the features (those it explains first, most telling first), not the
    order they were entered in."""
    if published is None:
        return None
    rank = {f["feature"]["hpo_id"]: i for i, f in enumerate(features)}

    def key(item: dict) -> int:
        return rank.get(item["hpo_id"], len(rank))

    published["features"] = sorted(published["features"], key=key)
    for patient in published["like_yours"]:
        patient["shared"] = sorted(patient["shared"], key=key)
    return published


def _unreported(ranking: Ranking, index: int, present_rows: list[_Row], figures: dict[str, str]) -> list[dict] | None:
    """The disease's hallmarks the query leaves out, when they count against it."""
    scores = ranking.scores
    if scores.unreported is None:
        return None
    threshold = getattr(get_method(ranking.method), "hallmark", None)
    if threshold is None or scores.unreported[index] >= 0:
        return []
    kb = ranking.kb
    by_term: dict[int, _Row] = {}
    for r in present_rows:
        if r.term not in by_term or r.share > by_term[r.term].share:
            by_term[r.term] = r
    hallmarks = hallmark_matrix(kb, threshold)
    m = engine_matrices(kb)
    left_out = [t for t, _f in left_out_hallmarks(m, hallmarks, ranking.query, index)]
    return [_annotation(kb, by_term[t], figures) if t in by_term else _term(kb, t) for t in most_specific(m, left_out)]


def most_specific(m, terms: list[int]) -> list[int]:
    """``terms`` in their order without those a more specific one among them covers
    ("Abnormality of the endocrine system" beside "Hypogonadism"). For display only: the
    score counts every hallmark left out (see :mod:`.published.hallmarks`)."""
    covered: set[int] = set()
    for t in terms:
        covered |= m.ancestor_set(t) - {t}
    return [t for t in terms if t not in covered]


def also_check(kb, explanation: dict) -> list[dict]:
    """The explanation's ``check_next`` without what its ``unreported_hallmarks`` already
    name, the same term or a broader one, nor a term broader than another it lists
    ("Mitochondrial depletion" beside "Depletion of mitochondrial DNA in liver"): for
    shells that show both lists, each feature once and most specific."""
    named = {h["hpo_id"] for h in explanation.get("unreported_hallmarks") or ()}
    listed = named | {c["hpo_id"] for c in explanation["check_next"]}
    covered = named.union(*(kb.ontology.ancestors(t) for t in listed if t in kb.ontology))
    return [c for c in explanation["check_next"] if c["hpo_id"] not in covered]


def explain_top(ranking: Ranking, n: int = 10, suggestions: int = 5) -> list[dict]:
    """Explanations of the ``n`` best-ranked diseases."""
    return [explain_disease(ranking, ranking.kb.diseases.ids[int(i)], suggestions) for i in ranking.order[:n]]

