"""Domain objects of the knowledge base: plain, frozen dataclasses.

These are what callers see; inside, the knowledge base keeps columns of arrays and builds
these objects on demand (see :mod:`raremap.knowledge.ontology` and ``diseases``).
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import TypeVar

from raremap.knowledge.frequency import Band, Frequency
from raremap.knowledge.lay_names import shown_lay_names, shown_other_names
from raremap.knowledge.orphanet import OrphanetFacts

#: Roots of the HPO sub-ontologies.
PHENOTYPIC_ABNORMALITY = "HP:0000118"
INHERITANCE_ROOT = "HP:0000005"
ONSET_ROOT = "HP:0003674"


class Aspect(enum.IntEnum):
    """The aspect column of phenotype.hpoa; the artifact's ``aspect`` array holds these values."""

    PHENOTYPE = 0  #: P: a feature of the disease
    INHERITANCE = 1  #: I: its mode of inheritance
    COURSE = 2  #: C: onset and clinical course
    MODIFIER = 3  #: M: clinical modifiers
    HISTORY = 4  #: H: past medical history

    @property
    def code(self) -> str:
        """The letter phenotype.hpoa uses ("P", "I", "C", "M", "H")."""
        return ASPECT_CODES[self]

    @classmethod
    def from_code(cls, code: str) -> Aspect:
        return cls(ASPECT_CODES.index(code))


ASPECT_CODES = "PICMH"


class Sex(enum.IntEnum):
    """The sex column of phenotype.hpoa (a feature recorded for one sex only); the
    artifact's ``sex`` array holds these values."""

    ANY = 0
    MALE = 1
    FEMALE = 2

    @property
    def code(self) -> str | None:
        """As phenotype.hpoa writes it: None, "MALE" or "FEMALE"."""
        return None if self is Sex.ANY else self.name

    @property
    def other(self) -> Sex:
        """The other sex (ANY for ANY)."""
        return {Sex.MALE: Sex.FEMALE, Sex.FEMALE: Sex.MALE}.get(self, Sex.ANY)

    @classmethod
    def from_code(cls, code: str | None) -> Sex:
        return cls[code] if code else cls.ANY


Flags = TypeVar("Flags")


def is_absent(negated: Flags, band: object) -> Flags:
    """The one definition of an *absent* feature: annotated NOT, or in the excluded
    frequency band (0%, which is also where every count of 0 is placed). Works on single
    values and on the artifact's ``negated`` and ``band`` arrays alike."""
    return negated | (band == Band.EXCLUDED)  # type: ignore[operator]


#: Synonym types of hp.obo, in the order pages show them.
SYNONYM_TYPES = ("layperson", "abbreviation", "plural_form", "uk_spelling", "obsolete_synonym", "")
SYNONYM_SCOPES = ("EXACT", "RELATED", "BROAD", "NARROW")

#: Disease sources as named in phenotype.hpoa's header.
SOURCES = {"OMIM": "OMIM", "ORPHA": "ORPHANET", "DECIPHER": "DECIPHER"}

#: Where a person can read more about a disease, by id prefix.
SOURCE_URLS = {
    "OMIM": "https://omim.org/entry/{local}",
    "ORPHA": "https://www.orpha.net/en/disease/detail/{local}",
    "DECIPHER": "https://www.deciphergenomics.org/syndrome/{local}",
    "PMID": "https://pubmed.ncbi.nlm.nih.gov/{local}/",
    "HP": "https://hpo.jax.org/browse/term/HP:{local}",
    "MONDO": "https://monarchinitiative.org/MONDO:{local}",
    "GARD": "https://rarediseases.info.nih.gov/diseases/{gard_number}/index",
}


def reference_url(curie: str) -> str | None:
    """A web address for a CURIE such as ``PMID:123`` or ``ORPHA:2905``, if one is known."""
    if curie.startswith(("http://", "https://")):
        return curie
    prefix, _, local = curie.partition(":")
    template = SOURCE_URLS.get(prefix)
    if not template or not local:
        return None
    return template.format(local=local, gard_number=local.lstrip("0") or "0")


