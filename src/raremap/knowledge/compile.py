"""Compile an HPO release folder into the sections of a knowledge artifact.

The artifact keeps columns (numpy arrays and interned string tables) rather than objects:
unpickling the 12,687 diseases as Disease/Annotation dataclasses took 4.7 s, the columns
0.05 s (measured 2026-11-22; see docs/benchmarks.md). Objects are built on demand.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from raremap.knowledge.model import Aspect, Sex, is_absent
from raremap.knowledge.parsers.errors import ParseError
from raremap.knowledge.parsers.genes import parse_genes
from raremap.knowledge.parsers.hpoa import parse_hpoa
from raremap.knowledge.parsers.obo import iter_lines, parse_obo
from raremap.knowledge.search_index import build_search_index

RELEASE_FILES = ("hp.obo", "phenotype.hpoa", "genes_to_phenotype.txt")
SCOPE_CODES = ("EXACT", "RELATED", "BROAD", "NARROW")
KIND_CODES = ("", "layperson", "abbreviation", "plural_form", "uk_spelling", "obsolete_synonym", "allelic_requirement")

Progress = Callable[[str, float], None]


class BuildError(RuntimeError):
    """The release folder cannot be compiled; the message says why in one sentence."""


@dataclass
class ReleaseFolder:
    path: Path

    def file(self, name: str) -> Path:
        return self.path / name

    def check(self) -> None:
        if not self.path.is_dir():
            raise BuildError(f"The HPO release folder {self.path} does not exist.")
        missing = [n for n in RELEASE_FILES if not self.file(n).is_file()]
        if missing:
            raise BuildError(
                f"The HPO release folder {self.path} lacks {', '.join(missing)}; "
                f"it needs {', '.join(RELEASE_FILES)}."
            )


def _csr(lists: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    indptr = np.zeros(len(lists) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(x) for x in lists])
    flat = [i for x in lists for i in x]
    return indptr, np.asarray(flat, dtype=np.int32)


def _intern(values: list[str]) -> tuple[list[str], np.ndarray]:
    table: dict[str, int] = {}
    codes = np.fromiter((table.setdefault(v, len(table)) for v in values), dtype=np.int32, count=len(values))
    return list(table), codes


def compile_release(
    folder: Path,
    progress: Progress = lambda step, fraction: None,
    extra_disease_names: Mapping[str, list[str]] | None = None,
    twins: Mapping[str, str] | None = None,
) -> dict:
    """Read the three release files and return the artifact's sections as plain data.

    ``twins`` maps an id to the canonical id of the same disease (OMIM → Orphanet, from
    MONDO's exact matches); a pair whose both ids are in the release becomes one disease
    with the annotations of both, each row keeping the id it was annotated to.
    """
    release = ReleaseFolder(Path(folder))
    release.check()
    try:
        progress("Reading hp.obo", 0.0)
        header, raw_terms = parse_obo(iter_lines(release.file("hp.obo")))
        progress("Reading phenotype.hpoa", 0.2)
        hpoa_header, rows = parse_hpoa(iter_lines(release.file("phenotype.hpoa")))
        progress("Reading genes_to_phenotype.txt", 0.45)
        genes = parse_genes(iter_lines(release.file("genes_to_phenotype.txt")))
    except ParseError as exc:
        raise BuildError(f"The release cannot be read: {exc}.") from exc
    except UnicodeDecodeError as exc:
        raise BuildError(f"The release folder {folder} holds a file that is not UTF-8 text ({exc.reason}).") from exc
    if not raw_terms:
        raise BuildError(f"{release.file('hp.obo')} holds no terms.")
    if not rows:
        raise BuildError(f"{release.file('phenotype.hpoa')} holds no annotations.")

    progress("Compiling the ontology", 0.55)
    ontology = _compile_ontology(raw_terms)
    progress("Compiling the diseases", 0.65)
    diseases = _compile_diseases(rows, genes, ontology, twins or {})
    progress("Computing information content", 0.75)
    ontology["disease_counts"], ontology["ic"] = _information_content(ontology, diseases)
    progress("Indexing names for search", 0.8)
    search = build_search_index(ontology, diseases, extra_disease_names or {})
    progress("Done", 1.0)
    return {
        "meta": {
            "release": header.release or hpoa_header.version,
            "hpoa_version": hpoa_header.version,
            "hpoa_counts": hpoa_header.counts,
            "obo_data_version": header.data_version,
        },
        "ontology": ontology,
        "diseases": diseases,
        "search": search,
    }


def _compile_ontology(raw_terms) -> dict:
    ids = [t.id for t in raw_terms]
    index = {tid: i for i, tid in enumerate(ids)}
    alt = {}
    for t in raw_terms:
        for a in t.alt_ids:
            alt[a] = t.id
    parents: list[list[int]] = []
    for t in raw_terms:
        plist = []
        for p in t.parents:
            p = alt.get(p, p)
            if p not in index:
                raise BuildError(f"hp.obo: term {t.id} names a parent {p} that is not in the file.")
            plist.append(index[p])
        parents.append(plist)
    children: list[list[int]] = [[] for _ in ids]
    for i, plist in enumerate(parents):
        for p in plist:
            children[p].append(i)
    ancestors = _closure(parents)
    syn_offsets = np.zeros(len(ids) + 1, dtype=np.int64)
    syn_text: list[str] = []
    syn_scope: list[int] = []
    syn_kind: list[int] = []
    for i, t in enumerate(raw_terms):
        for text, scope, kind in t.synonyms:
            syn_text.append(text)
            syn_scope.append(SCOPE_CODES.index(scope))
            syn_kind.append(KIND_CODES.index(kind) if kind in KIND_CODES else 0)
        syn_offsets[i + 1] = len(syn_text)
    xref_offsets = np.zeros(len(ids) + 1, dtype=np.int64)
    xrefs: list[str] = []
    for i, t in enumerate(raw_terms):
        xrefs.extend(t.xrefs)
        xref_offsets[i + 1] = len(xrefs)
    p_ptr, p_idx = _csr(parents)
    c_ptr, c_idx = _csr(children)
    a_ptr, a_idx = _csr(ancestors)
    return {
        "ids": ids,
        "names": [t.name for t in raw_terms],
        "definitions": [t.definition for t in raw_terms],
        "comments": [t.comment for t in raw_terms],
        "syn_offsets": syn_offsets,
        "syn_text": syn_text,
        "syn_scope": np.asarray(syn_scope, dtype=np.int8),
        "syn_kind": np.asarray(syn_kind, dtype=np.int8),
        "xref_offsets": xref_offsets,
        "xrefs": xrefs,
        "alt_ids": alt,
        "parents": (p_ptr, p_idx),
        "children": (c_ptr, c_idx),
        "ancestors": (a_ptr, a_idx),
        "obsolete": np.asarray([t.is_obsolete for t in raw_terms], dtype=bool),
        "replaced_by": {t.id: t.replaced_by for t in raw_terms if t.replaced_by},
        "consider": {t.id: list(t.consider) for t in raw_terms if t.consider},
    }


def _closure(parents: list[list[int]]) -> list[list[int]]:
    """Proper ancestors of every term (the term itself excluded), sorted."""
    memo: dict[int, frozenset[int]] = {}

    def up(i: int, trail: frozenset[int]) -> frozenset[int]:
        if i in memo:
            return memo[i]
        if i in trail:
            raise BuildError("hp.obo: the is_a relations contain a cycle.")
        acc: set[int] = set()
        for p in parents[i]:
            acc.add(p)
            acc |= up(p, trail | {i})
        memo[i] = frozenset(acc)
        return memo[i]

    import sys

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000))
    return [sorted(up(i, frozenset())) for i in range(len(parents))]


def _compile_diseases(rows, genes: dict[str, dict[str, str]], ontology: dict, twins: Mapping[str, str]) -> dict:
    index = {tid: i for i, tid in enumerate(ontology["ids"])}
    alt = ontology["alt_ids"]

    def term_index(hpo_id: str, what: str) -> int:
        hpo_id = alt.get(hpo_id, hpo_id)
        if hpo_id not in index:
            raise BuildError(f"phenotype.hpoa names {what} {hpo_id}, which hp.obo does not have.")
        return index[hpo_id]

    from collections import Counter

    present = {r.disease_id for r in rows}
    aliases = {a: c for a, c in twins.items() if a in present and c in present and a != c}

    def canon(disease_id: str) -> str:
        return aliases.get(disease_id, disease_id)

    order: dict[str, int] = {}
    name_counts: dict[str, Counter] = {}
    for r in sorted(rows, key=lambda r: r.disease_id in aliases):  # canonical ids take the first places
        if canon(r.disease_id) not in order:
            order[canon(r.disease_id)] = len(order)
            name_counts[canon(r.disease_id)] = Counter()
        # The canonical id's own names come first; a merged twin's are other names.
        name_counts[canon(r.disease_id)][(r.disease_id in aliases, r.disease_name)] += 1
    # A few diseases carry more than one name across rows (e.g. "Sotos syndrome" and
    # "Sotos syndrome 1"): the commonest is the name, the others are kept as other names.
    names, other_names = [], {}
    for disease_id, counts in name_counts.items():
        ranked = [n for (_, n), _ in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1]))]
        names.append(ranked[0])
        others = [n for n in dict.fromkeys(ranked[1:]) if n.lower() != ranked[0].lower()]
        if others:
            other_names[disease_id] = others
    # Stable: file order within a disease, the canonical id's rows before its twin's.
    rows = sorted(rows, key=lambda r: (order[canon(r.disease_id)], r.disease_id in aliases))
    n = len(rows)
    disease = np.fromiter((order[canon(r.disease_id)] for r in rows), dtype=np.int32, count=n)
    offsets = np.searchsorted(disease, np.arange(len(order) + 1)).astype(np.int64)
    last_updated: list[str | None] = [None] * len(order)
    for r in rows:
        i = order[canon(r.disease_id)]
        if r.curated_on and (last_updated[i] is None or r.curated_on > last_updated[i]):
            last_updated[i] = r.curated_on
    ref_table, ref_codes = _intern([";".join(r.references) for r in rows])
    mod_table, mod_codes = _intern([";".join(r.modifiers) for r in rows])
    ev_table, ev_codes = _intern([r.evidence for r in rows])
    raw_table, raw_codes = _intern([r.frequency.raw for r in rows])
    origin_table, origin_codes = _intern([r.disease_id for r in rows])
    disease_ids = list(order)
    twins_of: dict[str, list[str]] = {}
    for alias, canonical in aliases.items():
        twins_of.setdefault(canonical, []).append(alias)
    gene_lists = []
    for d in disease_ids:
        merged = dict(genes.get(d, {}))
        for twin in twins_of.get(d, ()):
            for symbol, gid in genes.get(twin, {}).items():
                merged.setdefault(symbol, gid)
        gene_lists.append(sorted(merged.items()))
    gene_offsets = np.zeros(len(disease_ids) + 1, dtype=np.int64)
    gene_offsets[1:] = np.cumsum([len(g) for g in gene_lists])
    return {
        "ids": disease_ids,
        "names": names,
        "other_names": other_names,
        "last_updated": last_updated,
        "offsets": offsets,
        "term": np.fromiter((term_index(r.hpo_id, "the feature") for r in rows), dtype=np.int32, count=n),
        "aspect": np.fromiter((Aspect.from_code(r.aspect) for r in rows), dtype=np.int8, count=n),
        "negated": np.fromiter((r.negated for r in rows), dtype=bool, count=n),
        "band": np.fromiter((int(r.frequency.band) for r in rows), dtype=np.int8, count=n),
        "value": np.fromiter(
            (math.nan if r.frequency.value is None else r.frequency.value for r in rows), dtype=np.float32, count=n
        ),
        "freq_raw": (raw_table, raw_codes),
        "onset": np.fromiter(
            (term_index(r.onset, "the onset") if r.onset else -1 for r in rows), dtype=np.int32, count=n
        ),
        "sex": np.fromiter((Sex.from_code(r.sex) for r in rows), dtype=np.int8, count=n),
        "modifiers": (mod_table, mod_codes),
        "evidence": (ev_table, ev_codes),
        "references": (ref_table, ref_codes),
        "origin": (origin_table, origin_codes),
        "aliases": dict(sorted(aliases.items())),
        "gene_offsets": gene_offsets,
        "gene_symbols": [s for g in gene_lists for s, _ in g],
        "gene_ids": [i for g in gene_lists for _, i in g],
    }


def _information_content(ontology: dict, diseases: dict) -> tuple[np.ndarray, np.ndarray]:
    """Annotation counts and IC of every term over diseases.

    A disease counts for a term when it has a present phenotype annotation (aspect P, not
    NOT, not excluded) to the term or any of its descendants. IC = -ln(count / diseases);
    a term no disease reaches gets the IC of a single disease.
    """
    from scipy import sparse

    n_terms = len(ontology["ids"])
    n_dis = len(diseases["ids"])
    a_ptr, a_idx = ontology["ancestors"]
    # A[t, a] = 1 when a is t or one of its ancestors.
    rows = np.concatenate([np.repeat(np.arange(n_terms), np.diff(a_ptr)), np.arange(n_terms)])
    cols = np.concatenate([a_idx, np.arange(n_terms)])
    up = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(n_terms, n_terms))
    present = (diseases["aspect"] == Aspect.PHENOTYPE) & ~is_absent(diseases["negated"], diseases["band"])
    disease_of_row = np.repeat(np.arange(n_dis), np.diff(diseases["offsets"]))
    annotated = sparse.csr_matrix(
        (np.ones(int(present.sum()), dtype=np.float32), (disease_of_row[present], diseases["term"][present])),
        shape=(n_dis, n_terms),
    )
    reached = (annotated @ up) > 0
    seen = np.asarray(reached.sum(axis=0)).ravel()
    ic = -np.log(np.maximum(seen, 1) / n_dis)
    return seen.astype(np.int32), ic.astype(np.float32)
