"""Findings a person enters: HPO ids, HPO term names, or a criteria set's named findings."""

from __future__ import annotations

import re
from dataclasses import dataclass

from raremap.engine.criteria.model import CriteriaSet
from raremap.knowledge.closeness import plausible

_HPO_LIKE = re.compile(r"^\s*(HP|hp)[:_]?\d+\s*$")


class FindingError(ValueError):
    """A finding that is neither an HPO term nor a named finding of the set."""


@dataclass(frozen=True, slots=True)
class Finding:
    """``kind`` is ``hpo`` (``id`` is the current HPO id) or ``named``."""

    kind: str
    id: str
    label: str
    given: str

    def to_dict(self) -> dict:
        return {"kind": self.kind, "id": self.id, "label": self.label, "given": self.given}


def _key(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").replace("_", " ").split())


def parse_findings(kb, criteria: CriteriaSet, given: list[str]) -> list[Finding]:
    """Resolve each entry; raises :class:`FindingError` naming the first one not understood.

    Accepted: ``HP:0002240`` (alt and obsolete ids follow to the current term), a named
    finding's id or alias (``lambda``, ``elevated-vegf``), or an HPO term name or synonym
    typed in full (``Hepatomegaly``, ``enlarged liver``). Duplicates are dropped.
    """
    named = {}
    for nf in criteria.named_findings.values():
        for alias in (nf.id, *nf.aliases):
            named[_key(alias)] = nf
    out: list[Finding] = []
    for raw in given:
        text = (raw or "").strip()
        if not text:
            continue
        if len(text) > 200:
            raise FindingError("a finding must be at most 200 characters")
        if _HPO_LIKE.match(text):
            current = kb.ontology.current(text)
            if current is None:
                raise FindingError(f"{text!r} is not a current HPO term")
            finding = Finding("hpo", current, kb.ontology.name(current), text)
        elif _key(text) in named:
            nf = named[_key(text)]
            finding = Finding("named", nf.id, nf.label, text)
        else:
            finding = _by_term_name(kb, text)
        if all((f.kind, f.id) != (finding.kind, finding.id) for f in out):
            out.append(finding)
    return out


def _by_term_name(kb, text: str) -> Finding:
    hits = kb.search(text, kind="term", limit=5)
    for hit in hits:
        if _key(hit.matched) == _key(text) or _key(hit.label) == _key(text):
            return Finding("hpo", hit.id, hit.label, text)
    # A suggestion only for a plausible typo of its words ("seizurs"), never for a hit that
    # shares one short word with the text ("foo bar baz" is no "median bar").
    close = [hit for hit in hits if plausible(text, hit.matched, hit.label)]
    hint = f" Did you mean {close[0].label!r} ({close[0].id})?" if close else ""
    raise FindingError(f"{text!r} is not an HPO term or a named finding of these criteria.{hint}")
