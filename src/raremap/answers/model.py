"""Answer objects: what one short answer to one patient question holds.

An :class:`Answer` has a TL;DR, sections of statements, and every :class:`Statement` names
the :class:`Source` it rests on (an HPO annotation and its ORPHA/OMIM/PMID references, a
content pack and the citation inside it, or a named reviewer). The :class:`ReviewStatus`
says honestly how the text came to be; nothing here claims a review that did not happen.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from raremap.answers.phrases import join_words
from raremap.answers.source_list import SourceList, annotation_label, group_sources
from raremap.knowledge.model import reference_url

#: Shown under every answer, automatic or curated.
DISCLAIMER = (
    "This answer is general information, not medical advice. It cannot tell you what you "
    "have or what you should do: please talk to a doctor about your own situation."
)

#: How an answer came to be, from least to most checked.
AUTOMATIC = "automatic"  # composed by code from the HPO release
CURATED = "curated"  # written by people (content pack or editor), not medically reviewed
REVIEWED = "reviewed"  # checked by a named medical reviewer on a date


#: Kinds of source that point at one record (a disease entry, a web page): the same
#: record cited under several kinds or labels is listed once.
RECORD_KINDS = ("reference", "link")
#: The order records are named in when one symptom is annotated on each of a disease's
#: merged records (Orphanet's before OMIM's, as the disease's own id is usually Orphanet's).
RECORD_ORDER = ("ORPHA:", "OMIM:", "DECIPHER:")


def _record_rank(curie: str) -> tuple:
    return (next((i for i, p in enumerate(RECORD_ORDER) if curie.startswith(p)), len(RECORD_ORDER)), curie)


@dataclass(frozen=True, slots=True)
class Source:
    """Where a statement comes from.

    ``kind`` is one of ``hpo`` (the HPO release as a whole), ``annotation`` (one HPO
    annotation, ``id`` is its HPO term), ``reference`` (an ORPHA/OMIM/PMID/DECIPHER id),
    ``gene`` (HPO's gene-disease links), ``citation`` (a publication or web page cited by a
    content pack), ``pack`` (a content pack), ``reviewer`` (a named person), ``engine``
    (computed by RareMap, e.g. phenotype similarity).
    """

    kind: str
    label: str
    id: str = ""
    url: str | None = None
    role: str = ""  # "cross-check" for a pack's second, confirming source
    note: str = ""  # what a reader should know about the source (e.g. that it was not re-read)
    #: For an annotation: the disease record(s) it is annotated on (two when one entry of an
    #: answer's source list stands for a term annotated on both records of a merged disease).
    records: tuple[str, ...] = ()
    #: For an annotation: the term's name (the label names it after the records).
    term: str = ""

    @property
    def key(self) -> tuple:
        """What makes two sources the same one: a publication cited by a pack and by a
        criteria set is one source, whatever id each gave it; a disease record cited as a
        reference and offered as a link (Orphanet's page for ORPHA:558) is one record."""
        if self.kind == "citation":
            return (self.kind, self.label)
        if self.kind in RECORD_KINDS and (self.url or self.id):
            return ("record", self.url or self.id)
        return (self.kind, self.id, self.label)

    @classmethod
    def reference(cls, curie: str) -> Source:
        return cls("reference", curie, curie, reference_url(curie))

    @classmethod
    def annotation(cls, record: str, hpo_id: str, name: str) -> Source:
        """One HPO annotation of ``record`` with the term ``hpo_id`` (named ``name``)."""
        return cls("annotation", annotation_label((record,), name), hpo_id, reference_url(hpo_id),
                   records=(record,), term=name)

    def to_dict(self) -> dict:
        out: dict[str, object] = {"kind": self.kind, "label": self.label, "id": self.id, "url": self.url, "role": self.role,
               "note": self.note}
        if self.records:
            out["records"] = list(self.records)
        return out


def merged(group: list[Source]) -> Source:
    """One source standing for ``group`` (entries for one record, or annotations of one term
    on the records of a merged disease): the fullest label, the first note, a role
    ("cross-check") only when every entry has it, and every record the annotations name."""
    best = max(group, key=lambda s: len(s.label))
    roles = {s.role for s in group}
    note = best.note or next((s.note for s in group if s.note), "")
    out = replace(best, role=best.role if len(roles) == 1 else "", note=note)
    records = tuple(sorted({r for s in group for r in s.records}, key=_record_rank))
    if len(records) > 1 and best.term:
        out = replace(out, label=annotation_label(records, best.term), records=records)
    return out


@dataclass(frozen=True, slots=True)
class Statement:
    """One sentence or short paragraph and the sources it rests on."""

    text: str
    sources: tuple[Source, ...] = ()

    def to_dict(self) -> dict:
        return {"text": self.text, "sources": [s.to_dict() for s in self.sources]}


@dataclass(frozen=True, slots=True)
class Section:
    heading: str
    statements: tuple[Statement, ...]

    def to_dict(self) -> dict:
        return {"heading": self.heading, "statements": [s.to_dict() for s in self.statements]}


@dataclass(frozen=True, slots=True)
class ReviewStatus:
    """``kind`` is AUTOMATIC, CURATED or REVIEWED; ``text`` is the sentence pages show."""

    kind: str
    text: str
    reviewer: str | None = None
    reviewed_on: str | None = None
    #: The data sets an automatic answer was compiled from (``provenance.DataSource``).
    sources: tuple = ()

    @property
    def is_medically_reviewed(self) -> bool:
        return self.kind == REVIEWED and bool(self.reviewer and self.reviewed_on)

    @classmethod
    def automatic(cls, release: str, sources: tuple = ()) -> ReviewStatus:
        """``sources``: the data sets the answer uses (HPO's release alone when none given)."""
        names = join_words([s.name for s in sources]) if sources else f"HPO {release}"
        return cls(AUTOMATIC, f"Compiled automatically from {names}, not yet reviewed.", sources=tuple(sources))

    @classmethod
    def curated(cls, by: str, on: str) -> ReviewStatus:
        return cls(CURATED, f"Written by {by} on {on} from the sources cited; not medically reviewed.")

    @classmethod
    def reviewed(cls, reviewer: str, on: str) -> ReviewStatus:
        return cls(REVIEWED, f"Reviewed by {reviewer} on {on}.", reviewer, on)

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "text": self.text,
            "reviewer": self.reviewer,
            "reviewed_on": self.reviewed_on,
            "medically_reviewed": self.is_medically_reviewed,
            "sources": [s.to_dict() for s in self.sources],
        }


