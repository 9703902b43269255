"""Compile the derived Orphanet and MONDO tables (``knowledge/data/``) into the artifact's
``orphanet`` section: plain dicts of tuples, keyed by disease id.

Also decides which diseases of the release are one concept under two ids (*twins*): the
Orphanet/OMIM pairs of ``mondo_twins.tsv.gz`` whose both ids are in the release. The
Orphanet id is canonical: it carries Orphanet's facts and classification, and the OMIM id
resolves to it.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from raremap.knowledge.orphanet_tables import read_table, tables_version

#: Where the facts come from, as shown with them (About page, API).
SOURCES = (
    {
        "name": "Orphanet",
        "release": "ORDO 2.6 (2018-07-12)",
        "licence": "CC BY 4.0",
        "url": "https://www.orpha.net",
        "attribution": "Orphanet: an online database on rare diseases and orphan drugs. "
        "Copyright, INSERM 1999. Orphanet Rare Disease Ontology (ORDO) release 2.6.",
        "provides": "inheritance, age of onset, prevalence class, gene roles, synonyms, classification",
    },
    {
        "name": "MONDO",
        "release": "repository snapshot 2026-08-21",
        "licence": "CC BY 4.0",
        "url": "https://mondo.monarchinitiative.org",
        "attribution": "Mondo Disease Ontology, Monarch Initiative. Vasilevsky NA et al., "
        "Mondo: Unifying diseases for the world, by the world. medRxiv 2022.",
        "provides": "Orphanet/OMIM exact matches, MONDO ids, GARD ids",
    },
)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x for x in cell.split(";") if x)


def read_orphanet_tables(folder: Path | None = None) -> dict:
    """Read every table (raises BuildError naming a missing or damaged file)."""
    names = ("orphanet_disorders.tsv.gz", "orphanet_synonyms.tsv.gz", "orphanet_genes.tsv.gz",
             "mondo_links.tsv.gz", "mondo_twins.tsv.gz", "mondo_narrower.tsv.gz")
    return {name: read_table(name, folder) for name in names}


def twin_map(tables: dict) -> dict[str, str]:
    """OMIM id → Orphanet id of every twin pair (the build keeps those whose both ids are
    in the release)."""
    return {r["omim"]: r["orpha"] for r in tables["mondo_twins.tsv.gz"]}


def compile_orphanet(tables: dict, twins: dict[str, str], disease_ids: list[str], folder: Path | None = None) -> dict:
    """The ``orphanet`` section for the compiled diseases (canonical ids ``disease_ids``,
    ``twins`` the merged ids: alias → canonical)."""
    canonical = set(disease_ids)
    disorders = {}
    for r in tables["orphanet_disorders.tsv.gz"]:
        disorders[r["orpha"]] = (
            r["name"], r["type"], _split(r["parents"]), _split(r["inheritance"]), _split(r["onset"]),
            _split(r["point_prevalence"]), _split(r["birth_prevalence"]), _split(r["annual_incidence"]),
        )
    synonyms: dict[str, list[str]] = defaultdict(list)
    for r in tables["orphanet_synonyms.tsv.gz"]:
        synonyms[r["orpha"]].append(r["synonym"])
    genes: dict[str, list[tuple]] = defaultdict(list)
    for r in tables["orphanet_genes.tsv.gz"]:
        genes[r["orpha"]].append((r["symbol"], r["gene_name"], r["hgnc"], r["role"]))
    alias = {omim: orpha for omim, orpha in twins.items()}
    mondo: dict[str, set[str]] = defaultdict(set)
    gard: dict[str, set[str]] = defaultdict(set)
    for r in tables["mondo_links.tsv.gz"]:
        did = alias.get(r["disease"], r["disease"])
        if did in canonical:
            mondo[did].add(r["mondo"])
            if r["gard"]:
                gard[did].add(r["gard"])
    narrower: dict[str, list[str]] = defaultdict(list)
    broader: dict[str, list[str]] = defaultdict(list)
    for r in tables["mondo_narrower.tsv.gz"]:
        if r["broader"] in canonical and r["narrower"] in canonical:
            narrower[r["broader"]].append(r["narrower"])
            broader[r["narrower"]].append(r["broader"])
    return {
        "version": tables_version(folder),
        "sources": SOURCES,
        "disorders": disorders,
        "synonyms": {k: tuple(v) for k, v in synonyms.items()},
        "genes": {k: tuple(v) for k, v in genes.items()},
        "aliases": dict(sorted(alias.items())),
        "mondo": {k: tuple(sorted(v)) for k, v in mondo.items()},
        "gard": {k: tuple(sorted(v)) for k, v in gard.items()},
        "narrower": {k: tuple(sorted(v)) for k, v in narrower.items()},
        "broader": {k: tuple(sorted(v)) for k, v in broader.items()},
    }
