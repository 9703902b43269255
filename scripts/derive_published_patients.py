"""Regenerate src/raremap/engine/published/data/published_patients.tsv.gz from a folder of
phenopacket-store phenopackets (GA4GH v2 JSON)::

    .venv/bin/python scripts/derive_published_patients.py ../shared/data/phenopackets-dev

Files without features, without a diagnosis, with several diagnoses or without a PMID are
skipped and counted by reason. Checks against an HPO release (unknown or obsolete ids,
diseases the release does not annotate) happen at ``raremap init``, not here.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from raremap.engine.published.records import DATA_FILE, read_store, save_tsv


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--out", type=Path, default=DATA_FILE)
    args = ap.parse_args()
    kept, skipped = read_store(args.folder)
    save_tsv(kept, args.out)
    print(f"{len(kept)} patients from {len({p.pmid for p in kept})} publications -> {args.out}")
    for reason, n in Counter(r for _, r in skipped).most_common():
        print(f"skipped {n}: {reason}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
