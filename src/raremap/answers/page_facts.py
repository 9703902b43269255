"""What a disease page says at the top ("In short" and the facts box), so that the page
agrees with its answers.

Order of evidence, for every line: curated content (a content pack's ``facts`` and its
"What is it?" answer) first, then Orphanet's facts, then HPO's annotations. Where Orphanet
and HPO both record an inheritance or an onset, both are shown with their source; nothing
is reconciled silently. "In short" starts with what the disease is (its Orphanet groups or
kind, the body systems it affects, how it is inherited) in plain words, before counts.
"""

from __future__ import annotations

from raremap.answers.composers.overview import FEW_FEATURES, body_systems, kind_sentence
from raremap.answers.inheritance import IN_BRIEF
from raremap.answers.packs import pack_label
from raremap.answers.phrases import join_words
from raremap.answers.phrases import lower_common as _lower
from raremap.answers.provenance import data_sources

SYSTEMS_NAMED = 3


def page_facts(kb, disease_id: str) -> dict:
    """``{"kind", "inheritance", "onset", "inheritance_rows", "onset_rows", "inheritance_box",
    "onset_box", "sources", "data_sources", "notes"}``: sentences for "In short", the
    ``{"text", "source", "hpo_id"}`` rows they follow, every source's rows for the facts box,
    the data sets "In short" rests on (:func:`raremap.answers.provenance.data_sources`), and
    ``notes``, the content pack they draw on (``{"label", "written_by", "written_on",
    "review", "parts"}``, ``review`` None or its reviewer and date, ``parts`` naming what it
    gave) or None."""
    from raremap.answers.compose import disease_facts

    f = disease_facts(kb, disease_id)
    curated = (f.pack or {}).get("facts") or {}
    curated_inheritance = _curated_rows(f, curated.get("inheritance"))
    curated_onset = _curated_rows(f, curated.get("onset"))
    # The sentences follow the first source that records the fact; the facts box lists
    # every source's rows side by side (curated first), never reconciled.
    inheritance_box = [*curated_inheritance, *_inheritance_rows(f)]
    onset_box = [*curated_onset, *_onset_rows(f)]
    inheritance_rows = curated_inheritance or inheritance_box
    onset_rows = curated_onset or onset_box
    kind, kind_sources = _kind(f)
    used = [*f.record, *kind_sources]  # the features and body systems are HPO's annotations
    for row in [*inheritance_rows, *onset_rows]:
        if row["source"] == "Orphanet":
            used.extend(f.evidence.orphanet_sources())
    return {
        "kind": kind,
        "inheritance": _sentence("How it is inherited", inheritance_rows,
                                 "Whether or how it is inherited is not recorded in the data we use.")
                       + _plain_words(inheritance_rows),
        "onset": _sentence("When it usually starts", onset_rows,
                           "The age at which it usually starts is not recorded in the data we use."),
        "inheritance_rows": inheritance_rows,
        "onset_rows": onset_rows,
        "inheritance_box": inheritance_box,
        "onset_box": onset_box,
        "sources": sorted({r["source"] for r in [*inheritance_box, *onset_box]}),
        "data_sources": data_sources(f, used),
        "notes": _notes(f, curated),
    }


def _notes(f, curated: dict) -> dict | None:
    parts = [part for part, used in (("what it is", f.pack_answer("what-is-it")),
                                     ("inheritance", curated.get("inheritance")),
                                     ("onset", curated.get("onset"))) if used]
    if not parts:
        return None
    pack = f.pack_data
    return {"label": pack_label(pack), "written_by": pack["written_by"], "written_on": pack["written_on"],
            "review": pack.get("review"), "parts": parts}


def _kind(f) -> tuple[str, tuple]:
    """What it is, and the sources of the sentence: the curated "What is it?" answer, else
    Orphanet's groups or the kind the rules find (prion disease, infection, chromosomal
    change), then the body systems."""
    body = (f.pack or {}).get("answers", {}).get("what-is-it")
    if body:
        return body["tldr"]["text"], ()
    parts = []
    kind = kind_sentence(f)
    if kind:
        parts.append(kind.text)
    systems = body_systems(f)
    if systems:
        words = join_words([name[0].lower() + name[1:] for _, name, _ in systems[:SYSTEMS_NAMED]])
        # Said of the features recorded, not of the condition ("mostly affects metabolism"
        # read as a clinical fact when one broad feature was all the release held).
        involve = "most often involve" if len({a.hpo_id for a in f.disease.present_phenotypes}) > FEW_FEATURES else "involve"
        parts.append(f"Its recorded features {involve} {words}." if kind
                     else f"{f.name} is a condition whose recorded features {involve} {words}.")
    if not parts:
        # Not "without symptoms": that would read as a condition that has none.
        parts.append(f"{f.name} is a condition the Human Phenotype Ontology records, but it lists none of its "
                     "symptoms.")
    return " ".join(parts), (kind.sources if kind else ())


