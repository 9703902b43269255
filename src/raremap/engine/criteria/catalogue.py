"""The criteria sets shipped in ``sets/*.yaml``: loading, validation and look-up."""

from __future__ import annotations

import re
from functools import lru_cache

from raremap.engine.criteria.files import set_files
from raremap.engine.criteria.model import CriteriaSet, Group, Item, NamedFinding

_HPO = re.compile(r"^HP:\d{7}$")
_KINDS = ("lab", "imaging", "histology", "clinical")


class CriteriaError(ValueError):
    """A criteria set file that cannot be used, or an unknown set name."""


def parse_set(data: object, where: str) -> CriteriaSet:
    """Build a :class:`CriteriaSet` from a YAML mapping; raise CriteriaError on problems."""
    if not isinstance(data, dict):
        raise CriteriaError(f"{where}: a criteria set must be a mapping")
    named = {}
    for key, body in (data.get("named_findings") or {}).items():
        if not isinstance(body, dict) or not body.get("label") or body.get("kind") not in _KINDS:
            raise CriteriaError(f"{where}: named finding {key!r} needs a label and a kind ({', '.join(_KINDS)})")
        named[str(key)] = NamedFinding(str(key), str(body["label"]), body["kind"],
                                       tuple(str(a) for a in body.get("aliases") or ()))  # fmt: skip
    groups = []
    for g in data.get("groups") or []:
        here = f"{where}: group {g.get('id')!r}"
        items = tuple(_item(i, named, here) for i in g.get("items") or [])
        if not items:
            raise CriteriaError(f"{here} has no items")
        require = g.get("require", "all")
        if require == "all":
            require = None
        elif not isinstance(require, int) or not 0 < require <= len(items):
            raise CriteriaError(f"{here}: 'require' must be 'all' or a count from 1 to {len(items)}")
        groups.append(Group(str(g["id"]), str(g["title"]), items, require))
    if not groups:
        raise CriteriaError(f"{where}: a criteria set needs groups")
    exclusions = tuple(_item(i, named, f"{where}: exclusions") for i in data.get("exclusions") or [])
    for key in ("id", "title", "disease_name", "rule"):
        if not data.get(key):
            raise CriteriaError(f"{where}: '{key}' is required")
    refs = tuple(str(r) for r in data.get("references") or ())
    if not refs:
        raise CriteriaError(f"{where}: a criteria set must cite its references")
    return CriteriaSet(
        str(data["id"]), str(data["title"]), str(data["disease_name"]), tuple(data.get("diseases") or ()),
        " ".join(str(data["rule"]).split()), tuple(groups), exclusions, named, refs,
        tuple(" ".join(str(n).split()) for n in data.get("notes") or ()),
    )


def _item(data: dict, named: dict, where: str) -> Item:
    if not isinstance(data, dict) or not data.get("id") or not data.get("label"):
        raise CriteriaError(f"{where}: each item needs an id and a label")
    here = f"{where}, item {data['id']!r}"
    hpo = tuple(data.get("hpo") or ())
    not_alone = tuple(data.get("not_alone") or ())
    excepted = tuple(data.get("except") or ())
    for term in (*hpo, *not_alone, *excepted):
        if not _HPO.match(str(term)):
            raise CriteriaError(f"{here}: {term!r} is not an HPO id like HP:0001271")
    names = tuple(data.get("named") or ())
    for n in names:
        if n not in named:
            raise CriteriaError(f"{here}: named finding {n!r} is not defined under named_findings")
    if not hpo and not names:
        raise CriteriaError(f"{here}: an item needs HPO terms or named findings")
    return Item(str(data["id"]), str(data["label"]), hpo, names, not_alone,
                " ".join(str(data.get("not_alone_reason") or "").split()),
                " ".join(str(data.get("note") or "").split()), excepted)  # fmt: skip


@lru_cache(maxsize=1)
def all_sets() -> dict[str, CriteriaSet]:
    """Every shipped criteria set by id (read once per process)."""
    import yaml

    out = {}
    for path in set_files():
        crit = parse_set(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)
        out[crit.id] = crit
    return out


def get_set(name: str) -> CriteriaSet:
    sets = all_sets()
    key = (name or "").strip().lower()
    if key in sets:
        return sets[key]
    for crit in sets.values():
        if key.upper() in crit.diseases:
            return crit
    raise CriteriaError(f"no criteria set {name!r}; available: {', '.join(sorted(sets))}")


def sets_for_disease(disease_id: str) -> list[CriteriaSet]:
    return [c for c in all_sets().values() if disease_id in c.diseases]