@dataclass(frozen=True, slots=True)
class Synonym:
    """A synonym of an HPO term. ``scope`` is EXACT/RELATED/BROAD/NARROW; ``kind`` is the
    hp.obo synonym type (``layperson``, ``abbreviation``, ``plural_form``, ``uk_spelling``,
    ``obsolete_synonym``) or ``""`` for a plain synonym."""

    text: str
    scope: str = "EXACT"
    kind: str = ""

    @property
    def is_layperson(self) -> bool:
        return self.kind == "layperson"


@dataclass(frozen=True, slots=True)
class Term:
    """One HPO term. Ids of related terms are CURIE strings."""

    id: str
    name: str
    definition: str = ""
    comment: str = ""
    synonyms: tuple[Synonym, ...] = ()
    xrefs: tuple[str, ...] = ()
    alt_ids: tuple[str, ...] = ()
    parents: tuple[str, ...] = ()
    children: tuple[str, ...] = ()
    is_obsolete: bool = False
    replaced_by: str | None = None
    consider: tuple[str, ...] = ()

    @property
    def lay_names(self) -> list[str]:
        """The everyday names to show: the layperson synonyms, exact ones first, each
        variant once and without outdated, stigmatising names (see
        :mod:`raremap.knowledge.lay_names`; ``synonyms`` keeps every one for search)."""
        lay = [s for s in self.synonyms if s.is_layperson]
        lay.sort(key=lambda s: s.scope != "EXACT")
        return shown_lay_names(self.name, (s.text for s in lay))

    @property
    def other_names(self) -> list[str]:
        """The medical names to show after the everyday ones: the EXACT synonyms, without
        obsolete ones, mere variants or near-repeats (see :mod:`raremap.knowledge.lay_names`)."""
        exact = ((s.text, s.kind) for s in self.synonyms if s.scope == "EXACT" and not s.is_layperson)
        return shown_other_names(self.name, self.lay_names, exact)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["lay_names"] = self.lay_names
        data["other_names"] = self.other_names
        return data


@dataclass(frozen=True, slots=True)
class Annotation:
    """One row of phenotype.hpoa: a feature (or inheritance, course, ...) of a disease."""

    hpo_id: str
    name: str
    aspect: str
    frequency: Frequency
    negated: bool = False
    onset: str | None = None
    sex: str | None = None
    modifiers: tuple[str, ...] = ()
    evidence: str = ""
    references: tuple[str, ...] = ()
    #: The disease id of phenotype.hpoa the row was annotated to (for a merged disease,
    #: the Orphanet or the OMIM id).
    source_id: str = ""

    @property
    def is_absent(self) -> bool:
        """True when the release says the feature is absent (see :func:`is_absent`)."""
        return bool(is_absent(self.negated, self.frequency.band))

    def to_dict(self) -> dict:
        return {
            "hpo_id": self.hpo_id,
            "name": self.name,
            "aspect": self.aspect,
            "negated": self.negated,
            "frequency": {
                "band": self.frequency.band.slug,
                "band_label": self.frequency.band.label,
                "band_range": self.frequency.band.range_text,
                "value": self.frequency.value,
                "raw": self.frequency.raw,
            },
            "onset": self.onset,
            "sex": self.sex,
            "modifiers": list(self.modifiers),
            "evidence": self.evidence,
            "references": list(self.references),
            "source_id": self.source_id,
        }


@dataclass(frozen=True, slots=True)
class Gene:
    symbol: str
    ncbi_id: str

    @property
    def url(self) -> str:
        return f"https://www.ncbi.nlm.nih.gov/gene/{self.ncbi_id}"


