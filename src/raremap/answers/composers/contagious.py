"""Is it contagious? Only what the data supports.

Rules (``docs/answers.md``): "No" needs positive evidence of a genetic cause (a Mendelian
pattern, an Orphanet disease-causing gene or a chromosomal change named by the record) and
no infectious or transmissible classification; an infection answers as an infection; a
prion disease says that transmission through medical procedures has happened. Otherwise
the answer says the data does not tell.
"""

from __future__ import annotations

from raremap.answers.composers.result import Composed
from raremap.answers.facts import DiseaseFacts
from raremap.answers.model import Section, Statement
from raremap.answers.phrases import join_words
from raremap.answers.rules import prion_forms, prion_source, prion_transmission

RECURRENT_INFECTIONS = "HP:0002719"
CONGENITAL_WORDS = ("congenital", "fetal", "foetal", "neonatal", "perinatal")


def compose(f: DiseaseFacts) -> Composed:
    ev = f.evidence
    if ev.prion:
        return _prion(f)
    if ev.infection:
        return _infection(f)
    if ev.genetic_cause:
        return _genetic(f)
    tldr = Statement(
        f"The data we use does not say whether {f.name} is contagious: it records no cause, "
        "no inheritance pattern and no disease-causing gene for it, so we cannot tell from it "
        "whether an infection is involved.",
        tuple(f.record),
    )
    return Composed(tldr, (), has_data=False)


def _prion(f: DiseaseFacts) -> Composed:
    ev = f.evidence
    src = (prion_source(), *ev.orphanet_sources(), *f.record)
    tldr = Statement(
        f"It can be, in rare ways. {f.name} is a prion disease, and in prion diseases "
        f"{prion_transmission()}.", src)
    sections = (Section("Forms of prion disease", (Statement(f"{prion_forms()[0].upper()}{prion_forms()[1:]}.", src),)),
                Section("What this means for you", (Statement(
                    "A doctor can explain what the diagnosis means for the people around the "
                    "person and for any operation, transfusion or donation.", src),)))
    return Composed(tldr, sections)


def _infection(f: DiseaseFacts) -> Composed:
    ev = f.evidence
    src = ev.infection_sources()
    tldr = Statement(
        f"{f.name} is an infection ({ev.infection_reason()}). Whether, and how, it passes from "
        "one person to another depends on the germ: some spread between people, others come "
        "from animals, insects, food or the environment. The data we use does not say which "
        "applies here; please ask a doctor.", src)
    sections = []
    if any(w in f.name.lower() for w in CONGENITAL_WORDS):
        sections.append(Section("Before birth", (Statement(
            "This is an infection passed from a mother to her baby during pregnancy or around "
            "birth; a doctor can say whether the child can pass the germ on.", src),)))
    return Composed(tldr, tuple(sections))


def genetic_evidence(f: DiseaseFacts) -> list[str]:
    """What makes it genetic, one sentence per source (HPO, Orphanet, the chromosomes)."""
    ev = f.evidence
    said = []
    if ev.mendelian:
        said.append("The HPO release records an inheritance pattern for it.")
    orphanet = []
    if ev.orphanet_modes_mendelian:
        orphanet.append("records an inheritance pattern for it")
    causes = [g.symbol for g in ev.germline_causal_genes]
    if causes:
        orphanet.append(f"names {'a disease-causing gene' if len(causes) == 1 else 'disease-causing genes'}"
                        f" ({join_words(causes[:6] + ([f'{len(causes) - 6} more'] if len(causes) > 6 else []))})")
    if orphanet:
        said.append("Orphanet " + " and ".join(orphanet) + ".")
    if ev.chromosomal and not said:
        said.append("It comes from a change in the chromosomes.")
    return said


def _genetic(f: DiseaseFacts) -> Composed:
    ev = f.evidence
    sources = ev.genetic_sources()
    infection_in_name = bool(ev.infection_word)
    lead = (f"Not the condition itself. {f.name} is a genetic condition, but its name refers to "
            "an infection, which may spread between people depending on the germ."
            if infection_in_name else f"No. {f.name} is a genetic condition.")
    tldr = Statement(
        " ".join([lead, *genetic_evidence(f), "Genetic conditions are not caught from other people; "
                  "they come from changes in a person's own genes or chromosomes."]),
        sources,
    )
    sections = [Section("Why it cannot be caught", (Statement(
        "A genetic condition cannot spread by touch, air, blood or other body fluids. Family "
        "members can share it only by inheriting the same genetic change; see the answer on "
        "whether it is hereditary.", sources),))]
    infections = [a for a in f.disease.present_phenotypes
                  if f.kb.ontology.within(a.hpo_id, RECURRENT_INFECTIONS)]  # fmt: skip
    if infections or infection_in_name:
        src = [s for a in infections for s in f.annotation_sources(a)] or list(f.record)
        sections.append(Section("Infections are a separate matter", (Statement(
            "This condition is linked with infections (through its name or its recorded "
            "features). The condition itself is not catching, but an infection a person has "
            "at a given time may be, depending on the germ; a doctor can advise.", tuple(src)),)))
    return Composed(tldr, tuple(sections))
