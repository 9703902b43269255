"""A disease's published patients feature by feature, for its page ("In N published patients").

For each symptom the HPO annotations give the disease: how many of its published patients
were reported with it (the term itself or a more specific one: "observed") and how many
were looked at and found without it (the term or a broader one excluded, and not
observed: "excluded"), beside the annotation's frequency. Then the features the patients
were reported with that the annotations do not name (neither the term, a broader nor a
narrower one). A merged disease (an Orphanet/OMIM pair) counts the patients of both ids,
each once: the compiled section already files every patient under the canonical id.

The counts of one disease are computed once and kept with the knowledge base
(``kb.derived``, see :mod:`raremap.knowledge.derived`).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np

from raremap.engine.published.evidence import disease_support
from raremap.engine.published.section import SECTION, SOURCE
from raremap.knowledge.feature_rows import by_term, how_often
from raremap.knowledge.ontology import PHENOTYPIC_ABNORMALITY

#: Name of the counts in ``kb.derived``, and how many diseases' counts are kept.
DERIVED_NAME = "published feature counts"
KEEP = 256
STORE_URL = "https://github.com/monarch-initiative/phenopacket-store"
NOTE = ("These are the patients described in the publications collected by phenopacket-store, "
        "not a representative sample of people with this condition: each paper reports what its "
        "authors looked for, so a feature not mentioned for a patient may simply not have been checked.")


def pubmed_url(pmid: str) -> str:
    """``"PMID:123"`` → its PubMed page."""
    return f"https://pubmed.ncbi.nlm.nih.gov/{pmid.split(':', 1)[-1].strip()}/"


def published_counts(kb, disease_id: str) -> dict | None:
    """None when the disease (any of its ids; unknown ids raise ``UnknownIdError``) has no
    published patient. Otherwise a dict (callers must not modify it)::

        disease, ids          the canonical id and every id whose patients are counted
        patients              how many published patients
        publications          [{pmid, title, url, patients}], most patients first
        features              every annotated symptom: hpo_id, name, lay_names, band,
                              band_label, frequency (every source's, in words; the
                              band is the best-supported one's, as on the page),
                              observed, excluded, not_reported; most observed first
        unannotated           features of the patients the annotations do not name:
                              hpo_id, name, lay_names, observed, excluded,
                              annotated_absent (the annotations say it does not occur)
        source, note          the store (name, commit, licence, citation, url) and what
                              these patients are not
    """
    did = kb.disease(disease_id).id
    return kb.derived.get(DERIVED_NAME, lambda: _compute(kb, did), key=did, limit=KEEP)


def _compute(kb, did: str) -> dict | None:
    sec = kb.section(SECTION) or {}
    if not len(sec.get("patient", ())):
        return None
    rows = np.flatnonzero(np.asarray(sec["disease"]) == kb.diseases.index[did])
    if not len(rows):
        return None
    ont = kb.ontology
    anc_ptr, anc_idx = ont.csr("ancestors")

    def up(t: int) -> set[int]:
        """The term and every term above it."""
        return {t, *anc_idx[anc_ptr[t]:anc_ptr[t + 1]].tolist()}

    ptr, idx = sec["present"]
    given = [set(idx[ptr[p]:ptr[p + 1]].tolist()) for p in rows]

    def counts(terms: list[int]) -> dict[int, tuple[int, int]]:
        """Per term: patients who had it (or a more specific term), and patients looked at
        and found without it — the ranking's own counts."""
        _, shown, absent = disease_support(kb, kb.diseases.index[did], terms)
        return {t: (int(s), int(a)) for t, s, a in zip(terms, shown, absent, strict=True)}

    disease = kb.disease(did)
    n = len(rows)
    features: list[dict[str, Any]] = []
    annotated: dict[str, int] = {}
    band_order: dict[str, int] = {}
    labelled = len({a.source_id for a in disease.phenotypes if a.source_id}) > 1
    # One row per symptom, in the band of its best-supported estimate (as on the page).
    rows_by_term = by_term(a for a in disease.phenotypes if not a.is_absent)
    found = counts([ont.index[same_term[0].hpo_id] for same_term in rows_by_term])
    for same_term in rows_by_term:
        a = same_term[0]
        t = ont.index[a.hpo_id]
        annotated[a.hpo_id] = t
        band_order[a.hpo_id] = int(a.frequency.band)
        observed, lacking = found[t]
        features.append({
            "hpo_id": a.hpo_id, "name": a.name, "lay_names": list(ont.term(a.hpo_id).lay_names),
            "band": a.frequency.band.slug, "band_label": a.frequency.band.label,
            "frequency": how_often(same_term, labelled),
            "observed": observed, "excluded": lacking, "not_reported": n - observed - lacking,
        })
    features.sort(key=lambda f: (-f["observed"], -f["excluded"], band_order[f["hpo_id"]], f["name"].lower()))

    named = set(annotated.values())
    broader = set().union(*(up(t) for t in named)) if named else set()
    phenotype = ont.index.get(PHENOTYPIC_ABNORMALITY)
    absent_ids = {a.hpo_id for a in disease.phenotypes if a.is_absent}
    extra: Counter = Counter()
    for g in given:
        for t in g:
            above = up(t)
            if t not in broader and above.isdisjoint(named) and (phenotype is None or phenotype in above):
                extra[t] += 1
    unannotated = []
    found = counts(list(extra))
    for t in extra:
        hpo_id = ont.ids[t]
        observed, lacking = found[t]
        unannotated.append({
            "hpo_id": hpo_id, "name": ont.name(hpo_id), "lay_names": list(ont.term(hpo_id).lay_names),
            "observed": observed, "excluded": lacking, "not_reported": n - observed - lacking,
            "annotated_absent": hpo_id in absent_ids,
        })
    unannotated.sort(key=lambda f: (-f["observed"], -f["excluded"], f["name"].lower()))

    papers = Counter(int(sec["paper"][p]) for p in rows)
    publications = [
        {"pmid": sec["pmids"][i], "title": sec["titles"][i], "url": pubmed_url(sec["pmids"][i]), "patients": k}
        for i, k in sorted(papers.items(), key=lambda item: (-item[1], sec["pmids"][item[0]]))
    ]
    return {
        "disease": did,
        "ids": list(kb.diseases.all_ids(did)),
        "patients": n,
        "publications": publications,
        "features": features,
        "unannotated": unannotated,
        "source": {**sec.get("source", SOURCE), "url": STORE_URL},
        "note": NOTE,
    }
