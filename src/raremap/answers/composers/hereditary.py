"""Is it hereditary? From the inheritance annotations (aspect I) and the linked genes."""

from __future__ import annotations

from raremap.answers.composers.result import Composed
from raremap.answers.facts import DiseaseFacts
from raremap.answers.inheritance import NOTES, PATTERNS
from raremap.answers.model import Section, Statement
from raremap.answers.phrases import join_words


def compose(f: DiseaseFacts) -> Composed:
    modes = [a for a in f.inheritance if a.hpo_id not in NOTES]
    notes = [a for a in f.inheritance if a.hpo_id in NOTES]
    genes = gene_list(f)
    if not modes:
        return _no_pattern(f, genes)
    known = [PATTERNS.get(a.hpo_id) for a in modes]
    names = [p.title if p else a.name.lower() for a, p in zip(modes, known, strict=True)]
    sources = tuple(s for a in modes for s in f.annotation_sources(a))
    passed = {p.passed_on for p in known if p}
    if passed == {True}:
        lead = f"Yes, {f.name} can be inherited."
    elif passed == {False}:
        lead = f"{f.name} usually is not inherited."
    else:
        lead = f"{f.name} has a genetic basis; whether it runs in a family depends on the pattern."
    tldr = Statement(
        f"{lead} The HPO release records its inheritance as {join_words(names)}."
        + (f" It links the condition to the gene{'s' if len(f.disease.genes) > 1 else ''} {genes}." if genes else ""),
        sources + tuple(f.gene_sources()),
    )
    sections = []
    for a, pattern, name in zip(modes, known, names, strict=True):
        src = tuple(f.annotation_sources(a))
        if pattern:
            body = tuple(Statement(text, src) for text in pattern.explanation)
        else:
            body = (Statement(
                f"The HPO release records the pattern '{a.name}' ({a.hpo_id}). We have no "
                "plain-language explanation of it yet; a genetic counselor can explain it.", src),)
        sections.append(Section(f"What {name} inheritance means", body))
    if len(modes) > 1:
        sections.append(Section("More than one pattern", (Statement(
            "More than one pattern is recorded. This often means that different families, or "
            "different genes, pass the condition on in different ways; a genetic test and a "
            "genetic counselor can tell which applies to a family.", sources),)))
    if notes:
        sections.append(Section("Good to know", tuple(
            Statement(NOTES[a.hpo_id], tuple(f.annotation_sources(a))) for a in notes)))
    if genes:
        sections.append(_genes_section(f, genes))
    sections.append(_counselling(f))
    return Composed(tldr, tuple(sections))


def _no_pattern(f: DiseaseFacts, genes: str) -> Composed:
    if genes:
        tldr = Statement(
            f"The HPO release links {f.name} to the gene{'s' if len(f.disease.genes) > 1 else ''} "
            f"{genes} but records no pattern of inheritance, so from this data we cannot say "
            "whether or how it runs in families.",
            tuple(f.gene_sources()) + tuple(f.record),
        )
        return Composed(tldr, (_genes_section(f, genes), _counselling(f)), has_data=False)
    tldr = Statement(
        f"The data we use does not say whether {f.name} is hereditary: the HPO release records "
        "no pattern of inheritance and no gene for it. Missing data does not mean the "
        "condition is not inherited.",
        tuple(f.record),
    )
    return Composed(tldr, (_counselling(f),), has_data=False)


def gene_list(f: DiseaseFacts, limit: int = 6) -> str:
    """"A, B and C", or "A, B, C, D, E, F and 12 more" for long lists."""
    symbols = [g.symbol for g in f.disease.genes]
    if len(symbols) > limit:
        return ", ".join(symbols[:limit]) + f" and {len(symbols) - limit} more"
    return join_words(symbols)


def _genes_section(f: DiseaseFacts, genes: str) -> Section:
    return Section("Genes linked to it", (Statement(
        f"HPO's gene-disease data links this condition to: {join_words([g.symbol for g in f.disease.genes])}. A link means that changes "
        "in the gene have been reported with the condition; it does not say that every "
        "person with the condition has such a change.",
        tuple(f.gene_sources())),))


def _counselling(f: DiseaseFacts) -> Section:
    return Section("Questions about your family", (Statement(
        "A genetic counselor or a doctor can explain what this means for you, your children "
        "and your brothers and sisters, and whether a genetic test makes sense.", (f.hpo,)),))
