"""Page objects: one dict per disease or term page, the same for the CLI, the website and
the API (one source of truth for what a page shows)."""

from __future__ import annotations

from raremap.knowledge.base import KnowledgeBase
from raremap.knowledge.browse import disease_groups
from raremap.knowledge.disease_links import gene_roles, learn_more
from raremap.knowledge.feature_rows import (
    band_heading,
    by_term,
    from_case_counts,
    how_often,
    source_name,
    support,
)
from raremap.knowledge.frequency import Band
from raremap.knowledge.model import Annotation, reference_url
from raremap.knowledge.ontology import INHERITANCE_ROOT, ONSET_ROOT, PHENOTYPIC_ABNORMALITY

#: How the sites behind disease ids are written for people.
SITE_NAMES = {"ORPHA": "Orphanet", "OMIM": "OMIM", "DECIPHER": "DECIPHER", "MONDO": "MONDO", "GARD": "GARD"}


def _feature(kb: KnowledgeBase, rows: list[Annotation], labelled: bool = False) -> dict:
    """One symptom row: the fields of its best-supported annotation (``rows[0]``, see
    :mod:`raremap.knowledge.feature_rows`), every source's figure in ``frequencies`` and
    all of them in words in ``how_often``."""
    a = rows[0]
    term = kb.ontology.term(a.hpo_id)
    return {
        "hpo_id": a.hpo_id,
        "name": a.name,
        "lay_names": term.lay_names,
        # Lay synonyms not shown (variants, outdated words): the symptom filter still finds them.
        "search_names": [x.text for x in term.synonyms if x.is_layperson and x.text not in term.lay_names],
        "definition": term.definition,
        "frequency": a.frequency.describe(),
        "frequency_raw": a.frequency.raw,
        "frequency_value": a.frequency.value,
        "how_often": how_often(rows, labelled),
        "frequencies": [{
            "source_id": r.source_id,
            "source": source_name(r.source_id) if r.source_id else "",
            "frequency": r.frequency.describe(),
            "frequency_raw": r.frequency.raw,
            "frequency_value": r.frequency.value,
            "band": r.frequency.band.slug,
            "sex": r.sex.lower() if r.sex else None,
            "references": list(r.references),
        } for r in rows],
        "onset": kb.ontology.name(a.onset) if a.onset else None,
        "sex": a.sex.lower() if a.sex else None,
        "modifiers": [kb.ontology.name(m) for m in a.modifiers if kb.ontology.resolve(m)],
        "evidence": a.evidence,
        "references": list(dict.fromkeys(ref for r in rows for ref in r.references)),
        "source_id": a.source_id,
    }


def disease_page(kb: KnowledgeBase, disease_id: str) -> dict:
    """Everything a disease page shows, as plain data."""
    disease = kb.disease(disease_id)
    # One row per HPO term (a merged disease has each source's annotation of a symptom),
    # in the band of its best-supported estimate; one pass (the largest diseases have 200+).
    present = by_term(a for a in disease.phenotypes if not a.is_absent)
    labelled = len({a.source_id for a in disease.phenotypes if a.source_id}) > 1
    by_band: dict[Band, list[list[Annotation]]] = {}
    for rows in present:
        by_band.setdefault(rows[0].frequency.band, []).append(rows)
    bands: list[dict] = []
    for band in Band:
        if band is Band.EXCLUDED:
            continue
        groups = by_band.get(band)
        if groups:
            bands.append({
                "band": band.slug,
                "label": band.label,
                "range": band.range_text,
                "heading": band_heading(band, groups),
                "from_case_counts": from_case_counts(groups),
                "features": [_feature(kb, rows, labelled) for rows in groups],
            })
    absent = [_feature(kb, rows, labelled) for rows in by_term(disease.absent_phenotypes)]
    onsets = _onsets(kb, disease)
    return {
        "id": disease.id,
        "name": disease.name,
        "other_names": kb.diseases.other_names(disease.id),
        "source": disease.source,
        "url": disease.url,
        "hpo_release": kb.release,
        "last_updated": disease.last_updated,
        "feature_count": sum(len(b["features"]) for b in bands),
        "systems": body_systems(kb, [rows[0].hpo_id for rows in present]),
        "bands": bands,
        # Some figures are counts of the people described in reports (see band_heading).
        "case_counts": any(b["from_case_counts"] for b in bands),
        "absent": absent,
        "inheritance": [
            {"hpo_id": a.hpo_id, "name": a.name, "references": list(a.references)}
            for a in disease.inheritance
            if kb.ontology.is_a(a.hpo_id, INHERITANCE_ROOT)
        ],
        "onset": onsets,
        "course": [
            {"hpo_id": a.hpo_id, "name": a.name}
            for a in disease.course
            if not kb.ontology.is_a(a.hpo_id, ONSET_ROOT)
        ],
        "genes": [{"symbol": g.symbol, "ncbi_id": g.ncbi_id, "url": g.url} for g in disease.genes],
        "references": [{"id": r, "url": reference_url(r)} for r in disease.references],
        # Every id of the disease (a merged Orphanet/OMIM pair has both) with its web page.
        "ids": list(disease.ids or (disease.id,)),
        "links": [{"id": i, "url": u, "site": SITE_NAMES.get(i.split(":", 1)[0], "")} for i, u in disease.links],
        # Orphanet's own facts, kept apart from HPO's (None: Orphanet records nothing).
        "orphanet": disease.orphanet.to_dict() if disease.orphanet else None,
        "inheritance_by_source": {k: list(v) for k, v in disease.inheritance_by_source().items()},
        "broader": [{"id": b, "name": kb.diseases.name(b)} for b in disease.broader],
        "narrower": [{"id": n, "name": kb.diseases.name(n)} for n in disease.narrower],
        # Orphanet's groups as breadcrumbs (paths from a top group down), "Learn more"
        # links where the id exists, and every gene with the role its source gives it.
        "groups": disease_groups(kb, disease.id),
        "learn_more": learn_more(disease),
        "gene_roles": gene_roles(disease),
    }


