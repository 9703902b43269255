"""What are the symptoms? The phenotype annotations, grouped by frequency band."""

from __future__ import annotations

from raremap.answers.composers.result import Composed
from raremap.answers.facts import DiseaseFacts
from raremap.answers.model import Section, Statement
from raremap.answers.phrases import join_words, plural
from raremap.knowledge.frequency import Band

#: How many features the TL;DR names.
TLDR_FEATURES = 5


def compose(f: DiseaseFacts) -> Composed:
    present = f.disease.present_phenotypes
    if not present:
        tldr = Statement(
            f"The HPO release records no symptoms or signs for {f.name}, so we cannot list "
            "them here.", tuple(f.record))
        return Composed(tldr, (), has_data=False)
    by_band: dict[Band, list] = {}
    for a in present:
        by_band.setdefault(a.frequency.band, []).append(a)
    common = [a for band in (Band.OBLIGATE, Band.VERY_FREQUENT) for a in by_band.get(band, [])]
    sections = []
    for band in Band:
        rows = by_band.get(band)
        if not rows or band is Band.EXCLUDED:
            continue
        counted = any(a.frequency.is_exact and "/" in a.frequency.raw for a in rows)
        sections.append(Section(_heading(band, counted), tuple(
            Statement(f"{f.lay_name(a.hpo_id, a.name)}: {a.frequency.describe()}.", tuple(f.annotation_sources(a)))
            for a in rows)))
    absent = f.disease.absent_phenotypes
    if absent:
        sections.append(Section("Features recorded as absent", tuple(
            Statement(f"{f.lay_name(a.hpo_id, a.name)}: recorded as not part of this condition.",
                      tuple(f.annotation_sources(a))) for a in absent)))
    sections.append(Section("Keep in mind", (Statement(
        "Symptoms vary from person to person, and people with the condition rarely have all of "
        "them. The bands show how often each feature has been reported, where the sources give "
        "a figure.", (f.hpo,)),)))
    shown = common[:TLDR_FEATURES]
    if shown:
        text = (f"The HPO release lists {plural(len(present), 'feature')} of {f.name}. The most common, "
                f"seen in most or all of the people described, include {join_words([f.lay_name(a.hpo_id, a.name) for a in shown])}.")
    else:
        shown = present[:TLDR_FEATURES]
        text = (f"The HPO release lists {plural(len(present), 'feature')} of {f.name}, such as "
                f"{join_words([f.lay_name(a.hpo_id, a.name) for a in shown])}. It gives no feature as "
                "present in most people.")
    tldr = Statement(text, tuple(s for a in shown for s in f.annotation_sources(a)[:1]) + (f.hpo,))
    return Composed(tldr, tuple(sections))


def _heading(band: Band, counted: bool = False) -> str:
    """``counted``: some figures are counts of the people described in reports (n of m)."""
    if band is Band.UNKNOWN:
        return "Features whose frequency is not recorded"
    if counted:
        return f"{band.label}: seen in {band.range_text} of the people described in reports"
    if band is Band.OBLIGATE:
        return "Present in everyone (100%)"
    return f"{band.label}: {band.range_text} of people"
