"""What are the symptoms? The phenotype annotations, grouped by frequency band."""

from __future__ import annotations

from raremap.answers.composers.result import Composed
from raremap.answers.facts import DiseaseFacts
from raremap.answers.model import Section, Statement
from raremap.answers.phrases import join_words, lower_first, plural
from raremap.knowledge.feature_rows import band_heading, by_term, how_often
from raremap.knowledge.frequency import Band

#: How many features the TL;DR names.
TLDR_FEATURES = 5


def compose(f: DiseaseFacts) -> Composed:
    present = f.disease.present_phenotypes
    absent = _absent_section(f)
    if not present:
        # What the release does record (features known to be absent) is still shown.
        tldr = Statement(
            f"The HPO release records no symptoms or signs for {f.name}, so we cannot list "
            "them here." + (" It records some features as absent in it." if absent else ""), tuple(f.record))
        return Composed(tldr, absent, has_data=False)
    # One statement per symptom (a merged disease annotates many twice, once per source),
    # in the band of its best-supported estimate, with every source's figure.
    labelled = len({a.source_id for a in f.disease.phenotypes if a.source_id}) > 1
    groups = by_term(present)
    by_band: dict[Band, list[list]] = {}
    for rows in groups:
        by_band.setdefault(rows[0].frequency.band, []).append(rows)
    common = [rows[0] for band in (Band.OBLIGATE, Band.VERY_FREQUENT) for rows in by_band.get(band, [])]
    sections = []
    for band in Band:
        in_band = by_band.get(band)
        if not in_band or band is Band.EXCLUDED:
            continue
        sections.append(Section(band_heading(band, in_band), tuple(
            Statement(f"{f.lay_name(rows[0].hpo_id, rows[0].name)}: {how_often(rows, labelled, prose=True)}.",
                      tuple(s for a in rows for s in f.annotation_sources(a)))
            for rows in in_band)))
    sections.extend(absent)
    sections.append(Section("Keep in mind", (Statement(
        "Symptoms vary from person to person, and people with the condition rarely have all of "
        "them. The bands show how often each feature has been reported, where the sources give "
        "a figure.", (f.hpo,)),)))
    shown = common[:TLDR_FEATURES]
    if shown:
        text = (f"The HPO release lists {plural(len(groups), 'feature')} of {f.name}. The most common, "
                f"seen in most or all of the people described, include {join_words([lower_first(f.lay_name(a.hpo_id, a.name)) for a in shown])}.")
    else:
        shown = [rows[0] for rows in groups[:TLDR_FEATURES]]
        text = (f"The HPO release lists {plural(len(groups), 'feature')} of {f.name}, such as "
                f"{join_words([lower_first(f.lay_name(a.hpo_id, a.name)) for a in shown])}. It gives no feature as "
                "present in most people.")
    tldr = Statement(text, tuple(s for a in shown for s in f.annotation_sources(a)[:1]) + (f.hpo,))
    return Composed(tldr, tuple(sections))


def _absent_section(f: DiseaseFacts) -> tuple[Section, ...]:
    """"Features recorded as absent", when the release records any."""
    absent = by_term(f.disease.absent_phenotypes)
    if not absent:
        return ()
    return (Section("Features recorded as absent", tuple(
        Statement(f"{f.lay_name(rows[0].hpo_id, rows[0].name)}: recorded as not part of this condition.",
                  tuple(s for a in rows for s in f.annotation_sources(a))) for rows in absent)),)
