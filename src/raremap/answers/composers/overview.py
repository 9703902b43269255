"""What is it? and What causes it? From the record, its features, inheritance and genes."""

from __future__ import annotations

from raremap.answers.composers.result import Composed
from raremap.answers.facts import DiseaseFacts
from raremap.answers.inheritance import NOTES, PATTERNS, SPORADIC
from raremap.answers.model import Section, Statement
from raremap.answers.phrases import join_words, plural
from raremap.knowledge.ontology import ONSET_ROOT

PHENOTYPE_ROOT = "HP:0000118"
SOURCE_NAMES = {"ORPHA": "Orphanet", "OMIM": "OMIM", "DECIPHER": "DECIPHER"}
#: How many body systems the TL;DR names.
TLDR_SYSTEMS = 3


def what_is_it(f: DiseaseFacts) -> Composed:
    prefix = f.disease.id.partition(":")[0]
    first = Statement(
        f"{f.name} is a condition described in {SOURCE_NAMES.get(prefix, prefix)} under the id "
        f"{f.disease.id} and annotated by the Human Phenotype Ontology (HPO).", tuple(f.record))
    present = f.disease.present_phenotypes
    systems = body_systems(f)
    parts = [first.text]
    sources = list(first.sources)
    if present and systems:
        parts.append(f"The HPO release lists {plural(len(present), 'feature')} for it, most often "
                     f"involving {join_words([name[0].lower() + name[1:] for _, name, _ in systems[:TLDR_SYSTEMS]])}.")
        sources.append(f.hpo)
    elif not present:
        parts.append("The HPO release records no features for it.")
    tldr = Statement(" ".join(parts), tuple(sources))
    sections = []
    if f.other_names:
        sections.append(Section("Other names", (Statement(join_words(f.other_names) + ".", tuple(f.record)),)))
    if systems:
        sections.append(Section("Parts of the body involved", tuple(
            Statement(f"{name}: {plural(n, 'recorded feature')}.", (f.hpo,)) for _, name, n in systems)))
    onsets = [a for a in f.disease.course if _resolves(f, a.hpo_id) and f.kb.ontology.is_a(a.hpo_id, ONSET_ROOT)]
    if onsets:
        sections.append(Section("When it starts", tuple(
            Statement(f"{a.name}.", tuple(f.annotation_sources(a))) for a in onsets)))
    modes = [a for a in f.inheritance if a.hpo_id not in NOTES]
    if modes:
        names = [PATTERNS[a.hpo_id].title if a.hpo_id in PATTERNS else a.name.lower() for a in modes]
        sections.append(Section("Inheritance", (Statement(
            f"Recorded inheritance: {join_words(names)}. The answer on whether it is hereditary "
            "explains what this means.", tuple(s for a in modes for s in f.annotation_sources(a))),)))
    if f.disease.genes:
        sections.append(Section("Genes", (Statement(
            f"Linked genes: {join_words([g.symbol for g in f.disease.genes])}.", tuple(f.gene_sources())),)))
    return Composed(tldr, tuple(sections), has_data=bool(present))


def causes(f: DiseaseFacts) -> Composed:
    genes = [g.symbol for g in f.disease.genes]
    modes = [a for a in f.inheritance if a.hpo_id not in NOTES and a.hpo_id != SPORADIC]
    mode_sources = tuple(s for a in modes for s in f.annotation_sources(a))
    if genes:
        tldr = Statement(
            f"The HPO release links {f.name} to changes in the gene{'s' if len(genes) > 1 else ''} "
            f"{join_words(genes)}. It does not record other causes.", tuple(f.gene_sources()) + mode_sources)
        sections = [Section("What a gene link means", (Statement(
            "Genes are instructions for making the body's proteins. A change (variant) in one of "
            "these genes has been reported in people with the condition; the answer on whether "
            "it is hereditary says how such changes pass through families.", tuple(f.gene_sources())),))]
        return Composed(tldr, tuple(sections))
    if modes:
        names = [PATTERNS[a.hpo_id].title if a.hpo_id in PATTERNS else a.name.lower() for a in modes]
        tldr = Statement(
            f"The HPO release records {f.name} as inherited ({join_words(names)}), which points "
            "to a genetic cause, but it names no gene, so we cannot say which change is "
            "involved.", mode_sources)
        return Composed(tldr, ())
    tldr = Statement(
        f"The data we use does not say what causes {f.name}: the HPO release records no gene "
        "and no inheritance pattern for it.", tuple(f.record))
    return Composed(tldr, (), has_data=False)


def body_systems(f: DiseaseFacts) -> list[tuple[str, str, int]]:
    """``(hpo_id, name, count)`` of the top-level systems the present features fall under,
    most features first (a feature can count under several systems)."""
    ont = f.kb.ontology
    counts = dict.fromkeys(ont.children(PHENOTYPE_ROOT), 0)
    for a in f.disease.present_phenotypes:
        if _resolves(f, a.hpo_id):
            for anc in ont.ancestors(a.hpo_id, include_self=True) & counts.keys():
                counts[anc] += 1
    ranked = sorted((n, s) for s, n in counts.items() if n)
    ranked.sort(key=lambda pair: -pair[0])
    return [(s, _system_name(s, ont.name(s)), n) for n, s in ranked]


def _system_name(hpo_id: str, name: str) -> str:
    """Plain words for a top-level system ("The nervous system"), from the summary's table
    when it has the system, else the HPO name without its "Abnormality of" prefix."""
    from raremap.knowledge.summary import SYSTEM_WORDS

    if hpo_id in SYSTEM_WORDS:
        words = SYSTEM_WORDS[hpo_id]
        return words[0].upper() + words[1:]
    for prefix in ("Abnormality of the ", "Abnormality of ", "Abnormal "):
        if name.startswith(prefix):
            return name[len(prefix):].capitalize()
    return name


def _resolves(f: DiseaseFacts, hpo_id: str) -> bool:
    return f.kb.ontology.resolve(hpo_id) is not None
