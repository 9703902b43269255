"""An answer's short list of sources: one entry per record or publication.

:attr:`Answer.sources` lists every source singly, and for the symptoms of a large disease
that is one HPO annotation per feature (Marfan syndrome: about 120 entries). A reader
wants to see where the answer comes from: the HPO annotations of ORPHA:558, those of
OMIM:154700, the publications they cite. :func:`group_sources` folds the annotations of
each record into one entry (its features listed inside it) and keeps every other source
as its own entry; each statement cites the entries its sources fall in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from raremap.answers.phrases import join_words

if TYPE_CHECKING:
    from raremap.answers.model import Answer, Source

#: HPO's own page of one disease record, which lists every annotation of it.
HPO_DISEASE_URL = "https://hpo.jax.org/browse/disease/{record}"
#: The kind of an entry standing for two or more annotations of one record.
ANNOTATIONS = "annotations"


def annotation_label(records: tuple[str, ...] | list[str], name: str) -> str:
    """"HPO annotation of ORPHA:558: Scoliosis"; "HPO annotations of ORPHA:558 and
    OMIM:154700: Scoliosis" when the term is annotated on both records of a merged disease."""
    if len(records) > 1:
        return f"HPO annotations of {join_words(list(records))}: {name}"
    return f"HPO annotation of {records[0] if records else ''}: {name}"


@dataclass(frozen=True, slots=True)
class SourceGroup:
    """One entry of the short list. ``positions`` are the 0-based places in
    :attr:`Answer.sources` of the sources it stands for: one for a single source, every
    annotation of ``record`` for an entry of kind ``annotations``."""

    kind: str
    label: str
    id: str
    url: str | None
    positions: tuple[int, ...]
    role: str = ""
    note: str = ""
    record: str = ""  # for annotations: the disease record they are annotated on

    @property
    def size(self) -> int:
        return len(self.positions)

    def to_dict(self) -> dict:
        return {"kind": self.kind, "label": self.label, "id": self.id, "url": self.url, "role": self.role,
                "note": self.note, "size": self.size, "source_indexes": list(self.positions)}


@dataclass(frozen=True, slots=True)
class SourceList:
    """The grouped list and, for each of the answer's statements (TL;DR first, then the
    sections' in order), the 0-based indexes of the entries it cites, ascending."""

    groups: tuple[SourceGroup, ...]
    cited: tuple[tuple[int, ...], ...]


def group_sources(answer: Answer) -> SourceList:
    flat = answer.sources
    numbers = answer.source_numbers()  # a statement source's key -> its 1-based place in ``flat``
    by_record: dict[str, list[int]] = {}  # record -> places of the annotations naming it
    for i, s in enumerate(flat):
        if s.kind == "annotation":
            for r in s.records:
                by_record.setdefault(r, []).append(i)
    order: dict[tuple, int] = {}  # entry key -> its index, in order of first use
    cited = []
    for statement in answer.statements:
        mine: set[int] = set()
        for s in statement.sources:
            place = numbers[s.key] - 1
            keys = [("record", r) for r in s.records] if s.kind == "annotation" and s.records else [("single", place)]
            for key in keys:
                mine.add(order.setdefault(key, len(order)))
        cited.append(tuple(sorted(mine)))
    groups = [_group(key, flat, by_record) for key in order]
    return SourceList(tuple(groups), tuple(cited))


def _group(key: tuple, flat: list[Source], by_record: dict[str, list[int]]) -> SourceGroup:
    kind, value = key
    if kind == "single":
        s = flat[value]
        return SourceGroup(s.kind, s.label, s.id, s.url, (value,), s.role, s.note)
    places = tuple(by_record[value])
    if len(places) == 1:
        s = flat[places[0]]  # one annotation of this record: listed as itself, under this record
        return SourceGroup(s.kind, annotation_label((value,), s.term or s.id), s.id, s.url, places,
                           s.role, s.note, value)
    return SourceGroup(ANNOTATIONS, f"HPO annotations of {value}", value, HPO_DISEASE_URL.format(record=value),
                       places, record=value)
