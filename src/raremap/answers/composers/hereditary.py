"""Is it hereditary? From HPO's and Orphanet's inheritance, the qualifiers and gene roles.

Rules (``docs/answers.md``): only patterns are patterns (qualifiers such as penetrance
qualify them); "sporadic" says the person's own children may inherit the condition when a
genetic change is known to be behind it; an infection is caught, not inherited; a prion
disease has inherited, sporadic and acquired forms; missing data never means "not
inherited".
"""

from __future__ import annotations

from raremap.answers.composers.genes import genes_section
from raremap.answers.composers.result import Composed
from raremap.answers.evidence import NON_MENDELIAN_ROOT, gene_sources
from raremap.answers.facts import DiseaseFacts
from raremap.answers.inheritance import PATTERNS, qualifier_text
from raremap.answers.model import Section, Statement
from raremap.answers.phrases import join_words
from raremap.answers.rules import prion_forms, prion_source

CONGENITAL_WORDS = ("congenital", "fetal", "foetal", "neonatal", "perinatal")


def compose(f: DiseaseFacts) -> Composed:
    ev = f.evidence
    if ev.prion:
        return _prion(f)
    mendelian_orphanet = [i for i in ev.orphanet_modes if i not in ev.orphanet_multifactorial]
    if not ev.patterns and not mendelian_orphanet:
        if ev.infection:
            return _infection(f)
        if ev.sporadic:
            return _sporadic(f)
        if ev.orphanet_not_inherited:
            return _orphanet_not_inherited(f)
    if not ev.patterns and not ev.orphanet_modes:
        if ev.qualifiers:
            return _qualifiers_only(f)
        return _no_pattern(f)
    return _patterns(f)


def orphanet_label(label: str) -> str:
    """Orphanet's wording with the chromosome letters capitalised ("X-linked recessive")."""
    return label.replace("x-linked", "X-linked").replace("y-linked", "Y-linked")


def pattern_name(a) -> str:
    return PATTERNS[a.hpo_id].title if a.hpo_id in PATTERNS else a.name.lower()


