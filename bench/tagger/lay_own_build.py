"""Build a set of independent patient lines (``lay_own2.jsonl``) from its source.

    .venv/bin/python bench/tagger/lay_own_build.py bench/tagger/lay_own2_source.tsv bench/tagger/lay_own2.jsonl

The source holds one line per record: the HPO term's exact name, a tab, the text. Each
record accepts the term and its parents with at most 30 descendants (the broader term a
clinician would still accept for vaguer words). The build refuses a line that contains
the name or any synonym of one of its accepted terms (lower-cased, punctuation removed,
a trailing "s" ignored), a name that is not a current term, or a term used twice: the
lines must say the finding in words the ontology does not have.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from raremap.knowledge import ensure_knowledge  # noqa: E402
from raremap.sections import SECTIONS  # noqa: E402

MAX_DESCENDANTS = 30


def words(text: str) -> str:
    return " " + " ".join(w.rstrip("s") for w in re.findall(r"[a-z0-9]+", text.lower())) + " "


def main() -> None:
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    ont = ensure_knowledge(sections=SECTIONS).ontology
    by_name = {t.name.lower(): t.id for t in ont.terms()}
    out, errors, seen = [], [], set()
    for n, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        name, text = line.split("\t")
        hpo = by_name.get(name.lower())
        if hpo is None:
            errors.append(f"line {n}: no term named {name!r}")
            continue
        if hpo in seen:
            errors.append(f"line {n}: {name} used twice")
        seen.add(hpo)
        accept = [hpo] + [p for p in ont.parents(hpo) if len(ont.descendants(p)) <= MAX_DESCENDANTS]
        said = words(text)
        for a in accept:
            term = ont.term(a)
            for phrase in [term.name] + [s.text for s in term.synonyms]:
                if words(phrase).strip() and words(phrase) in said:
                    errors.append(f"line {n}: {text!r} contains {phrase!r} ({a} {term.name})")
        out.append({"id": f"N{n:03d}", "text": text, "hpo": hpo, "hpo_name": ont.name(hpo), "accept": accept})
    if errors:
        sys.exit("\n".join(errors))
    target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(f"{len(out)} lines written to {target}")


if __name__ == "__main__":
    main()
