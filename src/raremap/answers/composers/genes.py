"""The genes linked to a disease, each named with the role the sources give it.

Only genes Orphanet records as disease-causing are presented as causes; susceptibility and
modifier genes are named as such; a gene HPO links without a role is "linked", never a
cause.
"""

from __future__ import annotations

from raremap.answers.evidence import ROLE_WORDS, gene_sources
from raremap.answers.facts import DiseaseFacts
from raremap.answers.model import Section, Statement
from raremap.answers.phrases import join_words


def genes_section(f: DiseaseFacts, lead: str = "") -> Section:
    ev = f.evidence
    statements = [Statement(lead, gene_sources(ev.genes))] if lead else []
    by_kind: dict[str, list] = {}
    for g in ev.genes:
        by_kind.setdefault(g.kind, []).append(g)
    orphanet_roles = any(kind != "unknown" for kind in by_kind)
    for kind, genes in by_kind.items():
        names = join_words([g.symbol for g in genes])
        who = "Orphanet" if kind != "unknown" else "HPO's gene-disease data"
        beside_orphanet = kind == "unknown" and orphanet_roles
        words = _hpo_only(len(genes)) if beside_orphanet else ROLE_WORDS.get(kind, ROLE_WORDS["other"])
        # "Orphanet does not list them" is a statement about Orphanet's data: cite it too.
        sources = gene_sources(genes) + (ev.orphanet_sources() if beside_orphanet else ())
        statements.append(Statement(f"{names} ({who}): {words}.", sources))
    return Section("Genes linked to it", tuple(statements))


def _hpo_only(n: int) -> str:
    """HPO links beside Orphanet's gene roles: Orphanet does not list these genes, so they
    are never presented as causes (the causes answer and the hereditary answer agree)."""
    it, them = ("it", "it") if n == 1 else ("they", "them")
    return (f"linked to the condition; Orphanet, which gives the role of the genes above, does not list "
            f"{them}, and the HPO data does not say whether changes in {them} cause the condition, raise "
            f"its chance or change its course, so {it} {'is' if n == 1 else 'are'} not named as "
            f"{'a cause' if n == 1 else 'causes'} here")
