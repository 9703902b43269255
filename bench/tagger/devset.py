"""The tagger's development set: cases from devset_source.yaml with labels resolved to ids.

Every label must be the exact name of a current term of the release, else loading fails
(so a renamed or obsolete term is caught, not silently scored as a miss).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

SOURCE = Path(__file__).with_name("devset_source.yaml")


@dataclass(frozen=True)
class Case:
    split: str
    number: int
    text: str
    present: frozenset[str]
    absent: frozenset[str]

    @property
    def gold(self) -> set[tuple[str, bool]]:
        """(HPO id, negated) pairs."""
        return {(h, False) for h in self.present} | {(h, True) for h in self.absent}


def load_cases(kb, path: Path = SOURCE) -> list[Case]:
    names = {t.name.lower(): t.id for t in kb.ontology.terms()}
    data = yaml.safe_load(path.read_text())
    cases = []
    for split, items in data.items():
        for n, item in enumerate(items, start=1):
            ids = {}
            for key in ("p", "n"):
                ids[key] = set()
                for label in item.get(key, []):
                    tid = names.get(label.lower())
                    if tid is None:
                        raise ValueError(f"{split} case {n}: {label!r} is not the name of an HPO term")
                    ids[key].add(tid)
            cases.append(Case(split, n, item["t"], frozenset(ids["p"]), frozenset(ids["n"])))
    return cases