def _patterns(f: DiseaseFacts, lead: str | None = None, extra_sources: tuple = ()) -> Composed:
    ev = f.evidence
    modes = [*ev.patterns, *ev.sporadic]
    known = [PATTERNS.get(a.hpo_id) for a in modes]
    orpha_known = [PATTERNS.get(i.hpo_id) if i.hpo_id != NON_MENDELIAN_ROOT else None for i in ev.orphanet_modes]
    passed = {p.passed_on for p in [*known, *orpha_known] if p}
    sources = tuple(s for a in modes for s in f.annotation_sources(a))
    if lead is None:
        if True in passed:
            lead = f"Yes, {f.name} can be inherited."
            if ev.sporadic:
                lead += " It can also appear in a person with no affected relatives."
        elif passed == {False}:
            lead = f"{f.name} usually is not inherited."
        else:
            lead = f"{f.name} has a genetic part; whether it runs in a family depends on the pattern."
    recorded = []
    if modes:
        recorded.append(f"The HPO release records its inheritance as {join_words([pattern_name(a) for a in modes])}.")
    if ev.orphanet_modes:
        recorded.append(_orphanet_modes_sentence(ev))
    elif _orphanet_others(ev):  # no pattern from Orphanet, but what it records is said too
        recorded.append(f"Orphanet lists {_orphanet_list(ev)}.")
    if ev.qualifiers:
        many = len(ev.qualifiers) > 1
        recorded.append(f"It also notes {join_words([chr(8220) + a.name.lower() + chr(8221) for a in ev.qualifiers])}, "
                        f"which {'describe' if many else 'describes'} how the pattern shows in families "
                        f"rather than {'being patterns' if many else 'being a pattern'} of {'their' if many else 'its'} own.")
    causes = ev.germline_causal_genes
    linked = [g for g in ev.genes if g.kind == "unknown"]
    if causes:
        recorded.append(f"Orphanet names changes in {join_words([g.symbol for g in causes])} as the cause.")
    elif linked:
        shown = join_words([g.symbol for g in linked[:6]] + ([f"{len(linked) - 6} more"] if len(linked) > 6 else []))
        recorded.append(f"HPO's gene data links it to the gene {shown}." if len(linked) == 1 else
                        f"HPO's gene data links it to the genes {shown}; it does not say which of them cause it.")
    tldr_sources = sources + ev.orphanet_sources() + tuple(s for a in ev.qualifiers for s in f.annotation_sources(a))
    tldr = Statement(" ".join([lead, *recorded]), tldr_sources + gene_sources(causes or linked) + extra_sources)
    sections = []
    for a, pattern in zip(modes, known, strict=True):
        src = tuple(f.annotation_sources(a))
        if pattern:
            body = [Statement(text, src) for text in pattern.explanation]
            if a in ev.sporadic and ev.genetic_cause:
                body.append(_children_may_inherit(f, src))
        else:
            body = [Statement(
                f"The HPO release records the pattern '{a.name}' ({a.hpo_id}). We have no "
                "plain-language explanation of it yet; a genetic counselor can explain it.", src)]
        sections.append(Section(f"What {pattern_name(a)} inheritance means", tuple(body)))
    for i, pattern in zip(ev.orphanet_modes, orpha_known, strict=True):
        if pattern and not any(a.hpo_id == i.hpo_id for a in modes):
            sections.append(Section(f"What {pattern.title} inheritance means", tuple(
                Statement(text, ev.orphanet_sources()) for text in pattern.explanation)))
    if len(modes) + len([i for i in ev.orphanet_modes if not any(a.hpo_id == i.hpo_id for a in modes)]) > 1:
        sections.append(Section("More than one pattern", (Statement(
            "More than one pattern is recorded. This often means that different families, or "
            "different genes, pass the condition on in different ways; a genetic test and a "
            "genetic counselor can tell which applies to a family.", sources + ev.orphanet_sources()),)))
    if ev.orphanet_modes and _orphanet_others(ev):
        sections.append(Section("What Orphanet lists", (Statement(
            f"Orphanet lists {_orphanet_list(ev)} for {f.name} side by side, without saying which "
            "applies to which people. A genetic test and a genetic counselor can tell which applies "
            "to a family.", ev.orphanet_sources()),)))
    if ev.qualifiers:
        sections.append(Section("How the pattern shows in families", tuple(
            Statement(qualifier_text(a.hpo_id, a.name), tuple(f.annotation_sources(a))) for a in ev.qualifiers)))
    if ev.genes:
        sections.append(genes_section(f))
    sections.append(_counselling(f))
    return Composed(tldr, tuple(sections))


def _orphanet_others(ev) -> list[str]:
    """Orphanet's entries beside its patterns, in its order: "not genetically inherited"
    and "unknown inheritance" (quoted, as Orphanet words them)."""
    inh = ev.orphanet.inheritance if ev.orphanet else ()
    return [f"\u201c{i.label}\u201d" for i in inh if i.is_genetic is not True]


def _orphanet_list(ev) -> str:
    """Every entry of Orphanet's inheritance, patterns first: "both autosomal dominant
    inheritance and “not genetically inherited”", "autosomal dominant and autosomal
    recessive inheritance, and also “not genetically inherited”"."""
    modes, others = [orphanet_label(i.label) for i in ev.orphanet_modes], _orphanet_others(ev)
    if not modes:
        return ("both " if len(others) == 2 else "") + join_words(others)
    if not others:
        return f"{join_words(modes)} inheritance"
    if len(modes) == 1 and len(others) == 1:
        return f"both {modes[0]} inheritance and {others[0]}"
    return f"{join_words(modes)} inheritance, and also {join_words(others)}"


def _orphanet_modes_sentence(ev) -> str:
    """What Orphanet records beside HPO's patterns: the same, different patterns, or its
    patterns with "not genetically inherited" (or "unknown inheritance") listed as well."""
    hpo_modes = {a.hpo_id for a in ev.patterns}
    same = bool(hpo_modes) and {i.hpo_id for i in ev.orphanet_modes} == hpo_modes
    if not _orphanet_others(ev):
        if same:
            return "Orphanet records the same."
        labels = [orphanet_label(i.label) for i in ev.orphanet_modes]
        return f"Orphanet records {join_words(labels)} inheritance" + (", so the two sources differ." if hpo_modes else ".")
    return f"Orphanet lists {_orphanet_list(ev)}" + (", so the two sources differ." if hpo_modes and not same else ".")


