"""Diagnosis, how common, outlook, treatment: questions the HPO release barely covers.

The HPO release holds features, inheritance, onset and course; it holds no prevalence,
survival or treatment data. These composers state what little it does hold and say
plainly what it does not; curated packs fill the gaps disease by disease.
"""

from __future__ import annotations

from raremap.answers.composers.result import Composed
from raremap.answers.facts import DiseaseFacts
from raremap.answers.model import Section, Source, Statement
from raremap.answers.phrases import join_words
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
    tldr = Statement(
        f"The data we use does not say how common {f.name} is: the HPO release records no "
        "prevalence figures.", tuple(f.record))
    return Composed(tldr, (), has_data=False)


def outlook(f: DiseaseFacts) -> Composed:
    ont = f.kb.ontology
    course = [a for a in f.disease.course
              if ont.resolve(a.hpo_id) and not ont.is_a(a.hpo_id, ONSET_ROOT)]  # fmt: skip
    mortality = [a for a in [*f.disease.phenotypes, *f.disease.course]
                 if not a.is_absent and ont.resolve(a.hpo_id) and ont.is_a(a.hpo_id, MORTALITY_ROOT)]  # fmt: skip
    seen, rows = set(), []
    for a in [*course, *mortality]:
        if a.hpo_id not in seen:
            seen.add(a.hpo_id)
            rows.append(a)
    if not rows:
        tldr = Statement(
            f"The data we use does not describe the outlook for {f.name}: the HPO release "
            "records nothing about its course or survival.", tuple(f.record))
        return Composed(tldr, (), has_data=False)
    tldr = Statement(
        f"The HPO release describes the course of {f.name} as: "
        f"{join_words([a.name.lower() for a in rows])}. It gives no survival figures.",
        tuple(s for a in rows for s in f.annotation_sources(a)))
    sections = (Section("Recorded course", tuple(
        Statement(f"{a.name}" + (f" ({a.frequency.describe()})" if a.frequency.value is not None else "") + ".",
                  tuple(f.annotation_sources(a))) for a in rows)),
        Section("Keep in mind", (Statement(
            "The course differs between people; a doctor who knows the person's situation can "
            "say more.", (f.hpo,)),)))
    return Composed(tldr, sections)


def treatment(f: DiseaseFacts) -> Composed:
    tldr = Statement(
        f"The data we use does not describe treatment for {f.name}: the HPO release records "
        "features, not therapies. A specialist can say what is available.", tuple(f.record))
    return Composed(tldr, (), has_data=False)
