"""A patient's phenotype as the engine reads it: resolved HPO terms, plus what was wrong
with the ids given (unknown, obsolete, not a phenotype) so callers can report it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from raremap.knowledge import KnowledgeBase
from raremap.knowledge.ontology import ONSET_ROOT, PHENOTYPIC_ABNORMALITY, normalise_hpo_id
from raremap.knowledge.text import shown

SEXES = ("male", "female")


@dataclass(frozen=True)
class Issue:
    """One id that was changed or skipped. ``action`` is ``mapped`` (alt id or obsolete id
    replaced by its successor, ``to`` set) or ``skipped``."""

    given: str
    action: str
    reason: str
    to: str | None = None

    def message(self) -> str:
        given = shown(self.given)
        if self.action == "mapped":
            return f"{given}: {self.reason}, used {self.to} instead"
        return f"{given}: {self.reason}, skipped"

    def to_dict(self) -> dict:
        return {"id": self.given, "action": self.action, "reason": self.reason, "to": self.to}


@dataclass(frozen=True)
class Query:
    """Resolved input: term indices into ``kb.ontology.ids`` (no duplicates, input order),
    an optional onset term index and sex (``"male"``/``"female"``)."""

    present: tuple[int, ...]
    excluded: tuple[int, ...] = ()
    onset: int | None = None
    sex: str | None = None
    issues: tuple[Issue, ...] = field(default=())

    @property
    def is_empty(self) -> bool:
        return not self.present and not self.excluded


class QueryError(ValueError):
    """The query cannot be run (nothing usable in it, or a value of the wrong kind)."""


def _resolve_one(kb: KnowledgeBase, given: str, issues: list[Issue], root: str, kind: str) -> str | None:
    ont = kb.ontology
    if not isinstance(given, str):
        issues.append(Issue(repr(given), "skipped", "not an HPO id string"))
        return None
    primary = ont.resolve(given)
    if primary is None:
        issues.append(Issue(given, "skipped", "unknown HPO id"))
        return None
    tid = ont.current(primary)
    if tid is None:
        issues.append(Issue(given, "skipped", "obsolete HPO term without a replacement"))
        return None
    if tid != primary:
        issues.append(Issue(given, "mapped", "obsolete HPO term", tid))
    elif given != primary and normalise_hpo_id(given) != primary:
        issues.append(Issue(given, "mapped", "alternative id", tid))
    if not ont.is_a(tid, root):
        issues.append(Issue(given, "skipped", f"not {kind} ({ont.name(tid)})"))
        return None
    return tid


def resolve_query(
    kb: KnowledgeBase,
    present: Iterable[str] = (),
    excluded: Iterable[str] = (),
    onset: str | None = None,
    sex: str | None = None,
) -> Query:
    """Resolve ids (alt ids and obsolete ids with a replacement are mapped; unknown ones
    are skipped and reported in ``Query.issues``). A term given both as present and as
    excluded counts as present. Raises :class:`QueryError` for a bad ``sex``."""
    issues: list[Issue] = []
    idx = kb.ontology.index
    pres: list[int] = []
    for given in present:
        tid = _resolve_one(kb, given, issues, PHENOTYPIC_ABNORMALITY, "a phenotypic abnormality")
        if tid is not None and idx[tid] not in pres:
            pres.append(idx[tid])
    excl: list[int] = []
    for given in excluded:
        tid = _resolve_one(kb, given, issues, PHENOTYPIC_ABNORMALITY, "a phenotypic abnormality")
        if tid is None or idx[tid] in excl:
            continue
        if idx[tid] in pres:
            issues.append(Issue(given, "skipped", "also given as present"))
            continue
        excl.append(idx[tid])
    onset_idx = None
    if onset:
        tid = _resolve_one(kb, onset, issues, ONSET_ROOT, "an onset term (under HP:0003674)")
        onset_idx = idx[tid] if tid else None
    if sex is not None:
        sex = sex.strip().lower() or None
        if sex in ("unknown_sex", "other_sex", "unknown", "other"):
            sex = None
        if sex is not None and sex not in SEXES:
            raise QueryError(f"sex must be 'male' or 'female', not {sex!r}")
    return Query(tuple(pres), tuple(excl), onset_idx, sex, tuple(issues))
