"""The HPO ontology over the artifact's columns: terms by id or alt id, and the graph."""

from __future__ import annotations

import re
from functools import cached_property

import numpy as np

from raremap.knowledge.compile import KIND_CODES, SCOPE_CODES
from raremap.knowledge.errors import UnknownIdError
from raremap.knowledge.model import (
    INHERITANCE_ROOT,
    ONSET_ROOT,
    PHENOTYPIC_ABNORMALITY,
    Synonym,
    Term,
)

_HP = re.compile(r"^\s*(?:HP[:_ ]?)?(\d{1,7})\s*$", re.IGNORECASE)


def _canonical(text: str) -> bool:
    """True when ``text`` is ``HP:`` and seven ASCII digits (then :func:`normalise_hpo_id`
    returns it unchanged)."""
    return len(text) == 10 and text.startswith("HP:") and text[3:].isdigit() and text.isascii()


def normalise_hpo_id(text: str) -> str | None:
    """``"hp:3401"``, ``"HP_0003401"`` or ``"0003401"`` → ``"HP:0003401"``; None if not an HPO id."""
    m = _HP.match(text or "")
    return f"HP:{int(m.group(1)):07d}" if m else None


__all__ = ["INHERITANCE_ROOT", "ONSET_ROOT", "PHENOTYPIC_ABNORMALITY", "Ontology", "normalise_hpo_id"]