def _children_may_inherit(f: DiseaseFacts, src: tuple) -> Statement:
    return Statement(
        "Here a change in the person's genes or chromosomes is behind the condition, so even "
        "when it is new in the family, the person's own children may inherit it; a genetic "
        "counselor can give the chance.", src + f.evidence.genetic_sources())


def _own_children(f: DiseaseFacts) -> str:
    """What the person's own children may inherit when a genetic change is behind a
    condition recorded as sporadic or not genetically inherited ("" without one)."""
    ev = f.evidence
    if ev.chromosomal:
        return ("It comes from a change in the chromosomes that usually arises new in the affected "
                "person; a person who has it may still pass it to their own children, and a genetic "
                "counselor can give the chance.")
    if ev.genetic_cause:
        return ("A change in the person's genes or chromosomes is behind it, though, so the "
                "person's own children may inherit it.")
    return ""


def _sporadic(f: DiseaseFacts) -> Composed:
    ev = f.evidence
    src = tuple(s for a in ev.sporadic for s in f.annotation_sources(a))
    said = [f"{f.name} usually is not inherited: the HPO release records it as sporadic, which "
            "means it usually appears in a person with no affected relatives."]
    sources = src
    if ev.orphanet_not_inherited:  # both sources, each named
        said.append(f"Orphanet lists {_orphanet_list(ev)}." if len(ev.orphanet.inheritance) > 1
                    else "Orphanet records it as not genetically inherited.")
        sources = sources + ev.orphanet_sources()
    if ev.genetic_cause:
        said.append(_own_children(f))
        sources = sources + ev.genetic_sources()
    text = " ".join(said)
    sections = [Section("What sporadic means", tuple(
        [Statement(t, src) for t in PATTERNS["HP:0003745"].explanation]
        + ([_children_may_inherit(f, src)] if ev.genetic_cause else [])))]
    if ev.qualifiers:
        sections.append(Section("How it arises", tuple(
            Statement(qualifier_text(a.hpo_id, a.name), tuple(f.annotation_sources(a))) for a in ev.qualifiers)))
    if ev.genes:
        sections.append(genes_section(f))
    sections.append(_counselling(f))
    return Composed(Statement(text, sources), tuple(sections))


def _qualifiers_only(f: DiseaseFacts) -> Composed:
    """No pattern, but how it arises is recorded (somatic mosaicism, de novo, ...)."""
    ev = f.evidence
    src = tuple(s for a in ev.qualifiers for s in f.annotation_sources(a))
    names = join_words([chr(8220) + a.name.lower() + chr(8221) for a in ev.qualifiers])
    text = (f"The HPO release records no pattern of inheritance for {f.name}, but notes {names}. "
            + " ".join(qualifier_text(a.hpo_id, a.name) for a in ev.qualifiers))
    return _with_genes(f, Statement(text, src))


def _infection(f: DiseaseFacts) -> Composed:
    ev = f.evidence
    catch = (f"it is an infection ({ev.infection_reason()}): people catch an infection rather "
             "than inherit it.")
    listed = ev.orphanet.inheritance if ev.orphanet else ()
    sources = ev.infection_sources()
    if not listed:
        text = f"No pattern of inheritance is recorded for {f.name}, and {catch}"
    elif ev.orphanet_not_inherited and len(listed) == 1:
        text = f"No. Orphanet records {f.name} as not genetically inherited, and {catch}"
    else:  # every entry Orphanet lists, none dropped
        text = (f"The HPO release records no pattern of inheritance for {f.name}, and {catch} "
                f"Orphanet lists {_orphanet_list(ev)}.")
    if listed:
        sources = sources + ev.orphanet_sources()
    sections = []
    if ev.orphanet_multifactorial:
        sections.append(Section("Genes and other factors", (Statement(
            "Orphanet records multigenic/multifactorial inheritance for it: several genes, "
            "together with other factors, can change how likely a person is to get the "
            "infection or how it affects them. The infection itself is not passed down.",
            ev.orphanet_sources()),)))
    if any(w in f.name.lower() for w in CONGENITAL_WORDS):
        sections.append(Section("Before birth", (Statement(
            "An infection can pass from a mother to her baby during pregnancy or around birth. "
            "That is not inheritance: it does not come from the parents' genes.", ev.infection_sources()),)))
    if ev.genes:
        sections.append(genes_section(f, lead=(
            "Genes linked to an infection do not make it inherited; they can change how likely "
            "a person is to get it or how it affects them.")))
    sections.append(_counselling(f))
    return Composed(Statement(text, sources), tuple(sections))


