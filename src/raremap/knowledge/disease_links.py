"""What a disease page adds from its ids and Orphanet's gene roles: "Learn more" links
(each only where the id exists) and the genes with the role each source gives them."""

from __future__ import annotations

from raremap.knowledge.model import Disease, reference_url

#: id prefix → (site, what a reader finds there), in the order pages list them.
LEARN_MORE = (
    ("GARD", "GARD", "the NIH's Genetic and Rare Diseases Information Center, written for patients and families"),
    ("ORPHA", "Orphanet", "a description, patient organisations and expert centres by country"),
    ("OMIM", "OMIM", "the genetics of the disease, for professionals"),
    ("MONDO", "Monarch Initiative", "the disease in the MONDO ontology, with its genes and models"),
    ("DECIPHER", "DECIPHER", "the syndrome in DECIPHER's database of genomic variation, for professionals"),
)
#: Orphanet gene-role kind → how a page says it (a cause only for the causal kinds).
ROLE_WORDS = {
    "causal": "causes the disease",
    "causal_somatic": "causes the disease through changes acquired in body cells (somatic)",
    "susceptibility": "raises susceptibility to the disease",
    "modifier": "modifies how the disease shows",
    "phenotype_role": "plays a role in some of its features",
    "candidate": "candidate gene, tested",
    "fusion_gene": "part of a fusion gene",
    "biomarker": "biomarker, tested",
}


def learn_more(disease: Disease) -> list[dict]:
    """``{"site", "id", "url", "about"}`` for GARD, Orphanet, OMIM, MONDO/Monarch and
    DECIPHER, each only where the disease has such an id (the first one of each kind)."""
    ids = disease.ids or (disease.id,)
    out = []
    for prefix, site, about in LEARN_MORE:
        first = next((i for i in ids if i.startswith(prefix + ":")), None)
        url = reference_url(first) if first else None
        if url:
            out.append({"site": site, "id": first, "url": url, "about": about})
    return out


def gene_roles(disease: Disease) -> list[dict]:
    """Genes with their role: Orphanet's genes first (causes, then other roles), then genes
    HPO links to the disease that Orphanet does not list (role not stated). Rows:
    ``{"symbol", "url", "role", "label", "is_cause", "source"}``."""
    rows = []
    seen = set()
    orpha = disease.orphanet.genes if disease.orphanet else ()
    hpo_urls = {g.symbol: g.url for g in disease.genes}
    for role in sorted(orpha, key=lambda g: (not g.is_cause, g.symbol)):
        seen.add(role.symbol)
        rows.append({"symbol": role.symbol, "url": hpo_urls.get(role.symbol) or _hgnc_url(role.hgnc),
                     "role": ROLE_WORDS.get(role.kind, role.role.removesuffix(" in").lower()),
                     "label": role.role.removesuffix(" in"), "is_cause": role.is_cause, "source": "Orphanet"})
    for gene in disease.genes:
        if gene.symbol not in seen:
            rows.append({"symbol": gene.symbol, "url": gene.url, "role": "linked to the disease (role not stated)",
                         "label": "", "is_cause": False, "source": "HPO"})
    return rows


def _hgnc_url(hgnc: str) -> str | None:
    local = hgnc.split(":")[-1] if hgnc else ""
    return f"https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/HGNC:{local}" if local else None
