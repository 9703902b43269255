"""Diagnosis, how common, outlook, treatment: questions the HPO release barely covers.

The HPO release holds features, inheritance, onset and course; it holds no prevalence,
survival or treatment data. These composers state what little it does hold and say
plainly what it does not; curated packs fill the gaps disease by disease.
"""

from __future__ import annotations

from raremap.answers.composers.result import Composed
from raremap.answers.facts import DiseaseFacts
from raremap.answers.links import learn_more, specialists, specialists_note
from raremap.answers.model import Section, Source, Statement
from raremap.answers.phrases import join_words, lower_first
from raremap.knowledge.ontology import ONSET_ROOT

MORTALITY_ROOT = "HP:0040006"  # Mortality/Aging
COURSE_ROOT = "HP:0031797"  # Clinical course


def diagnosis(f: DiseaseFacts) -> Composed:
    from raremap.engine.criteria.catalogue import sets_for_disease

    sets = sets_for_disease(f.disease.id)
    sections = []
    if sets:
        sections.append(Section("Formal diagnostic criteria", tuple(
            Statement(
                f"RareMap holds the criteria set '{c.title}'. Its checker shows which of the "
                "criteria a list of findings matches; only a doctor can make a diagnosis.",
                tuple(Source("citation", ref, f"criteria:{c.id}") for ref in c.references))
            for c in sets)))
    facts = []
    if f.disease.present_phenotypes:
        facts.append(Statement(
            "The features recorded for it are listed in the answer on symptoms; they describe "
            "the condition, but the HPO release does not say which of them doctors test for.",
            (f.hpo,)))
    if f.disease.genes:
        facts.append(Statement(
            f"Because the HPO release links it to the gene{'s' if len(f.disease.genes) > 1 else ''} "
            f"{join_words([g.symbol for g in f.disease.genes])}, a genetic test may be worth "
            "asking a doctor about.", tuple(f.gene_sources())))
    if facts:
        sections.append(Section("What the data gives", tuple(facts)))
    tldr = Statement(
        f"The HPO data we use does not describe how {f.name} is diagnosed"
        + (", but a formal criteria set is available." if sets else ". Please ask a doctor."),
        tuple(f.record))
    return Composed(tldr, tuple(sections), has_data=bool(sets))


def prevalence(f: DiseaseFacts) -> Composed:
    ev = f.evidence
    orpha = ev.orphanet
    rows = []
    if orpha:
        for kind, classes in (("how many people have it", orpha.prevalence), ("at birth", orpha.birth_prevalence),
                              ("new cases each year", orpha.annual_incidence)):
            for c in classes:
                if c.label[:1].isdigit() or c.label[:1] in "<>":  # not "Unknown" or "Not yet documented"
                    rows.append(Statement(f"Orphanet's estimate ({kind}): {c.plain} ({c.label}).",
                                          ev.orphanet_sources()))
    if rows:
        tldr = Statement(f"Orphanet estimates how common {f.name} is: " + "; ".join(
            r.text.split(": ", 1)[1].rstrip(".") for r in rows) + ". HPO records no prevalence.",
            ev.orphanet_sources())
        return Composed(tldr, (Section("Orphanet's estimates", tuple(rows)), Section("Keep in mind", (Statement(
            "These are classes of estimates from Orphanet's data, not exact counts; figures can "
            "differ between countries and studies.", ev.orphanet_sources()),))))
    # The sentence speaks of Orphanet's data only when the disease has Orphanet facts, and
    # then cites them: "Orphanet records no figure" rests on Orphanet, not on the HPO record.
    if orpha:
        tldr = Statement(
            f"The data we use does not say how common {f.name} is: neither the HPO release nor "
            "Orphanet's data records a prevalence figure for it.", (*ev.orphanet_sources(), f.hpo))
    else:
        tldr = Statement(
            f"The data we use does not say how common {f.name} is: the HPO release records no "
            "prevalence figure for it, and we hold no Orphanet facts about it.", tuple(f.record))
    links = learn_more(f)
    if links:
        tldr = Statement(tldr.text + " The pages listed under \u201cLearn more\u201d may say more.", tldr.sources)
    return Composed(tldr, _leads(f, [], links), has_data=False)


def outlook(f: DiseaseFacts) -> Composed:
    ont = f.kb.ontology
    course = [a for a in f.disease.course
              if ont.resolve(a.hpo_id) and not ont.within(a.hpo_id, ONSET_ROOT)]  # fmt: skip
    mortality = [a for a in [*f.disease.phenotypes, *f.disease.course]
                 if not a.is_absent and ont.within(a.hpo_id, MORTALITY_ROOT)]  # fmt: skip
    seen, rows = set(), []
    for a in [*course, *mortality]:
        if a.hpo_id not in seen:
            seen.add(a.hpo_id)
            rows.append(a)
    who, links = specialists(f), learn_more(f)
    if not rows:
        tldr = Statement(
            f"The data we use does not describe the outlook for {f.name}: the HPO release "
            "records nothing about its course or survival."
            + (" The pages listed under \u201cLearn more\u201d may say more." if links else ""), tuple(f.record))
        return Composed(tldr, _leads(f, who, links), has_data=False)
    tldr = Statement(
        f"The HPO release describes the course of {f.name} as: "
        f"{join_words([lower_first(a.name) for a in rows])}. It gives no survival figures.",
        tuple(s for a in rows for s in f.annotation_sources(a)))
    sections = (Section("Recorded course", tuple(
        Statement(f"{a.name}" + (f" ({a.frequency.describe()})" if a.frequency.value is not None else "") + ".",
                  tuple(f.annotation_sources(a))) for a in rows)),
        Section("Keep in mind", (Statement(
            "The course differs between people; a doctor who knows the person's situation can "
            "say more.", (f.hpo,)),)), *_leads(f, who, links))
    return Composed(tldr, sections)


def treatment(f: DiseaseFacts) -> Composed:
    who = specialists(f)
    links = learn_more(f)
    text = (f"The data we use does not describe treatments for {f.name}: the HPO release records "
            "features, not therapies.")
    if who:
        text += f" Care usually involves specialists for the parts of the body it affects, such as {join_words([w for w, _ in who[:3]])}."
    if links:
        text += " The pages listed under \u201cLearn more\u201d may describe treatment."
    else:
        text += " A specialist can say what is available."
    sources = tuple(dict.fromkeys(s for _, src in who[:3] for s in src)) or tuple(f.record)
    return Composed(Statement(text, sources), _leads(f, who, links), has_data=bool(who or links))


def _leads(f: DiseaseFacts, who: list, links: list) -> tuple[Section, ...]:
    """The sections that lead somewhere: specialists, then pages to read."""
    sections = []
    if who:
        note = specialists_note(f)
        sections.append(Section("Specialists usually involved", tuple(
            Statement(f"{w[0].upper()}{w[1:]}.", src) for w, src in who) + ((note,) if note else ())))
    if links:
        sections.append(Section("Learn more", tuple(links)))
    return tuple(sections)
