"""What is it? and What causes it? From the record, its features, inheritance and genes."""

from __future__ import annotations

from raremap.answers.composers.genes import genes_section
from raremap.answers.composers.hereditary import orphanet_label, pattern_name
from raremap.answers.composers.result import Composed
from raremap.answers.evidence import INTOXICATION, TERATOLOGIC, gene_phrase, gene_sources
from raremap.answers.facts import DiseaseFacts
from raremap.answers.model import Section, Source, Statement
from raremap.answers.phrases import join_words, plural
from raremap.answers.rules import prion_forms, prion_source
from raremap.answers.summary import SYSTEM_WORDS
from raremap.knowledge.ontology import ONSET_ROOT, PHENOTYPIC_ABNORMALITY

SOURCE_NAMES = {"ORPHA": "Orphanet", "OMIM": "OMIM", "DECIPHER": "DECIPHER"}
#: How many body systems the TL;DR names.
TLDR_SYSTEMS = 3
#: Up to this many recorded features, a summary does not say which parts of the body they
#: "most often" involve: one broad feature is not a pattern.
FEW_FEATURES = 3

def what_is_it(f: DiseaseFacts) -> Composed:
    ev = f.evidence
    prefix = f.disease.id.partition(":")[0]
    present = f.disease.present_phenotypes
    systems = body_systems(f)
    parts: list[str] = []
    sources: list[Source] = []
    kind = kind_sentence(f)
    if kind:
        parts.append(kind.text)
        sources.extend(kind.sources)
    else:
        parts.append(f"{f.name} is a condition described in {SOURCE_NAMES.get(prefix, prefix)} under the id "
                     f"{f.disease.id} and annotated by the Human Phenotype Ontology (HPO).")
        sources.extend(f.record)
    if present and systems:
        n = len({a.hpo_id for a in present})
        parts.append(f"Its recorded features {'most often involve' if n > FEW_FEATURES else 'involve'} "
                     f"{join_words([name[0].lower() + name[1:] for _, name, _ in systems[:TLDR_SYSTEMS]])}; "
                     f"the HPO release lists {plural(n, 'feature')} for it.")
        sources.append(f.hpo)
    elif not present:
        parts.append("The HPO release records no features for it.")
    inherited = inheritance_phrase(f)
    if inherited:
        parts.append(inherited.text)
        sources.extend(inherited.sources)
    tldr = Statement(" ".join(parts), tuple(dict.fromkeys(sources)))
    sections = []
    if f.other_names:
        sections.append(Section("Other names", (Statement(join_words(f.other_names) + ".", tuple(f.record)),)))
    if systems:
        sections.append(Section("Parts of the body involved", tuple(
            Statement(f"{name}: {plural(n, 'recorded feature')}.", (f.hpo,)) for _, name, n in systems)))
    onsets = [a for a in f.disease.course if f.kb.ontology.within(a.hpo_id, ONSET_ROOT)]
    if onsets:
        sections.append(Section("When it starts", tuple(
            Statement(f"{a.name}.", tuple(f.annotation_sources(a))) for a in onsets)))
    modes = [*ev.patterns, *ev.sporadic]
    if modes:
        sections.append(Section("Inheritance", (Statement(
            f"Recorded inheritance: {join_words([pattern_name(a) for a in modes])}. The answer on "
            "whether it is hereditary explains what this means.",
            tuple(s for a in modes for s in f.annotation_sources(a))),)))
    if ev.genes:
        sections.append(genes_section(f))
    return Composed(tldr, tuple(sections), has_data=bool(present) or bool(kind))


def kind_sentence(f: DiseaseFacts) -> Statement | None:
    """What the disease is, in plain words, from Orphanet's groups or the rules (prion,
    infection, chromosomal change); None when the data says nothing of the kind."""
    ev = f.evidence
    groups = ev.group_names()
    if ev.prion:
        return Statement(f"{f.name} is a prion disease, a disease of the brain caused by an abnormal form of the prion protein.",
                         (prion_source(), *ev.orphanet_sources()))
    if ev.infection:
        return Statement(f"{f.name} is an infection: {ev.infection_reason()}.", ev.infection_sources())
    if groups:
        words = join_words([f"\u201c{g}\u201d" for g in groups])
        return Statement(f"{f.name} is a rare disease that Orphanet classes under {words}.", ev.orphanet_sources())
    if ev.chromosomal:
        return Statement(f"{f.name} is a chromosomal condition: it comes from a change in the chromosomes.",
                         tuple(f.record))
    return None


def inheritance_phrase(f: DiseaseFacts) -> Statement | None:
    """How it is inherited, in one sentence (patterns only; qualifiers are left to the
    answer on heredity)."""
    ev = f.evidence
    if ev.prion:
        return None
    patterns = [pattern_name(a) for a in ev.patterns]
    orpha = [i.label for i in ev.orphanet_modes]
    if patterns:
        return Statement(f"The HPO release records it as inherited ({join_words(patterns)}).",
                         tuple(s for a in ev.patterns for s in f.annotation_sources(a)))
    if orpha and ev.orphanet_not_inherited and not ev.orphanet_modes_mendelian:
        return Statement("Orphanet records it as not genetically inherited, with several genes and other "
                         "factors playing a part (multigenic/multifactorial).", ev.orphanet_sources())
    if orpha:
        return Statement(f"Orphanet records it as inherited ({join_words([orphanet_label(o) for o in orpha])}).",
                         ev.orphanet_sources())
    if ev.sporadic:
        return Statement("The HPO release records it as sporadic: it usually appears in a person with no affected relatives.",
                         tuple(s for a in ev.sporadic for s in f.annotation_sources(a)))
    if ev.orphanet_not_inherited:
        return Statement("Orphanet records it as not genetically inherited.", ev.orphanet_sources())
    return None


