"""Where to read more about a disease, and which specialists usually look after it.

Learn-more links are given only where the id exists: GARD (through MONDO), Orphanet (its
disease page, which also lists patient organisations and expert centres), and MedlinePlus
Genetics for each gene named as a cause. Specialists come from the body systems the
recorded features fall under and from Orphanet's groups; they say who usually looks after
such problems, not what a person needs.
"""

from __future__ import annotations

import re

from raremap.answers.model import Source, Statement
from raremap.answers.phrases import join_words
from raremap.knowledge.model import reference_url

MEDLINEPLUS_GENE = "https://medlineplus.gov/genetics/gene/{symbol}/"

#: Top-level HPO systems → the specialist who usually looks after them.
SYSTEM_SPECIALISTS = {
    "HP:0000707": "a neurologist (brain and nerves)",
    "HP:0001626": "a cardiologist (heart and blood vessels)",
    "HP:0000478": "an ophthalmologist (eyes)",
    "HP:0000598": "an ear, nose and throat specialist or an audiologist (hearing)",
    "HP:0000119": "a nephrologist or urologist (kidneys and urinary tract)",
    "HP:0001574": "a dermatologist (skin, hair and nails)",
    "HP:0001871": "a haematologist (blood)",
    "HP:0002715": "an immunologist (immune system)",
    "HP:0000818": "an endocrinologist (hormones)",
    "HP:0001939": "a specialist in metabolic diseases",
    "HP:0002086": "a pulmonologist (lungs and breathing)",
    "HP:0025031": "a gastroenterologist (digestive system)",
    "HP:0033127": "an orthopaedic or rheumatology specialist (bones, joints and muscles)",
    "HP:0040064": "an orthopaedic specialist (arms and legs)",
    "HP:0002664": "an oncologist (tumours)",
    "HP:0000152": "a head and neck or craniofacial team",
    "HP:0001507": "a paediatrician or endocrinologist (growth)",
}
#: Words of Orphanet group names → specialist.
GROUP_SPECIALISTS = (
    (re.compile(r"infectious", re.I), "an infectious disease specialist"),
    (re.compile(r"neurolog|neuromuscular|neuropathy", re.I), "a neurologist (brain and nerves)"),
    (re.compile(r"hematolog|haematolog|plasma cell", re.I), "a haematologist (blood)"),
    (re.compile(r"tumou?r|neoplas|cancer|lymphoma", re.I), "an oncologist (tumours)"),
    (re.compile(r"skin|dermatolog", re.I), "a dermatologist (skin, hair and nails)"),
    (re.compile(r"eye|ophthalm|retina", re.I), "an ophthalmologist (eyes)"),
    (re.compile(r"cardiac|heart|cardiovascular", re.I), "a cardiologist (heart and blood vessels)"),
    (re.compile(r"renal|kidney", re.I), "a nephrologist or urologist (kidneys and urinary tract)"),
    (re.compile(r"endocrine", re.I), "an endocrinologist (hormones)"),
    (re.compile(r"pulmonary|respiratory|lung", re.I), "a pulmonologist (lungs and breathing)"),
    (re.compile(r"hepatic|liver|intestin|digestive|gastro|pancrea|biliary", re.I), "a gastroenterologist (digestive system)"),
    (re.compile(r"bone|skelet", re.I), "an orthopaedic or rheumatology specialist (bones, joints and muscles)"),
    (re.compile(r"immun", re.I), "an immunologist (immune system)"),
    (re.compile(r"metabolism|metabolic", re.I), "a specialist in metabolic diseases"),
    (re.compile(r"intellectual disability|developmental", re.I), "a developmental paediatrician"),
)
GENETICIST = "a clinical geneticist or genetic counselor"
SYSTEMS_CONSIDERED = 3


def specialists(f) -> list[tuple[str, tuple[Source, ...]]]:
    """``(specialist, sources)`` in order: Orphanet's groups first, then the commonest body
    systems, then a geneticist when a genetic cause is known."""
    return [(who, sources) for who, _why, sources in _specialists(f)]


#: Why a specialist is named, as the note under the list says it.
BY_GROUP, BY_SYSTEM, BY_CAUSE = "how Orphanet classes it", "the parts of the body its recorded features concern", "what causes it"


def _specialists(f) -> list[tuple[str, str, tuple[Source, ...]]]:
    from raremap.answers.composers.overview import body_systems

    ev = f.evidence
    out: dict[str, tuple[str, tuple[Source, ...]]] = {}
    groups = [g.name for g in (ev.orphanet.ancestors if ev.orphanet else ())]
    for name in groups:
        for pattern, who in GROUP_SPECIALISTS:
            if pattern.search(name):
                out.setdefault(who, (BY_GROUP, ev.orphanet_sources()))
    for hpo_id, _name, _n in body_systems(f)[:SYSTEMS_CONSIDERED]:
        if hpo_id in SYSTEM_SPECIALISTS:
            out.setdefault(SYSTEM_SPECIALISTS[hpo_id], (BY_SYSTEM, (f.hpo,)))
    if ev.infection:
        out.setdefault("an infectious disease specialist", (BY_CAUSE, ev.infection_sources()))
    if ev.genetic_cause and not ev.infection:
        out.setdefault(GENETICIST, (BY_CAUSE, ev.genetic_sources()))
    return [(who, why, sources) for who, (why, sources) in out.items()]


def specialists_note(f) -> Statement | None:
    """Where the list of specialists comes from, naming only the reasons that gave one, with
    their sources; ``None`` when there is no list."""
    found = _specialists(f)
    if not found:
        return None
    reasons = [why for why in (BY_SYSTEM, BY_GROUP, BY_CAUSE) if any(w == why for _, w, _ in found)]
    sources = tuple(dict.fromkeys(s for _, _, src in found for s in src))
    return Statement(f"These come from {join_words(reasons)}; they say who usually looks after such "
                     "problems, not what one person needs.", sources)


def learn_more(f) -> list[Statement]:
    """One statement per page to read, each with its link as the source."""
    d = f.disease
    ev = f.evidence
    out = []
    for gard in getattr(d, "gard_ids", ())[:1]:
        url = reference_url(gard)
        if url:
            out.append(Statement(
                "GARD, the NIH's Genetic and Rare Diseases Information Center, has a page on "
                "this disease.", (Source("link", f"GARD: {f.name} ({gard})", gard, url),)))
    orpha = getattr(d, "orpha_id", None) or (d.id if d.id.startswith("ORPHA:") else None)
    if orpha:
        url = reference_url(orpha)
        out.append(Statement(
            "Orphanet's page on this disease gives its description and lists patient "
            "organisations and expert centres by country.",
            (Source("link", f"Orphanet: {f.name} ({orpha})", orpha, url),)))
    genes = ev.germline_causal_genes[:3]
    if not genes and ev.mendelian:
        linked = [g for g in ev.genes if g.kind == "unknown"]
        genes = linked if len(linked) == 1 else []  # one linked gene and a Mendelian pattern
    for g in genes:
        url = MEDLINEPLUS_GENE.format(symbol=g.symbol.lower())
        # The link's own source, then where the gene came from (Orphanet's role or HPO's link).
        why = "Orphanet names it as a cause" if g.is_cause else "the HPO data links it to this disease"
        out.append(Statement(
            f"MedlinePlus Genetics explains the {g.symbol} gene in plain language; {why}.",
            (Source("link", f"MedlinePlus Genetics: {g.symbol} gene", f"MedlinePlus:{g.symbol}", url), *g.sources)))
    return out
