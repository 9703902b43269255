"""Which conditions look like it? Phenotype similarity from the engine.

``raremap.engine.related.related_diseases(kb, disease_id)`` reads the build-time table; when
it fails, the answer says that similar conditions are not available rather than breaking
the page.
"""

from __future__ import annotations

from raremap.answers.composers.result import Composed
from raremap.answers.facts import DiseaseFacts
from raremap.answers.model import Section, Source, Statement
from raremap.answers.phrases import join_words
from raremap.engine.related import related_diseases, too_few_features
from raremap.knowledge.model import reference_url

#: How many similar conditions the answer lists, and how many the TL;DR names.
LIMIT = 10
TLDR_NAMES = 3


def related(kb, disease_id: str) -> list[str] | None:
    """Ids of similar diseases, most similar first; None when the engine fails."""
    try:
        rows = related_diseases(kb, disease_id)
    except Exception:  # the engine is another area's code: degrade, never break the answer
        return None
    ids = []
    for row in rows or []:
        rid = _row_id(row)
        if rid and rid != disease_id and rid not in ids and rid in kb.diseases.index:
            ids.append(rid)
    return ids[:LIMIT]


def _row_id(row) -> str | None:
    if isinstance(row, str):
        return row
    if isinstance(row, dict):
        return row.get("id") or row.get("disease_id")
    if isinstance(row, tuple | list) and row and isinstance(row[0], str):
        return row[0]
    return getattr(row, "disease_id", None) or getattr(row, "id", None)


def compose(f: DiseaseFacts) -> Composed:
    ids = related(f.kb, f.disease.id)
    engine = Source("engine", f"RareMap phenotype similarity over HPO {f.release} annotations", "raremap:related")
    if ids is None:
        tldr = Statement(
            f"Similar conditions for {f.name} cannot be computed right now; the data holds no "
            "curated list of look-alike conditions.", tuple(f.record))
        return Composed(tldr, (), has_data=False)
    if not ids and not f.disease.present_phenotypes:
        # Nothing to compare: say so, rather than suggest that no condition resembles it.
        tldr = Statement(
            f"The HPO release records no features of {f.name}, so RareMap cannot compare it with "
            "other conditions.", tuple(f.record))
        return Composed(tldr, (), has_data=False)
    if not ids and too_few_features(f.kb, f.disease.id):
        tldr = Statement(
            f"The HPO release records too few specific features of {f.name} to compare it with "
            "other conditions, so RareMap lists none as similar.", (engine, f.hpo))
        return Composed(tldr, (), has_data=False)
    if not ids:
        tldr = Statement(
            f"No condition in the HPO release shares enough recorded features with {f.name} to "
            "be listed as similar.", (engine, f.hpo))
        return Composed(tldr, (), has_data=False)
    names = [f.kb.diseases.name(i) for i in ids]
    tldr = Statement(
        f"Conditions whose recorded features overlap most with those of {f.name} include "
        f"{join_words(names[:TLDR_NAMES])}.", (engine, f.hpo))
    rows = tuple(
        Statement(f"{name} ({i}).", (engine, Source("reference", i, i, reference_url(i))))
        for i, name in zip(ids, names, strict=True))
    note = Statement(
        "These are computed from shared symptoms only. A shared symptom list does not mean the "
        "conditions have the same cause or treatment; doctors use tests to tell them apart.",
        (engine,))
    return Composed(tldr, (Section("Conditions with similar features", rows), Section("How this list is made", (note,))))