def body_systems(kb: KnowledgeBase, hpo_ids: list[str]) -> list[dict]:
    """The top-level HPO systems (children of *Phenotypic abnormality*) that the features
    fall under, with how many features each holds, most first (a feature may count in
    several systems)."""
    systems = kb.ontology.children(PHENOTYPIC_ABNORMALITY)
    counts = dict.fromkeys(systems, 0)
    for hpo_id in hpo_ids:
        for ancestor in kb.ontology.ancestors(hpo_id, include_self=True) & counts.keys():
            counts[ancestor] += 1
    ranked = sorted(((s, n) for s, n in counts.items() if n), key=lambda pair: (-pair[1], pair[0]))
    return [{"hpo_id": s, "name": kb.ontology.name(s), "count": n} for s, n in ranked]


def _onsets(kb: KnowledgeBase, disease) -> list[dict]:
    seen: dict[str, dict] = {}
    for a in disease.course:
        if kb.ontology.is_a(a.hpo_id, ONSET_ROOT):
            seen.setdefault(a.hpo_id, {"hpo_id": a.hpo_id, "name": a.name})
    return list(seen.values())


def term_page(kb: KnowledgeBase, hpo_id: str) -> dict:
    term = kb.term(hpo_id)
    ont = kb.ontology
    replaced = ont.current(term.id) if term.is_obsolete else None
    return {
        "id": term.id,
        "requested_id": hpo_id,
        "name": term.name,
        "definition": term.definition,
        "comment": term.comment,
        "lay_names": term.lay_names,
        "other_names": term.other_names,
        "synonyms": [{"text": s.text, "scope": s.scope, "kind": s.kind} for s in term.synonyms],
        "xrefs": list(term.xrefs),
        "alt_ids": list(term.alt_ids),
        "is_obsolete": term.is_obsolete,
        "replaced_by": replaced,
        "parents": [{"id": p, "name": ont.name(p)} for p in term.parents],
        "children": [{"id": c, "name": ont.name(c)} for c in term.children],
        "disease_count": int(ont.disease_counts[ont.index[term.id]]),
        "url": reference_url(term.id),
        "hpo_release": kb.release,
    }


def term_diseases(kb: KnowledgeBase, hpo_id: str) -> list[dict]:
    """Diseases annotated with the term itself, with their frequency band, commonest first."""
    # Once per disease (a merged disease may annotate the term once per source): with its
    # best-supported annotation (see :mod:`raremap.knowledge.feature_rows`), a present one
    # before one recording the term as absent.
    best: dict[str, Annotation] = {}

    def key(a: Annotation) -> tuple:
        return (not a.is_absent, *support(a))

    for disease_id, a in kb.diseases.diseases_with_term(hpo_id):
        if disease_id not in best or key(a) > key(best[disease_id]):
            best[disease_id] = a
    rows: list[dict] = []
    for disease_id, a in best.items():
        rows.append({
            "id": disease_id,
            "name": kb.diseases.name(disease_id),
            "band": a.frequency.band.slug,
            "band_label": a.frequency.band.label if not a.negated else "Absent",
            "band_order": int(a.frequency.band) if not a.negated else int(Band.EXCLUDED),
            "frequency": a.frequency.describe() if not a.negated else "known to be absent",
        })
    rows.sort(key=lambda r: (r["band_order"], r["name"].lower()))
    return rows
