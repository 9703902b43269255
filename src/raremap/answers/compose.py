"""Compose the answer to a question about a disease: from facts, then the content pack.

    >>> from raremap.answers import answer
    >>> answer(kb, "ORPHA:2905", "hereditary").tldr.text       # doctest: +SKIP
    'No. POEMS syndrome is acquired: ...'

A pack answer in mode ``replace`` takes the place of the composed one (when the composed one
holds data, its short answer follows under "What the automatic answer says", then its
sections under their own headings); in mode ``add`` the
pack's TL;DR leads and its sections come before the composed ones.
"""

from __future__ import annotations

from collections.abc import Callable

from raremap.answers.composers import care, contagious, hereditary, overview, similar, symptoms
from raremap.answers.composers.result import Composed
from raremap.answers.facts import DiseaseFacts
from raremap.answers.model import Answer, ReviewStatus, Section
from raremap.answers.provenance import data_sources
from raremap.answers.questions import QUESTIONS, get_question

#: The heading of the composed short answer under a curated answer that replaces it.
AUTOMATIC_PART = "What the automatic answer says"

COMPOSERS: dict[str, Callable[[DiseaseFacts], Composed]] = {
    "what-is-it": overview.what_is_it,
    "symptoms": symptoms.compose,
    "causes": overview.causes,
    "hereditary": hereditary.compose,
    "contagious": contagious.compose,
    "diagnosis": care.diagnosis,
    "prevalence": care.prevalence,
    "outlook": care.outlook,
    "treatment": care.treatment,
    "similar": similar.compose,
}


def disease_facts(kb, disease_id: str) -> DiseaseFacts:
    """Raises ``UnknownIdError`` (with suggestions) for an unknown disease."""
    disease = kb.disease(disease_id)
    section = kb.section("answers") or {}
    pack_name = section.get("by_disease", {}).get(disease.id)
    pack = section.get("packs", {}).get(pack_name) if pack_name else None
    return DiseaseFacts(kb, disease, pack)


def answer(kb, disease_id: str, question: str, facts: DiseaseFacts | None = None) -> Answer:
    """The answer to one question (slug or alias) about one disease."""
    q = get_question(question)
    f = facts or disease_facts(kb, disease_id)
    composed = COMPOSERS[q.slug](f)
    used = [src for st in (composed.tldr, *(s for sec in composed.sections for s in sec.statements)) for src in st.sources]
    auto = ReviewStatus.automatic(f.release, data_sources(f, used))
    body = f.pack_answer(q.slug)
    if body is None:
        return Answer(
            f.disease.id, f.name, q.slug, q.title(f.name), composed.tldr, composed.sections,
            f.disease.last_updated or f.release, auto, has_data=composed.has_data, origins=("hpo",),
        )
    pack = f.pack_data
    review = (ReviewStatus.reviewed(pack["review"]["reviewer"], pack["review"]["reviewed_on"])
              if pack.get("review") else ReviewStatus.curated(pack["written_by"], pack["written_on"]))  # fmt: skip
    sections = f.pack_sections(body)
    if body["mode"] == "add":
        sections += list(composed.sections)
    elif composed.has_data:
        # The automatic answer's own sections keep their headings: its words refer to them
        # ("the pages listed under Learn more"), and links or specialists are not HPO data.
        sections.append(Section(AUTOMATIC_PART, (composed.tldr,)))
        sections += list(composed.sections)
    updated = max(pack["written_on"], f.disease.last_updated or "")
    return Answer(
        f.disease.id, f.name, q.slug, q.title(f.name), f.pack_statement(body["tldr"]), tuple(sections),
        updated, review, has_data=True, origins=(f"pack:{pack['pack']}", "hpo"),
    )


def answers(kb, disease_id: str) -> list[Answer]:
    """Every question's answer for one disease, in catalogue order."""
    f = disease_facts(kb, disease_id)
    return [answer(kb, disease_id, q.slug, facts=f) for q in QUESTIONS]
