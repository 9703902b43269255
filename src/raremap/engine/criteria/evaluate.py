"""Check findings against a criteria set, item by item. Never states a diagnosis.

    >>> ev = evaluate(kb, get_set("poems"), parse_findings(kb, crit, ["HP:0001271", "lambda",
    ...               "elevated-vegf", "HP:0002240"]))           # doctest: +SKIP
    >>> ev.met, ev.summary                                       # doctest: +SKIP
    (True, 'The findings entered meet the criteria set ...; only a doctor can diagnose ...')
"""

from __future__ import annotations

from dataclasses import dataclass

from raremap.engine.criteria.findings import Finding
from raremap.engine.criteria.model import CriteriaSet, Group, Item


@dataclass(frozen=True, slots=True)
class ItemResult:
    item: Item
    met: bool
    matched: tuple[Finding, ...]  # findings that meet the item
    not_counted: tuple[Finding, ...]  # findings that match but do not count on their own
    explanation: str

    def to_dict(self) -> dict:
        return {
            "id": self.item.id,
            "label": self.item.label,
            "met": self.met,
            "matched": [f.to_dict() for f in self.matched],
            "not_counted": [f.to_dict() for f in self.not_counted],
            "explanation": self.explanation,
        }


@dataclass(frozen=True, slots=True)
class GroupResult:
    group: Group
    items: tuple[ItemResult, ...]

    @property
    def met_count(self) -> int:
        return sum(r.met for r in self.items)

    @property
    def met(self) -> bool:
        return self.met_count >= self.group.required

    @property
    def missing(self) -> list[str]:
        """Labels of unmet items (all of them for an 'all' group; the options otherwise)."""
        return [r.item.label for r in self.items if not r.met]

    def explanation(self) -> str:
        need = self.group.describe_requirement()
        if self.met:
            return f"Met: needs {need}; {self.met_count} met."
        if self.group.require is None:
            return f"Not met: needs {need}; missing {'; '.join(self.missing)}."
        return f"Not met: needs {need}; {self.met_count} met."

    def to_dict(self) -> dict:
        return {
            "id": self.group.id,
            "title": self.group.title,
            "required": self.group.required,
            "requirement": self.group.describe_requirement(),
            "met_count": self.met_count,
            "met": self.met,
            "missing": self.missing,
            "explanation": self.explanation(),
            "items": [r.to_dict() for r in self.items],
        }


@dataclass(frozen=True, slots=True)
class Evaluation:
    criteria: CriteriaSet
    findings: tuple[Finding, ...]
    groups: tuple[GroupResult, ...]
    exclusions: tuple[ItemResult, ...]
    unused: tuple[Finding, ...]  # findings that no item or exclusion uses

    @property
    def excluded(self) -> bool:
        return any(r.met for r in self.exclusions)

    @property
    def met(self) -> bool:
        return all(g.met for g in self.groups) and not self.excluded

    @property
    def summary(self) -> str:
        name = self.criteria.disease_name
        if self.met:
            return (f"The findings entered meet the criteria set '{self.criteria.title}'. This is "
                    f"not a diagnosis: only a doctor can diagnose {name}.")  # fmt: skip
        reasons = [f"{g.group.title.lower()}: {g.explanation()[len('Not met: '):].rstrip('.')}" for g in self.groups if not g.met]
        reasons += [f"an exclusion applies ({r.item.label})" for r in self.exclusions if r.met]
        return (f"The findings entered do not meet the criteria set '{self.criteria.title}' "
                f"({'; '.join(reasons)}). This does not rule {name} in or out: only a doctor can "
                "diagnose it.")  # fmt: skip

    def to_dict(self) -> dict:
        c = self.criteria
        return {
            "criteria": {"id": c.id, "title": c.title, "rule": c.rule, "references": list(c.references),
                         "notes": list(c.notes), "diseases": list(c.diseases)},  # fmt: skip
            "met": self.met,
            "summary": self.summary,
            "findings": [f.to_dict() for f in self.findings],
            "groups": [g.to_dict() for g in self.groups],
            "exclusions": [r.to_dict() for r in self.exclusions],
            "unused_findings": [f.to_dict() for f in self.unused],
        }


def evaluate(kb, criteria: CriteriaSet, findings: list[Finding]) -> Evaluation:
    """Evaluate parsed findings (see :func:`parse_findings`) against ``criteria``.

    An HPO finding meets an item when it is one of the item's terms or a descendant, outside
    the item's ``except`` branches; a named finding when the item lists it. Findings under a ``not_alone`` term match the item but
    do not meet it by themselves.
    """
    used: set[tuple[str, str]] = set()
    groups = []
    for group in criteria.groups:
        groups.append(GroupResult(group, tuple(_check(kb, item, findings, used) for item in group.items)))
    exclusions = tuple(_check(kb, item, findings, used, exclusion=True) for item in criteria.exclusions)
    unused = tuple(f for f in findings if (f.kind, f.id) not in used)
    return Evaluation(criteria, tuple(findings), tuple(groups), exclusions, unused)


def _check(kb, item: Item, findings: list[Finding], used: set, exclusion: bool = False) -> ItemResult:
    ont = kb.ontology
    matched: list[Finding] = []
    not_counted: list[Finding] = []
    for f in findings:
        if f.kind == "named":
            hit = f.id in item.named
            alone = False
        else:
            hit = (any(ont.resolve(t) and ont.is_a(f.id, t) for t in item.hpo)
                   and not any(ont.resolve(t) and ont.is_a(f.id, t) for t in item.except_terms))
            alone = hit and any(ont.resolve(t) and ont.is_a(f.id, t) for t in item.not_alone)
        if hit:
            used.add((f.kind, f.id))
            (not_counted if alone else matched).append(f)
    met = bool(matched)
    if met:
        text = "Met by " + "; ".join(_describe(f, item) for f in matched) + "."
        if item.note and any(f.id.startswith("kappa") for f in matched) and not any(f.id.startswith("lambda") for f in matched):
            text += " " + item.note
    elif not_counted:
        text = ("Not met: " + ", ".join(f.label for f in not_counted) + " matched, but "
                + (item.not_alone_reason or "does not count on its own."))  # fmt: skip
    else:
        text = "No finding entered applies." if exclusion else "Not met: no finding entered matches it."
    if exclusion and met:
        text = "Applies: " + text[len("Met by "):]
    return ItemResult(item, met, tuple(matched), tuple(not_counted), text)


def _describe(f: Finding, item: Item) -> str:
    if f.kind == "named":
        return f.label
    if f.id in item.hpo:
        return f"{f.label} ({f.id})"
    return f"{f.label} ({f.id}), a kind of {_parent_label(item)}"


def _parent_label(item: Item) -> str:
    return item.label.split(" (")[0].lower()
