"""Published patients like a new one: the closest patients of the store, for explanations.

Closeness is the Phenomizer's best-match average from the query to each patient (Resnik:
for each query feature, the information content of the most informative term it shares
with the patient), computed for all patients at once over the patients' term matrix.
"""

from __future__ import annotations

import numpy as np

from raremap.engine.matrices import engine_matrices, weighted_column_max
from raremap.engine.published.evidence import patient_matrices
from raremap.engine.published.section import SECTION
from raremap.engine.query import Query

_SEX = {1: "male", 2: "female"}


def similar_patients(kb, query: Query, disease_id: str | None = None, top: int = 3,
                     exclude_pmids=()) -> list[dict]:
    """The ``top`` published patients closest to ``query`` (of one disease when
    ``disease_id`` is given), best first. Each: patient, disease (id, name), sex, age,
    similarity (0-1: share of the query's information the patient matches), shared
    (the query's features the patient shows, or a more specific form), pmid, title, url."""
    sec = kb.section(SECTION) or {}
    if not query.present or not len(sec.get("patient", [])):
        return []
    m = engine_matrices(kb)
    pm = patient_matrices(kb, m)
    n_p = pm.n_patients
    keep = pm.keep_mask(exclude_pmids) > 0
    if disease_id is not None:
        keep &= sec["disease"] == kb.diseases.index[disease_id]
    if not keep.any():
        return []
    total = np.zeros(n_p)
    own = 0.0
    for q in query.present:
        cols = m.ancestors_of(q)
        best = np.zeros(n_p)
        weighted_column_max(pm.reach, cols.astype(np.int64), m.ic[cols].astype(np.float64), best, use_values=False)
        total += best
        own += float(m.ic[q])
    score = np.where(keep, total / max(own, 1e-9), -1.0)
    order = np.lexsort((np.arange(n_p), -score))[:top]
    shows = pm.reach[:, np.array(query.present, dtype=np.int64)].toarray() > 0
    ids = kb.ontology.ids
    out = []
    for i in order:
        if score[i] <= 0:
            break
        d = int(sec["disease"][i])
        paper = int(sec["paper"][i])
        pmid = sec["pmids"][paper]
        out.append({
            "patient": sec["patient"][i],
            "disease": {"id": kb.diseases.ids[d], "name": kb.diseases.names[d]},
            "sex": _SEX.get(int(sec["sex"][i])),
            "age": sec["age"][i] or None,
            "similarity": round(float(score[i]), 3),
            "shared": [{"hpo_id": ids[q], "name": kb.ontology.name(ids[q])}
                       for j, q in enumerate(query.present) if shows[i, j]],
            "pmid": pmid,
            "title": sec["titles"][paper],
            "url": f"https://pubmed.ncbi.nlm.nih.gov/{pmid.split(':', 1)[1]}/",
        })
    return out
