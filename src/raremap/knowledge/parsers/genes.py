"""Parser for genes_to_phenotype.txt: which genes are linked to which diseases.

Columns: ncbi_gene_id, gene_symbol, hpo_id, hpo_name, frequency, disease_id. One row per
(gene, feature, disease); we keep the distinct (disease, gene) pairs.
"""

from __future__ import annotations

from collections.abc import Iterable

from raremap.knowledge.parsers.errors import ParseError

COLUMNS = ("ncbi_gene_id", "gene_symbol", "hpo_id", "hpo_name", "frequency", "disease_id")


def parse_genes(lines: Iterable[str], source: str = "genes_to_phenotype.txt") -> dict[str, dict[str, str]]:
    """Return ``{disease_id: {gene_symbol: ncbi_gene_id}}``."""
    genes: dict[str, dict[str, str]] = {}
    for line_no, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if line_no == 1 and fields[0] == "ncbi_gene_id":
            if tuple(fields) != COLUMNS:
                raise ParseError(source, line_no, "the column names are not those of genes_to_phenotype.txt")
            continue
        if len(fields) != len(COLUMNS):
            raise ParseError(
                source, line_no, f"expected {len(COLUMNS)} tab-separated columns, found {len(fields)}"
            )
        gene_id, symbol, _hpo, _name, _freq, disease_id = (f.strip() for f in fields)
        if not gene_id.isdigit():
            raise ParseError(source, line_no, f"{gene_id!r} is not an NCBI gene id")
        if ":" not in disease_id:
            raise ParseError(source, line_no, f"{disease_id!r} is not a disease id")
        genes.setdefault(disease_id, {})[symbol] = gene_id
    return genes
