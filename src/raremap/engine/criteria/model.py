"""Diagnostic criteria sets as data: groups of items, the counts required, exclusions.

An :class:`Item` is met by a finding that is one of its HPO terms *or any descendant* of
them (Hepatomegaly meets "organomegaly" through HP:0002240), or one of its named findings
(lab values, imaging, histology that HPO has no term for). ``not_alone`` lists terms whose
findings do not meet the item on their own (diabetes mellitus for POEMS endocrinopathy).
``except_terms`` lists branches under the item's terms that do not meet it at all (cerebral
edema is an edema but not extravascular volume overload; osteopetrosis is dense bone but
not a sclerotic bone lesion).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class NamedFinding:
    """A finding without an HPO term: ``kind`` is lab, imaging, histology or clinical."""

    id: str
    label: str
    kind: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    label: str
    hpo: tuple[str, ...] = ()
    named: tuple[str, ...] = ()
    not_alone: tuple[str, ...] = ()
    not_alone_reason: str = ""
    note: str = ""
    except_terms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Group:
    """``require`` is how many items must be met: an int, or ``None`` for all of them."""

    id: str
    title: str
    items: tuple[Item, ...]
    require: int | None = None

    @property
    def required(self) -> int:
        return len(self.items) if self.require is None else self.require

    def describe_requirement(self) -> str:
        if self.require is None:
            return "all of these" if len(self.items) > 1 else "this"
        return f"at least {self.require} of these"


@dataclass(frozen=True, slots=True)
class CriteriaSet:
    id: str
    title: str
    disease_name: str
    diseases: tuple[str, ...]
    rule: str
    groups: tuple[Group, ...]
    exclusions: tuple[Item, ...] = ()
    named_findings: dict[str, NamedFinding] = field(default_factory=dict)
    references: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def items(self) -> list[Item]:
        return [i for g in self.groups for i in g.items]
