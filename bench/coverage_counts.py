"""How many diseases show each fact, before and after compiling Orphanet and MONDO.

Run:  .venv/bin/python bench/coverage_counts.py

*Before* is what the HPO release alone gives, counted per id of phenotype.hpoa (12,687
entries; the Orphanet and OMIM twins separate). It is read from the same artifact: each
annotation row keeps the id it was annotated to. *After* is per disease entry of the
knowledge base (twins merged), with HPO's and Orphanet's facts, each kept with its source.
Inheritance: an aspect-I annotation under "Mode of inheritance" (HPO) or an Orphanet
inheritance class other than "unknown inheritance". Onset: an aspect-C annotation under
"Onset" (HPO) or an Orphanet age-of-onset class. Prevalence: an Orphanet point or birth
prevalence class. Gene roles: at least one gene with Orphanet's role. GARD: a GARD id via
MONDO. Nothing here depends on RareMap's own output beyond the compiled tables.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from raremap.knowledge import ensure_knowledge  # noqa: E402
from raremap.knowledge.ontology import INHERITANCE_ROOT, ONSET_ROOT  # noqa: E402
from raremap.sections import SECTIONS  # noqa: E402


def prefix(disease_id: str) -> str:
    return disease_id.split(":", 1)[0]


def main() -> int:
    kb = ensure_knowledge(sections=SECTIONS)
    d, ont = kb.diseases, kb.ontology
    origin_table, origin_codes = kb.sections["diseases"]["origin"]
    origin = np.asarray(origin_codes)
    inh_terms = {ont.index[t] for t in ont.descendants(INHERITANCE_ROOT)}
    onset_terms = {ont.index[t] for t in ont.descendants(ONSET_ROOT)}
    inh_rows = (d.aspect == ASPECT_I) & ~d.negated & np.isin(d.term, list(inh_terms))
    onset_rows = (d.aspect == ASPECT_C) & np.isin(d.term, list(onset_terms))
    hpo_inh = {origin_table[c] for c in np.unique(origin[inh_rows])}
    hpo_onset = {origin_table[c] for c in np.unique(origin[onset_rows])}
    release_ids = set(origin_table)
    by_source = Counter(prefix(i) for i in release_ids)

    print("Before (HPO 2025-01-16 alone, per phenotype.hpoa id)")
    print(f"  entries: {len(release_ids):,} ({', '.join(f'{k} {v:,}' for k, v in sorted(by_source.items()))})")
    for label, ids in (("inheritance", hpo_inh), ("onset", hpo_onset)):
        per = Counter(prefix(i) for i in ids)
        print(f"  with {label}: {len(ids):,} (ORPHA {per['ORPHA']:,} of {by_source['ORPHA']:,}, "
              f"OMIM {per['OMIM']:,} of {by_source['OMIM']:,})")
    print("  with prevalence, gene roles, a GARD link: 0 (the release has none)")

    counts = Counter()
    orpha_counts = Counter()
    aliases = kb.sections["diseases"]["aliases"]
    gard = kb.sections["orphanet"]["gard"]
    for did in d.ids:
        own_ids = d.all_ids(did)
        facts = d.orphanet_facts(did)
        has = {
            "inheritance": bool(set(own_ids) & hpo_inh)
            or bool(facts and any(x.label != "unknown inheritance" for x in facts.inheritance)),
            "onset": bool(set(own_ids) & hpo_onset) or bool(facts and facts.onset),
            "prevalence": bool(facts and (facts.prevalence or facts.birth_prevalence)),
            "gene roles": bool(facts and facts.genes),
            "GARD link": did in gard,
            "Orphanet facts": facts is not None,
        }
        for k, v in has.items():
            counts[k] += v
            if prefix(did) == "ORPHA":
                orpha_counts[k] += v
    n_orpha = sum(1 for i in d.ids if prefix(i) == "ORPHA")
    print("After (per disease entry, twins merged, HPO + Orphanet + MONDO)")
    print(f"  entries: {len(d.ids):,}; merged Orphanet/OMIM pairs: {len(aliases):,}; "
          f"Orphanet-id entries: {n_orpha:,}")
    for k in ("inheritance", "onset", "prevalence", "gene roles", "GARD link", "Orphanet facts"):
        print(f"  with {k}: {counts[k]:,} of {len(d.ids):,} (Orphanet-id entries: {orpha_counts[k]:,} of {n_orpha:,})")
    gard_ids = sum(1 for i in release_ids if d.resolve(i) in gard)
    print(f"  phenotype.hpoa ids whose disease has a GARD link: {gard_ids:,} of {len(release_ids):,}")
    narrower = sum(len(v) for v in kb.sections["orphanet"]["narrower"].values())
    print(f"  broader/narrower links (not merged): {narrower:,}")
    return 0


ASPECT_I, ASPECT_C = 1, 2  # indices in compile.ASPECT_CODES ("PICMH")

if __name__ == "__main__":
    raise SystemExit(main())