def causes(f: DiseaseFacts) -> Composed:
    ev = f.evidence
    if ev.prion:
        src = (prion_source(), *ev.orphanet_sources(), *f.record)
        tldr = Statement(
            f"{f.name} is a prion disease: it comes from an abnormal, misfolded form of the prion "
            f"protein building up in the brain. {prion_forms()[0].upper()}{prion_forms()[1:]}.", src)
        sections = [genes_section(f)] if ev.genes else []
        return Composed(tldr, tuple(sections))
    if ev.infection:
        tldr = Statement(
            f"{f.name} is an infection ({ev.infection_reason()}): it is caused by a germ, not "
            "by a change in a person's genes.", ev.infection_sources())
        sections = [genes_section(f, lead=(
            "None of the genes linked to it is named as its cause. Genes linked to an infection "
            "can change how likely a person is to get it or how it affects them."))] if ev.genes else []
        return Composed(tldr, tuple(sections))
    modes = ev.mendelian
    mode_sources = tuple(s for a in modes for s in f.annotation_sources(a))
    causal = ev.causal_genes
    if causal:
        somatic = [g for g in causal if g.kind == "causal_somatic"]
        text = (f"Changes in the gene{'s' if len(causal) > 1 else ''} {gene_phrase(causal)} cause {f.name}, "
                "according to Orphanet.")
        if somatic:
            text += (f" For {gene_phrase(somatic)} these changes arise during life in some of the "
                     "body's cells rather than being inherited.")
        others = ev.other_genes
        if others:
            shown = ", ".join(g.symbol for g in others[:6]) + (f" and {len(others) - 6} more" if len(others) > 6 else "")
            text += f" Other linked genes ({shown}) are not named as causes; the list below gives each one's role."
        return Composed(Statement(text, gene_sources(causal) + mode_sources), (genes_section(f), _gene_meaning(f)))
    if ev.genes:
        genes = ev.genes
        shown = gene_phrase(genes[:6]) + (f" and {len(genes) - 6} more" if len(genes) > 6 else "")
        text = f"The HPO release links {f.name} to changes in the gene{'s' if len(genes) > 1 else ''} {shown}."
        if len(genes) > 1:
            text += (" It does not say which of them cause the condition: a gene link can also "
                     "mean a gene that raises the chance of getting it or changes its course.")
        elif not modes:
            text += (" It records no inheritance pattern and does not say that this gene causes "
                     "the condition: a gene link can also mean a gene that raises the chance of "
                     "getting it or changes its course.")
        return Composed(Statement(text, gene_sources(genes) + mode_sources), (genes_section(f), _gene_meaning(f)))
    if modes:
        tldr = Statement(
            f"The HPO release records {f.name} as inherited ({join_words([pattern_name(a) for a in modes])}), "
            "which points to a genetic cause, but it names no gene, so we cannot say which change "
            "is involved.", mode_sources)
        return Composed(tldr, ())
    if ev.chromosomal:
        return Composed(Statement(
            f"{f.name} is caused by a change in the chromosomes: a missing, extra or rearranged "
            "chromosome or piece of chromosome.", tuple(f.record)), ())
    for group, words in ((TERATOLOGIC, "Orphanet classes it as a teratologic disease: one caused by something "
                          "the unborn baby was exposed to before birth"),
                         (INTOXICATION, "Orphanet classes it as an intoxication: one caused by a harmful substance")):
        if ev.in_group(group):
            return Composed(Statement(f"{words}. The data we use does not say more about its cause.",
                                      ev.orphanet_sources()), ())
    tldr = Statement(
        f"The data we use does not say what causes {f.name}: it records no gene and no "
        "inheritance pattern for it.", tuple(f.record))
    return Composed(tldr, (), has_data=False)


def _gene_meaning(f: DiseaseFacts) -> Section:
    return Section("What a gene link means", (Statement(
        "Genes are instructions for making the body's proteins. A change (variant) in a gene "
        "can cause a condition, raise the chance of getting it, or change how it shows; the "
        "list above says which, where the sources say it. The answer on whether it is "
        "hereditary says how such changes pass through families.", gene_sources(f.evidence.genes)),))


def body_systems(f: DiseaseFacts) -> list[tuple[str, str, int]]:
    """``(hpo_id, name, count)`` of the top-level systems the present features fall under,
    most features first (a feature can count under several systems)."""
    ont = f.kb.ontology
    counts = dict.fromkeys(ont.children(PHENOTYPIC_ABNORMALITY), 0)
    for hpo_id in dict.fromkeys(a.hpo_id for a in f.disease.present_phenotypes):  # each term once
        if _resolves(f, hpo_id):
            for anc in ont.ancestors(hpo_id, include_self=True) & counts.keys():
                counts[anc] += 1
    ranked = sorted((n, s) for s, n in counts.items() if n)
    ranked.sort(key=lambda pair: -pair[0])
    return [(s, _system_name(s, ont.name(s)), n) for n, s in ranked]


def _system_name(hpo_id: str, name: str) -> str:
    """Plain words for a top-level system ("The nervous system"), from the summary's table
    when it has the system, else the HPO name without its "Abnormality of" prefix."""
    if hpo_id in SYSTEM_WORDS:
        words = SYSTEM_WORDS[hpo_id]
        return words[0].upper() + words[1:]
    for prefix in ("Abnormality of the ", "Abnormality of ", "Abnormal "):
        if name.startswith(prefix):
            return name[len(prefix):].capitalize()
    return name


def _resolves(f: DiseaseFacts, hpo_id: str) -> bool:
    return f.kb.ontology.resolve(hpo_id) is not None