def _curated_rows(f, fact: dict | None) -> list[dict]:
    if not fact:
        return []
    label = pack_label(f.pack)
    return [{"text": fact["text"], "source": label, "hpo_id": None}]


def _inheritance_rows(f) -> list[dict]:
    ev = f.evidence
    rows = []
    if ev.orphanet:
        # "Not genetically inherited" beside other entries: Orphanet lists both, and the
        # row says so ("Also not genetically inherited").
        # Its patterns come first, then "unknown", then "not genetically inherited".
        mixed = len(ev.orphanet.inheritance) > 1
        order = {True: 0, None: 1, False: 2}
        for i in sorted(ev.orphanet.inheritance, key=lambda i: order[i.is_genetic]):
            also = mixed and i.is_genetic is False
            rows.append({"text": "Also not genetically inherited" if also else _orphanet_inheritance(i.label),
                         "source": "Orphanet", "hpo_id": None, "mode": i.hpo_id, "also": also})
    for a in [*ev.patterns, *ev.sporadic]:
        rows.append({"text": a.name, "source": "HPO", "hpo_id": a.hpo_id, "mode": a.hpo_id})
    for a in ev.qualifiers:
        rows.append({"text": a.name, "source": "HPO (qualifier)", "hpo_id": a.hpo_id})
    return rows


def _plain_words(rows: list[dict]) -> str:
    """The plain-language meaning of the pattern, when the sources agree on one."""
    modes = {r.get("mode") for r in rows if not r["source"].endswith("(qualifier)")}
    if len(modes) == 1 and (mode := modes.pop()) in IN_BRIEF:
        return f" In plain words, {IN_BRIEF[mode]}."
    return ""


def _orphanet_inheritance(label: str) -> str:
    from raremap.answers.composers.hereditary import orphanet_label

    return {"not genetically inherited": "Not genetically inherited",
            "unknown inheritance": "Unknown"}.get(label, orphanet_label(label[0].upper() + label[1:]))


def _onset_rows(f) -> list[dict]:
    from raremap.knowledge.ontology import ONSET_ROOT

    ev = f.evidence
    rows = []
    if ev.orphanet:
        for o in ev.orphanet.onset:
            rows.append({"text": o.label[0].upper() + o.label[1:], "source": "Orphanet", "hpo_id": None})
    ont = f.kb.ontology
    seen = set()
    for a in f.disease.course:
        if a.hpo_id not in seen and ont.within(a.hpo_id, ONSET_ROOT):
            seen.add(a.hpo_id)
            rows.append({"text": a.name, "source": "HPO", "hpo_id": a.hpo_id, "mode": a.hpo_id})
    return rows


def _sentence(lead: str, rows: list[dict], missing: str) -> str:
    """"Lead: a and b (Orphanet); c (HPO), which HPO qualifies as d." Qualifiers follow the
    patterns they qualify; they are never listed as patterns."""
    if not rows:
        return missing
    by_source: dict[str, list[str]] = {}
    also: dict[str, str] = {}  # a source that lists "not genetically inherited" beside others
    qualifiers = []
    for r in rows:
        if r["source"].endswith("(qualifier)"):
            qualifiers.append(_lower(r["text"]))
        elif r.get("also"):
            also[r["source"]] = "not genetically inherited"
        else:
            by_source.setdefault(r["source"], []).append(_lower(r["text"]))
    parts = [f"{join_words(texts)}, and also {also[source]} ({source} lists both)" if source in also and len(texts) == 1
             else f"{join_words(texts)}, and also {also[source]} ({source} lists all of these)" if source in also
             else f"{join_words(texts)} ({source})" for source, texts in by_source.items()]
    text = f"{lead}: {'; '.join(parts)}" if parts else f"{lead}: no pattern is recorded"
    if qualifiers:
        text += f", which HPO qualifies as {join_words(qualifiers)}"
    return text + "."