@dataclass(frozen=True, slots=True)
class Disease:
    """A disease of phenotype.hpoa with all its annotations.

    ``phenotypes`` are aspect P (including NOT rows), ``inheritance`` aspect I,
    ``course`` aspect C (onset, progression, ...), ``modifiers`` aspect M and
    ``history`` aspect H (past medical history).

    ``ids`` holds every id of the disease: its ids in phenotype.hpoa (the canonical ``id``
    first, then a merged twin's, e.g. ``ORPHA:558`` and ``OMIM:154700``), then its MONDO and
    GARD ids. ``orphanet`` holds Orphanet's facts (None when Orphanet records nothing for
    it); they are kept apart from HPO's annotations, never merged into them.
    ``broader``/``narrower``: related diseases MONDO files directly above/below this one
    (an Orphanet group over OMIM subtypes), not merged with it.
    """

    id: str
    name: str
    source: str
    phenotypes: tuple[Annotation, ...] = ()
    inheritance: tuple[Annotation, ...] = ()
    course: tuple[Annotation, ...] = ()
    modifiers: tuple[Annotation, ...] = ()
    history: tuple[Annotation, ...] = ()
    genes: tuple[Gene, ...] = ()
    last_updated: str | None = None
    references: tuple[str, ...] = field(default=())
    ids: tuple[str, ...] = ()
    orphanet: OrphanetFacts | None = None
    broader: tuple[str, ...] = ()
    narrower: tuple[str, ...] = ()

    @property
    def url(self) -> str | None:
        return reference_url(self.id)

    def _ids_with(self, prefix: str) -> tuple[str, ...]:
        return tuple(i for i in (self.ids or (self.id,)) if i.startswith(prefix + ":"))

    @property
    def disease_ids(self) -> tuple[str, ...]:
        """The ids of phenotype.hpoa this entry stands for (canonical first)."""
        return tuple(i for i in (self.ids or (self.id,)) if i.split(":", 1)[0] in SOURCES)

    @property
    def orpha_id(self) -> str | None:
        return next(iter(self._ids_with("ORPHA")), None)

    @property
    def omim_id(self) -> str | None:
        return next(iter(self._ids_with("OMIM")), None)

    @property
    def mondo_ids(self) -> tuple[str, ...]:
        return self._ids_with("MONDO")

    @property
    def gard_ids(self) -> tuple[str, ...]:
        return self._ids_with("GARD")

    @property
    def links(self) -> list[tuple[str, str]]:
        """``(id, url)`` of every id with a web page (Orphanet, OMIM, MONDO, GARD)."""
        return [(i, u) for i in (self.ids or (self.id,)) if (u := reference_url(i))]

    def inheritance_by_source(self) -> dict[str, tuple[str, ...]]:
        """Modes of inheritance by source, never reconciled: ``{"HPO": names of the aspect
        I annotations, "Orphanet": Orphanet's labels}``; a source that records none is
        absent."""
        out: dict[str, tuple[str, ...]] = {}
        hpo = tuple(dict.fromkeys(a.name for a in self.inheritance if not a.negated))
        if hpo:
            out["HPO"] = hpo
        if self.orphanet and self.orphanet.inheritance:
            out["Orphanet"] = tuple(i.label for i in self.orphanet.inheritance)
        return out

    def in_group(self, orpha_group_id: str) -> bool:
        """True when Orphanet classifies the disease under the group (at any depth)."""
        return bool(self.orphanet and self.orphanet.in_group(orpha_group_id))

    @property
    def is_rare_infectious_disease(self) -> bool:
        return bool(self.orphanet and self.orphanet.is_rare_infectious_disease)

    @property
    def present_phenotypes(self) -> list[Annotation]:
        return [a for a in self.phenotypes if not a.is_absent]

    @property
    def absent_phenotypes(self) -> list[Annotation]:
        return [a for a in self.phenotypes if a.is_absent]

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "source": self.source,
            "url": self.url,
            "last_updated": self.last_updated,
            "phenotypes": [a.to_dict() for a in self.phenotypes],
            "inheritance": [a.to_dict() for a in self.inheritance],
            "course": [a.to_dict() for a in self.course],
            "modifiers": [a.to_dict() for a in self.modifiers],
            "history": [a.to_dict() for a in self.history],
            "genes": [{"symbol": g.symbol, "ncbi_id": g.ncbi_id, "url": g.url} for g in self.genes],
            "references": list(self.references),
            "ids": list(self.ids or (self.id,)),
            "orphanet": self.orphanet.to_dict() if self.orphanet else None,
            "broader": list(self.broader),
            "narrower": list(self.narrower),
        }
