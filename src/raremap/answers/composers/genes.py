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
    for kind, genes in by_kind.items():
        names = join_words([g.symbol for g in genes])
        who = "Orphanet" if kind != "unknown" else "HPO's gene-disease data"
        statements.append(Statement(f"{names} ({who}): {ROLE_WORDS.get(kind, ROLE_WORDS['other'])}.", gene_sources(genes)))
    return Section("Genes linked to it", tuple(statements))
