"""Is it contagious? Only what the data supports.

The HPO release describes features, not causes, so it can rarely show that a condition is
*not* infectious. What it can show: a condition with a recorded inheritance pattern or a
linked gene is genetic, and a genetic condition cannot be caught. Otherwise we say the data
does not tell, and point out when the condition's own name refers to an infection.
"""

from __future__ import annotations

import re

from raremap.answers.composers.result import Composed
from raremap.answers.facts import DiseaseFacts
from raremap.answers.inheritance import NOTES, SPORADIC
from raremap.answers.model import Section, Statement

RECURRENT_INFECTIONS = "HP:0002719"
_INFECTION_WORDS = re.compile(
    r"\b(infect\w*|vir(al|us|uses)|bacteri\w*|fung\w*|parasit\w*|mycobacteri\w*|"
    r"tubercul\w*|sepsis|pox)\b",
    re.IGNORECASE,
)


def compose(f: DiseaseFacts) -> Composed:
    # "Sporadic" and the modifiers (penetrance, age-related onset, ...) say nothing about
    # genes on their own, so only the patterns proper count as evidence of a genetic cause.
    modes = [a for a in f.inheritance if a.hpo_id != SPORADIC and a.hpo_id not in NOTES]
    genetic_sources = [s for a in modes for s in f.annotation_sources(a)] + f.gene_sources()
    infection_in_name = bool(_INFECTION_WORDS.search(f.name))
    if genetic_sources:
        return _genetic(f, modes, genetic_sources, infection_in_name)
    if infection_in_name:
        tldr = Statement(
            f"The name {f.name} refers to an infection. Whether, and how, it can pass between "
            "people depends on the germ involved, and the HPO data we use does not describe "
            "that. Please ask a doctor.",
            tuple(f.record),
        )
        return Composed(tldr, (), has_data=False)
    tldr = Statement(
        f"The data we use does not say whether {f.name} is contagious. The HPO release lists "
        "the condition's features but records no cause, no inheritance pattern and no gene "
        "for it, so we cannot tell from it whether an infection is involved.",
        tuple(f.record),
    )
    return Composed(tldr, (), has_data=False)


def _genetic(f: DiseaseFacts, modes: list, sources: list, infection_in_name: bool) -> Composed:
    lead = (f"Not the condition itself. {f.name} is a genetic condition, but its name refers "
            "to an infection, which may spread between people depending on the germ. The HPO "
            "release records " if infection_in_name else f"No. {f.name} is a genetic condition: the HPO release records ")
    tldr = Statement(
        lead
        + ("an inheritance pattern" if modes else "a linked gene")
        + (" and linked genes" if modes and f.disease.genes else "")
        + " for it. Genetic conditions are not caught from other people; they come from "
        "changes in a person's own genes.",
        tuple(sources),
    )
    sections = [Section("Why it cannot be caught", (Statement(
        "A genetic condition cannot spread by touch, air, blood or other body fluids. Family "
        "members can share it only by inheriting the same genetic change; see the answer on "
        "whether it is hereditary.", tuple(sources)),))]
    infections = [a for a in f.disease.present_phenotypes
                  if f.kb.ontology.resolve(a.hpo_id) and f.kb.ontology.is_a(a.hpo_id, RECURRENT_INFECTIONS)]  # fmt: skip
    if infections or infection_in_name:
        src = [s for a in infections for s in f.annotation_sources(a)] or list(f.record)
        sections.append(Section("Infections are a separate matter", (Statement(
            "This condition is linked with infections (through its name or its recorded "
            "features). The condition itself is not catching, but an infection a person has "
            "at a given time may be, depending on the germ; a doctor can advise.", tuple(src)),)))
    return Composed(tldr, tuple(sections))