@dataclass(frozen=True, slots=True)
class Answer:
    """The answer to one question about one disease."""

    disease_id: str
    disease_name: str
    question: str  # the question's slug
    title: str  # the question as people read it, with the disease name
    tldr: Statement
    sections: tuple[Section, ...]
    last_updated: str
    review: ReviewStatus
    disclaimer: str = DISCLAIMER
    has_data: bool = True  # False when the data says nothing and the answer says so
    origins: tuple[str, ...] = field(default=())  # "hpo", "pack:poems", ...

    @property
    def sources(self) -> list[Source]:
        """Every distinct source of the answer, in order of first use: the entries that
        point at one record or address (Orphanet's page cited by a pack, as a disease
        record and as a link) are one source, under the fullest label of them; the
        annotations of one term on both records of a merged disease are one source naming
        both records (each statement still lists both)."""
        return [merged(group) for group in self._source_groups()]

    def source_numbers(self) -> dict[tuple, int]:
        """The number (from 1, as in :attr:`sources`) of every statement source's ``key``."""
        return {s.key: i for i, group in enumerate(self._source_groups(), start=1) for s in group}

    def _source_groups(self) -> list[list[Source]]:
        groups: list[list[Source]] = []
        where: dict[tuple, int] = {}  # a source's key or address -> its group
        for statement in self.statements:
            for s in statement.sources:
                names = [s.key, *([("url", s.url)] if s.url and s.kind in (*RECORD_KINDS, "citation") else []),
                         *([("term", s.id)] if s.kind == "annotation" and s.records else [])]
                found = next((where[n] for n in names if n in where), None)
                if found is None:
                    found = len(groups)
                    groups.append([])
                if s not in groups[found]:
                    groups[found].append(s)
                for n in names:
                    where.setdefault(n, found)
        return groups

    @property
    def statements(self) -> list[Statement]:
        return [self.tldr, *(s for sec in self.sections for s in sec.statements)]

    @property
    def text(self) -> str:
        """All the answer's words, for search and tests."""
        parts = [self.tldr.text]
        for sec in self.sections:
            parts.append(sec.heading)
            parts.extend(s.text for s in sec.statements)
        return "\n".join(parts)

    def source_list(self) -> SourceList:
        """The short list of sources, one entry per record or publication."""
        return group_sources(self)

    def to_dict(self) -> dict:
        """``sources`` lists every source singly; ``source_groups`` is the short list pages
        show, and each statement's ``source_groups`` holds the indexes of the entries it cites."""
        short = self.source_list()
        cited = iter(short.cited)

        def statement(st: Statement) -> dict:
            return {**st.to_dict(), "source_groups": list(next(cited))}

        return {
            "disease_id": self.disease_id,
            "disease_name": self.disease_name,
            "question": self.question,
            "title": self.title,
            "tldr": statement(self.tldr),
            "sections": [{"heading": sec.heading, "statements": [statement(st) for st in sec.statements]}
                         for sec in self.sections],
            "sources": [s.to_dict() for s in self.sources],
            "source_groups": [g.to_dict() for g in short.groups],
            "last_updated": self.last_updated,
            "review": self.review.to_dict(),
            "disclaimer": self.disclaimer,
            "has_data": self.has_data,
            "origins": list(self.origins),
        }