class Ontology:
    """Read-only view of the ontology section. Terms are addressed by CURIE or by index."""

    def __init__(self, data: dict) -> None:
        self._d = data
        self.ids: list[str] = data["ids"]
        self.index: dict[str, int] = {tid: i for i, tid in enumerate(self.ids)}
        self.ic: np.ndarray = data["ic"]  #: float32 (n_terms,), -ln(share of diseases)
        self.disease_counts: np.ndarray = data["disease_counts"]  #: int32 (n_terms,)
        self._alt: dict[str, str] = data["alt_ids"]

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, hpo_id: str) -> bool:
        return self.resolve(hpo_id) is not None

    # -- identity -----------------------------------------------------------------------
    def resolve(self, hpo_id: str) -> str | None:
        """The primary id for an id or alt id (any common spelling), or None if unknown.

        Obsolete terms resolve to themselves; use :meth:`current` to follow replacements.
        """
        if isinstance(hpo_id, str) and hpo_id in self.index and hpo_id not in self._alt and _canonical(hpo_id):
            return hpo_id  # what the lines below give for an id written as the release writes it
        norm = normalise_hpo_id(hpo_id)
        if norm is None:
            return None
        norm = self._alt.get(norm, norm)
        return norm if norm in self.index else None

    def current(self, hpo_id: str) -> str | None:
        """Like :meth:`resolve`, then follows ``replaced_by`` of an obsolete term (None if
        the term is obsolete with no replacement)."""
        tid = self.resolve(hpo_id)
        if tid is None:
            return None
        if self.is_obsolete(tid):
            return self._d["replaced_by"].get(tid) and self.resolve(self._d["replaced_by"][tid])
        return tid

    def is_obsolete(self, hpo_id: str) -> bool:
        return bool(self._d["obsolete"][self.index[hpo_id]])

    def name(self, hpo_id: str) -> str:
        return self._d["names"][self.index[hpo_id]]

    def term(self, hpo_id: str) -> Term:
        """The term for an id or alt id; raises :class:`UnknownIdError` with close matches."""
        tid = self.resolve(hpo_id)
        if tid is None:
            hint = "" if normalise_hpo_id(hpo_id) else "HPO ids look like HP:0003401"
            raise UnknownIdError("HPO term", hpo_id, hint=hint)
        return self.term_at(self.index[tid])

    def term_at(self, i: int) -> Term:
        d = self._d
        so, eo = d["syn_offsets"][i], d["syn_offsets"][i + 1]
        xo, xe = d["xref_offsets"][i], d["xref_offsets"][i + 1]
        tid = self.ids[i]
        return Term(
            id=tid,
            name=d["names"][i],
            definition=d["definitions"][i],
            comment=d["comments"][i],
            synonyms=tuple(
                Synonym(d["syn_text"][s], SCOPE_CODES[d["syn_scope"][s]], KIND_CODES[d["syn_kind"][s]])
                for s in range(so, eo)
            ),
            xrefs=tuple(d["xrefs"][xo:xe]),
            alt_ids=tuple(self._alt_ids_of.get(tid, ())),
            parents=tuple(self.ids[j] for j in self._row("parents", i)),
            children=tuple(self.ids[j] for j in self._row("children", i)),
            is_obsolete=bool(d["obsolete"][i]),
            replaced_by=d["replaced_by"].get(tid),
            consider=tuple(d["consider"].get(tid, ())),
        )

    @cached_property
    def _alt_ids_of(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for alt, primary in self._alt.items():
            out.setdefault(primary, []).append(alt)
        return out

    # -- graph ----------------------------------------------------------------------------
    def _row(self, key: str, i: int) -> np.ndarray:
        ptr, idx = self._d[key]
        return idx[ptr[i] : ptr[i + 1]]

    def csr(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        """``(indptr int64 (n+1,), indices int32)`` of ``parents``, ``children`` or ``ancestors``."""
        return self._d[key]

    def parents(self, hpo_id: str) -> list[str]:
        return [self.ids[j] for j in self._row("parents", self.index[self._need(hpo_id)])]

    def children(self, hpo_id: str) -> list[str]:
        return [self.ids[j] for j in self._row("children", self.index[self._need(hpo_id)])]

    def ancestors(self, hpo_id: str, include_self: bool = False) -> set[str]:
        tid = self._need(hpo_id)
        out = {self.ids[j] for j in self._row("ancestors", self.index[tid])}
        if include_self:
            out.add(tid)
        return out

    def descendants(self, hpo_id: str, include_self: bool = False) -> set[str]:
        tid = self._need(hpo_id)
        i = self.index[tid]
        out = {self.ids[j] for j in self._descendant_rows(i)}
        if include_self:
            out.add(tid)
        return out

    def _descendant_rows(self, i: int) -> np.ndarray:
        ptr, idx = self._descendants_csr
        return idx[ptr[i] : ptr[i + 1]]

    @cached_property
    def _descendants_csr(self) -> tuple[np.ndarray, np.ndarray]:
        ptr, idx = self._d["ancestors"]
        owners = np.repeat(np.arange(len(self.ids), dtype=np.int32), np.diff(ptr))
        order = np.argsort(idx, kind="stable")
        counts = np.bincount(idx, minlength=len(self.ids))
        dptr = np.zeros(len(self.ids) + 1, dtype=np.int64)
        dptr[1:] = np.cumsum(counts)
        return dptr, owners[order]

    def is_a(self, hpo_id: str, ancestor: str) -> bool:
        """True when ``hpo_id`` is ``ancestor`` or below it."""
        tid, anc = self._need(hpo_id), self._need(ancestor)
        return tid == anc or self.index[anc] in self._row("ancestors", self.index[tid]).tolist()

    def within(self, hpo_id: str, ancestor: str) -> bool:
        """Like :meth:`is_a`, but False when either id is not in this release (another
        release may lack a term that rules look for)."""
        tid, anc = self.resolve(hpo_id), self.resolve(ancestor)
        return tid is not None and anc is not None and (tid == anc or anc in self.ancestors(tid))

    def _need(self, hpo_id: str) -> str:
        tid = self.resolve(hpo_id)
        if tid is None:
            raise UnknownIdError("HPO term", hpo_id)
        return tid

    def terms(self, include_obsolete: bool = False):
        for i in range(len(self.ids)):
            if include_obsolete or not self._d["obsolete"][i]:
                yield self.term_at(i)
