"""Regenerate the compact Orphanet and MONDO tables in ``src/raremap/knowledge/data/``.

    .venv/bin/python scripts/derive_data.py [--shared ../shared/data] [--hpo-dir DIR]

Reads the MONDO mappings (``mondo/``) and Orphanet's ORDO 2.6 facts
(``orphanet-ordo-2.6/``) and keeps only what RareMap shows, for the diseases of the HPO
release (default: the embedded one) plus the Orphanet groups above them. The output is
deterministic: sorted rows, gzip without a timestamp. See the README in the output folder.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from raremap.knowledge.orphanet_tables import TABLES  # noqa: E402

ORDO = "http://www.orpha.net/ORDO/Orphanet_"
NOTATION = "orphanet.owl#notation"
SYMBOL = "orphanet.owl#symbol"
#: ORDO predicates RareMap keeps, by the column they fill.
FACT_PREDICATES = {
    ORDO + "C016": "inheritance",
    ORDO + "C017": "onset",
    ORDO + "C025": "point_prevalence",
    ORDO + "C026": "birth_prevalence",
    ORDO + "C020": "annual_incidence",
}
#: Labels that say "nothing recorded": kept out, so the product says "not recorded".
NO_DATA = {"no inheritance data available", "no age of onset data available", "Unknown_epidemiological_range"}
#: Orphanet's typology classes (disease, group of disorders, ...) are not classification groups.
TYPOLOGY = {"377788", "377789", "377790", "377791", "377792", "377793", "377794", "377795", "377796", "377797"}


def write_table(folder: Path, name: str, rows: list[tuple]) -> None:
    columns = TABLES[name]
    buf = io.StringIO()
    buf.write("\t".join(columns) + "\n")
    for row in sorted(set(rows)):
        assert len(row) == len(columns), (name, row)
        cells = [str(c) for c in row]
        assert not any("\t" in c or "\n" in c for c in cells), row
        buf.write("\t".join(cells) + "\n")
    raw = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    (folder / name).write_bytes(raw.getvalue())
    print(f"{name}: {len(set(rows)):,} rows, {len(raw.getvalue()):,} bytes")


def release_diseases(hpo_dir: Path) -> set[str]:
    ids = set()
    with open(hpo_dir / "phenotype.hpoa", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(("OMIM:", "ORPHA:", "DECIPHER:")):
                ids.add(line.split("\t", 1)[0])
    return ids


def read_sssom(path: Path) -> list[tuple[str, str]]:
    pairs = []
    with open(path, encoding="utf-8") as handle:
        header = None
        for line in handle:
            if line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            row = dict(zip(header, cells, strict=False))
            obj = row["object_id"].replace("Orphanet:", "ORPHA:")
            pairs.append((row["subject_id"], obj))
    return pairs


def derive_mondo(shared: Path, release: set[str]) -> dict[str, list[tuple]]:
    mondo = shared / "mondo"
    by_mondo: dict[str, set[str]] = defaultdict(set)
    mondos_of: dict[str, set[str]] = defaultdict(set)
    for name in ("mondo_exactmatch_omim.sssom.tsv", "mondo_exactmatch_orphanet.sssom.tsv"):
        for m, d in read_sssom(mondo / name):
            if d in release:
                by_mondo[m].add(d)
                mondos_of[d].add(m)
    gard_of: dict[str, set[str]] = defaultdict(set)
    for m, g in read_sssom(mondo / "mondo_hasdbxref_gard.sssom.tsv"):
        gard_of[m].add(g)
    links = []
    for d, ms in mondos_of.items():
        for m in ms:
            gards = sorted(gard_of.get(m, ()))
            links.append((d, m, gards[0] if gards else ""))
    # Twins: a MONDO concept with exactly one Orphanet and one OMIM disease of the release,
    # each of which maps to that concept only.
    twins = []
    for m, ds in by_mondo.items():
        orpha = [d for d in ds if d.startswith("ORPHA:")]
        omim = [d for d in ds if d.startswith("OMIM:")]
        if len(orpha) == 1 and len(omim) == 1 and mondos_of[orpha[0]] == {m} == mondos_of[omim[0]]:
            twins.append((orpha[0], omim[0], m))
    # Broader/narrower: an Orphanet disease whose MONDO concept is the direct parent of the
    # MONDO concept of an OMIM disease (an Orphanet group over OMIM subtypes).
    parents: dict[str, set[str]] = defaultdict(set)
    with open(mondo / "mondo-rare_edges.tsv", encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            cells = line.rstrip("\n").split("\t")
            if cells[2] == "biolink:subclass_of":
                parents[cells[1]].add(cells[3])
    twinned = {t for pair in twins for t in pair[:2]}
    narrower = []
    for d, ms in mondos_of.items():
        if not d.startswith("OMIM:") or d in twinned:
            continue
        for m in ms:
            for p in parents.get(m, ()):
                for broader in by_mondo.get(p, ()):
                    if broader.startswith("ORPHA:") and broader not in twinned:
                        narrower.append((broader, d))
    return {"mondo_links.tsv.gz": links, "mondo_twins.tsv.gz": twins, "mondo_narrower.tsv.gz": narrower}


def derive_orphanet(shared: Path, release: set[str]) -> dict[str, list[tuple]]:
    with gzip.open(shared / "orphanet-ordo-2.6" / "ordo-2.6-facts.json.gz", "rt", encoding="utf-8") as handle:
        graph = json.load(handle)["graphs"][0]
    nodes = {n["id"]: n for n in graph["nodes"]}

    def prop(node: dict, suffix: str) -> str:
        for p in node.get("meta", {}).get("basicPropertyValues", []):
            if p["pred"].endswith(suffix):
                return p["val"]
        return ""

    curie = {nid: prop(n, NOTATION) for nid, n in nodes.items() if prop(n, NOTATION)}
    kind = {}
    for nid, n in nodes.items():
        subsets = [s.rsplit("#ordo_", 1)[-1] for s in n.get("meta", {}).get("subsets", []) if "#ordo_" in s]
        kind[nid] = subsets[0] if subsets else ""
    obsolete = {nid for nid, n in nodes.items() if prop(n, "reason_for_obsolescence") or n.get("meta", {}).get("deprecated")}
    isa: dict[str, set[str]] = defaultdict(set)
    facts: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    genes = []
    for e in graph["edges"]:
        sub, pred, obj = e["sub"], e["pred"], e["obj"]
        if pred == "is_a":
            if sub in curie and obj in curie and obj.removeprefix(ORDO) not in TYPOLOGY and obj not in obsolete:
                isa[sub].add(obj)
        elif pred in FACT_PREDICATES:
            label = nodes.get(obj, {}).get("lbl", "")
            if sub in curie and label and label not in NO_DATA:
                facts[sub][FACT_PREDICATES[pred]].add(label)
        elif pred.startswith(ORDO) and nodes.get(pred, {}).get("type") == "PROPERTY" and obj in curie:
            gene = nodes.get(sub, {})
            symbol = prop(gene, SYMBOL)
            hgnc = next((x["val"] for x in gene.get("meta", {}).get("xrefs", []) if x["val"].startswith("HGNC:")), "")
            if symbol:
                genes.append((curie[obj], symbol, gene.get("lbl", ""), hgnc, nodes[pred]["lbl"]))
    by_curie = {c: nid for nid, c in curie.items()}
    wanted = {by_curie[d] for d in release if d in by_curie}
    keep = set(wanted)
    stack = list(wanted)
    while stack:
        for p in isa.get(stack.pop(), ()):
            if p not in keep:
                keep.add(p)
                stack.append(p)
    disorders, synonyms = [], []
    for nid in keep:
        f = facts.get(nid, {})
        n = nodes[nid]
        disorders.append((
            curie[nid], n.get("lbl", ""), kind[nid],
            ";".join(sorted(curie[p] for p in isa.get(nid, ()))),
            *(";".join(sorted(f.get(col, ()))) for col in FACT_PREDICATES.values()),
        ))
        if nid in wanted:
            for s in n.get("meta", {}).get("synonyms", []):
                if s["pred"] == "hasExactSynonym" and s["val"].strip():
                    synonyms.append((curie[nid], " ".join(s["val"].split())))
    genes = [g for g in genes if by_curie[g[0]] in wanted]
    return {"orphanet_disorders.tsv.gz": disorders, "orphanet_synonyms.tsv.gz": synonyms, "orphanet_genes.tsv.gz": genes}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--hpo-dir", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "raremap" / "knowledge" / "data")
    args = parser.parse_args(argv)
    if args.hpo_dir is None:
        from raremap.paths import embedded_release_dir

        args.hpo_dir = embedded_release_dir()
    release = release_diseases(args.hpo_dir)
    args.out.mkdir(parents=True, exist_ok=True)
    tables = {**derive_mondo(args.shared, release), **derive_orphanet(args.shared, release)}
    for name, rows in tables.items():
        write_table(args.out, name, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
