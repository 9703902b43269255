"""Build a set of short clinical texts of our own (``clinical_own3.jsonl``) from its source.

    .venv/bin/python bench/tagger/clinical_own_build.py bench/tagger/clinical_own3_source.yaml bench/tagger/clinical_own3.jsonl

The source is a YAML list of ``{id, text, gold}`` records, ``gold`` the exact names of the
HPO terms the text names (broader terms written whole inside a longer mention included,
as GSC+ annotates). The build refuses a name that is not a current term's name (and
prints the terms that have it as a synonym, to pick from), a term outside Phenotypic
abnormality (such as "Severe", what an unquoted comma leaves) and a text of at most 280
characters (those are read as a patient's line, not as clinical prose).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from raremap.knowledge import ensure_knowledge  # noqa: E402
from raremap.knowledge.ontology import PHENOTYPIC_ABNORMALITY  # noqa: E402
from raremap.sections import SECTIONS  # noqa: E402

SHORTEST = 281


def main() -> None:
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    ont = ensure_knowledge(sections=SECTIONS).ontology
    by_name = {t.name.lower(): t.id for t in ont.terms()}
    phenotypes = ont.descendants(PHENOTYPIC_ABNORMALITY)
    by_synonym: dict[str, list[str]] = {}
    for t in ont.terms():
        for s in t.synonyms:
            by_synonym.setdefault(s.text.lower(), []).append(f"{t.id} {t.name}")
    out, errors = [], []
    for record in yaml.safe_load(source.read_text(encoding="utf-8")):
        if len(record["text"]) < SHORTEST:
            errors.append(f"{record['id']}: shorter than {SHORTEST} characters")
        gold = []
        for name in record["gold"]:
            hpo = by_name.get(name.lower())
            if hpo is None:
                errors.append(f"{record['id']}: no term named {name!r}; synonym of: "
                              + "; ".join(by_synonym.get(name.lower(), ["none"])))
            elif hpo not in phenotypes:
                errors.append(f"{record['id']}: {name!r} is not a phenotypic abnormality (a comma left unquoted?)")
            elif hpo not in gold:
                gold.append(hpo)
        out.append({"id": record["id"], "text": record["text"], "gold": gold, "not": []})
    if errors:
        sys.exit("\n".join(errors))
    target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(f"{len(out)} texts written to {target}")


if __name__ == "__main__":
    main()