def _orphanet_not_inherited(f: DiseaseFacts) -> Composed:
    ev = f.evidence
    unknown = any(i.is_genetic is None for i in ev.orphanet.inheritance)
    if unknown:  # Orphanet lists both; neither is dropped
        text = (f"Orphanet lists both \u201cnot genetically inherited\u201d and \u201cunknown inheritance\u201d "
                f"for {f.name}, so this data does not say clearly whether it is inherited.")
    else:
        text = f"No. Orphanet records {f.name} as not genetically inherited."
    if ev.orphanet_multifactorial:
        text += (" It also records multigenic/multifactorial inheritance: several genes, together "
                 "with other factors, may add to the chance of getting it.")
    sources = ev.orphanet_sources()
    if ev.chromosomal:
        text += " " + _own_children(f)
        sources = sources + ev.genetic_sources()
    return _with_genes(f, Statement(text, sources))


def _prion(f: DiseaseFacts) -> Composed:
    ev = f.evidence
    lead = (f"Some prion diseases are inherited and others are not. {f.name} is a prion disease, and "
            + prion_forms() + ".")
    if ev.patterns or ev.orphanet_modes:
        return _patterns(f, lead=lead, extra_sources=(prion_source(),))
    tldr = Statement(lead + " The data we use records no pattern of inheritance for this entry.",
                     (prion_source(), *ev.orphanet_sources(), *f.record))
    return _with_genes(f, tldr)


def _no_pattern(f: DiseaseFacts) -> Composed:
    ev = f.evidence
    causes = ev.germline_causal_genes
    if causes:
        tldr = Statement(
            f"Orphanet names changes in {join_words([g.symbol for g in causes])} as the cause of "
            f"{f.name}, but no pattern of inheritance is recorded, so from this data we cannot "
            "say how it runs in families.", ev.orphanet_sources())
        return Composed(tldr, (genes_section(f), _counselling(f)), has_data=False)
    if ev.chromosomal:
        tldr = Statement(
            f"{f.name} comes from a change in the chromosomes, so the condition is genetic, "
            "but no pattern of inheritance is recorded. Such changes are often new in "
            "the affected person and can also be inherited from a parent; the person's own "
            "children may inherit it.", tuple(f.record))
        return Composed(tldr, (_counselling(f),), has_data=False)
    if ev.genes:
        tldr = Statement(
            f"The HPO release links {f.name} to the gene{'s' if len(ev.genes) > 1 else ''} "
            f"{join_words([g.symbol for g in ev.genes][:6])}{' and others' if len(ev.genes) > 6 else ''} "
            "but records no pattern of inheritance, so from this data we cannot say whether "
            "or how it runs in families.",
            tuple(s for g in ev.genes for s in g.sources) + tuple(f.record),
        )
        return Composed(tldr, (genes_section(f), _counselling(f)), has_data=False)
    tldr = Statement(
        f"The data we use does not say whether {f.name} is hereditary: it records no pattern "
        "of inheritance and no gene for it. Missing data does not mean the condition is not "
        "inherited.",
        tuple(f.record),
    )
    return Composed(tldr, (_counselling(f),), has_data=False)


def _with_genes(f: DiseaseFacts, tldr: Statement) -> Composed:
    """An answer of one TL;DR, then the genes with their roles and the counselling note."""
    sections = [genes_section(f)] if f.evidence.genes else []
    sections.append(_counselling(f))
    return Composed(tldr, tuple(sections))


def _counselling(f: DiseaseFacts) -> Section:
    return Section("Questions about your family", (Statement(
        "A genetic counselor or a doctor can explain what this means for you, your children "
        "and your brothers and sisters, and whether a genetic test makes sense.", (f.hpo,)),))
