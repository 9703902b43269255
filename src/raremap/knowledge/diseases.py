"""Diseases of phenotype.hpoa over the artifact's columns."""

from __future__ import annotations

import math
import re
from functools import cached_property

import numpy as np

from raremap.knowledge.classification import Classification
from raremap.knowledge.derived import DerivedValues
from raremap.knowledge.errors import UnknownIdError
from raremap.knowledge.frequency import Band, Frequency
from raremap.knowledge.model import (
    ASPECT_CODES,
    SOURCES,
    Annotation,
    Aspect,
    Disease,
    Gene,
    Sex,
    is_absent,
)
from raremap.knowledge.name_case import readable_name
from raremap.knowledge.ontology import Ontology
from raremap.knowledge.orphanet import (
    INHERITANCE_HPO,
    ONSET_HPO,
    GeneRole,
    OrphanetFacts,
    OrphanetInheritance,
    OrphanetOnset,
    PrevalenceClass,
)

_DISEASE = re.compile(r"^\s*(OMIM|ORPHA|ORPHANET|DECIPHER|MIM)\s*[:_ ]?\s*(\d+)\s*$", re.IGNORECASE)


def normalise_disease_id(text: str) -> str | None:
    """``"orpha 2905"``, ``"ORPHANET:2905"``, ``"MIM:147791"`` → a CURIE; None otherwise."""
    m = _DISEASE.match(text or "")
    if not m:
        return None
    prefix = m.group(1).upper()
    prefix = {"ORPHANET": "ORPHA", "MIM": "OMIM"}.get(prefix, prefix)
    return f"{prefix}:{m.group(2)}"


class DiseaseCatalog:
    """Read-only view of the diseases section.

    Arrays for the engine (all of length n_annotations, sorted by disease):
    ``term`` int32 term index, ``aspect`` int8 (:class:`Aspect`), ``negated`` bool,
    ``band`` int8 (:class:`Band`), ``value`` float32 share (NaN unknown), ``onset`` int32
    term index (-1 none), ``sex`` int8 (:class:`Sex`); ``offsets`` int64
    (n_diseases+1,) delimits each disease's rows.
    """

    RECENT = 256  #: how many built Disease objects are kept (see :meth:`disease_at`)

    def __init__(self, data: dict, ontology: Ontology, orphanet: dict | None = None,
                 classification: Classification | None = None) -> None:
        self._d = data
        self._orpha = orphanet or {}
        #: Merged twins: alias id → canonical id (``OMIM:154700`` → ``ORPHA:558``).
        self._aliases: dict[str, str] = data.get("aliases", {})
        self._twins: dict[str, list[str]] = {}
        for alias, canonical in self._aliases.items():
            self._twins.setdefault(canonical, []).append(alias)
        self._tree = classification
        self._recent = DerivedValues()
        self._ont = ontology
        self.ids: list[str] = data["ids"]
        # OMIM titles written in capitals are shown in sentence case (see name_case).
        self.names: list[str] = [readable_name(d, n) for d, n in zip(self.ids, data["names"], strict=True)]
        self.index: dict[str, int] = {d: i for i, d in enumerate(self.ids)}
        self.offsets: np.ndarray = data["offsets"]
        self.term: np.ndarray = data["term"]
        self.aspect: np.ndarray = data["aspect"]
        self.negated: np.ndarray = data["negated"]
        self.band: np.ndarray = data["band"]
        self.value: np.ndarray = data["value"]
        self.onset: np.ndarray = data["onset"]
        self.sex: np.ndarray = data["sex"]

    def __len__(self) -> int:
        return len(self.ids)

    @cached_property
    def absent(self) -> np.ndarray:
        """bool (n_annotations,): rows that say the feature is absent (:func:`is_absent`)."""
        return is_absent(self.negated, self.band)

    @cached_property
    def present_phenotype(self) -> np.ndarray:
        """bool (n_annotations,): phenotype rows (aspect P) that say the feature occurs."""
        return (self.aspect == Aspect.PHENOTYPE) & ~self.absent

    @cached_property
    def absent_phenotype(self) -> np.ndarray:
        """bool (n_annotations,): phenotype rows (aspect P) that say the feature does not occur."""
        return (self.aspect == Aspect.PHENOTYPE) & self.absent

    def __contains__(self, disease_id: str) -> bool:
        return self.resolve(disease_id) is not None

    @property
    def disease_of_row(self) -> np.ndarray:
        """int32 (n_annotations,): the disease index of each annotation row."""
        return np.repeat(np.arange(len(self.ids), dtype=np.int32), np.diff(self.offsets))

    def resolve(self, disease_id: str) -> str | None:
        """The canonical id of a disease given any of its ids (``OMIM:154700`` →
        ``ORPHA:558`` for merged twins); None when the id is not a disease of the release."""
        norm = normalise_disease_id(disease_id)
        if norm in self.index:
            return norm
        return self._aliases.get(norm) if norm else None

    @property
    def aliases(self) -> dict[str, str]:
        """Merged twins: every non-canonical id → its canonical id (``OMIM:154700`` →
        ``ORPHA:558``). Rows stored under an alias (e.g. by an earlier release of RareMap)
        belong to the canonical disease."""
        return dict(self._aliases)

    def index_of(self, disease_id: str) -> int:
        """The row of a disease given any of its ids; KeyError for an unknown id."""
        did = self.resolve(disease_id)
        if did is None:
            raise KeyError(disease_id)
        return self.index[did]

    def all_ids(self, disease_id: str) -> tuple[str, ...]:
        """The release ids of a (canonical) disease: itself, then a merged twin's id."""
        return (disease_id, *self._twins.get(disease_id, ()))

    def mondo_ids(self, disease_id: str) -> tuple[str, ...]:
        """The MONDO concepts a (canonical) disease is an exact match of (may be empty)."""
        return tuple(self._orpha.get("mondo", {}).get(disease_id, ()))

    def orphanet_facts(self, disease_id: str) -> OrphanetFacts | None:
        """Orphanet's facts about a canonical Orphanet id, None when ORDO 2.6 lacks it."""
        row = self._orpha.get("disorders", {}).get(disease_id)
        if row is None:
            return None
        name, kind, _parents, inheritance, onset, point, birth, incidence = row
        tree = self._tree
        return OrphanetFacts(
            orpha_id=disease_id,
            name=name,
            type=kind,
            inheritance=tuple(OrphanetInheritance(x, INHERITANCE_HPO.get(x)) for x in inheritance),
            onset=tuple(OrphanetOnset(x, ONSET_HPO.get(x)) for x in onset),
            prevalence=tuple(PrevalenceClass(x) for x in point),
            birth_prevalence=tuple(PrevalenceClass(x, "birth prevalence") for x in birth),
            annual_incidence=tuple(PrevalenceClass(x, "annual incidence") for x in incidence),
            genes=tuple(GeneRole(*g) for g in self._orpha.get("genes", {}).get(disease_id, ())),
            synonyms=self._orpha.get("synonyms", {}).get(disease_id, ()),
            groups=tuple(tree.parents(disease_id)) if tree else (),
            ancestors=tuple(tree.ancestors(disease_id)) if tree else (),
        )

    def name(self, disease_id: str) -> str:
        return self.names[self.index_of(disease_id)]

    def gene_symbols(self) -> frozenset[str]:
        """Every gene symbol linked to a disease ("BRCA1", "COL1A1")."""
        return frozenset(self._d["gene_symbols"])

    def other_names(self, disease_id: str) -> list[str]:
        """Other names: those the release gives on some rows, then curated ones (content packs)."""
        disease_id = self.resolve(disease_id) or disease_id
        names = list(self._d["other_names"].get(disease_id, []))
        primary = self.names[self.index[disease_id]].lower() if disease_id in self.index else ""
        seen = {primary, *(n.lower() for n in names)}
        for name in self._d.get("curated_names", {}).get(disease_id, []):
            if name.lower() not in seen:
                seen.add(name.lower())
                names.append(name)
        return names

    def source(self, disease_id: str) -> str:
        return SOURCES[disease_id.split(":", 1)[0]]

    def count_by_source(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for d in self.ids:
            src = self.source(d)
            out[src] = out.get(src, 0) + 1
        return out

    def get(self, disease_id: str) -> Disease:
        """The disease with all its annotations; raises :class:`UnknownIdError`."""
        did = self.resolve(disease_id)
        if did is None:
            hint = "" if normalise_disease_id(disease_id) else "disease ids look like ORPHA:2905 or OMIM:147791"
            raise UnknownIdError("disease", disease_id, hint=hint)
        return self.disease_at(self.index[did])

    def disease_at(self, i: int) -> Disease:
        """The disease at index ``i``. Disease objects are immutable, so the most recent
        ones are kept: one page asks for the same disease several times (page object,
        related diseases, community panel)."""
        return self._recent.get("disease", lambda: self._build_disease(i), key=i, limit=self.RECENT)

    def _build_disease(self, i: int) -> Disease:
        d = self._d
        start, end = int(self.offsets[i]), int(self.offsets[i + 1])
        groups: dict[str, list[Annotation]] = {a: [] for a in ASPECT_CODES}
        refs: list[str] = []
        for r in range(start, end):
            ann = self._annotation(r)
            groups[ann.aspect].append(ann)
            for ref in ann.references:
                if ref not in refs:
                    refs.append(ref)
        go, ge = int(d["gene_offsets"][i]), int(d["gene_offsets"][i + 1])
        did = self.ids[i]
        phen = sorted(groups["P"], key=lambda a: (a.is_absent, int(a.frequency.band), a.name.lower()))
        return Disease(
            id=did,
            name=self.names[i],
            source=self.source(did),
            phenotypes=tuple(phen),
            inheritance=tuple(groups["I"]),
            course=tuple(groups["C"]),
            modifiers=tuple(groups["M"]),
            history=tuple(groups["H"]),
            genes=tuple(Gene(s, g) for s, g in zip(d["gene_symbols"][go:ge], d["gene_ids"][go:ge], strict=True)),
            last_updated=d["last_updated"][i],
            references=tuple(refs),
            ids=(*self.all_ids(did), *self._orpha.get("mondo", {}).get(did, ()),
                 *self._orpha.get("gard", {}).get(did, ())),
            orphanet=self.orphanet_facts(did),
            broader=self._orpha.get("broader", {}).get(did, ()),
            narrower=self._orpha.get("narrower", {}).get(did, ()),
        )

    def _annotation(self, r: int) -> Annotation:
        d = self._d
        ids = self._ont.ids
        value = float(self.value[r])
        raw_table, raw_codes = d["freq_raw"]
        ref_table, ref_codes = d["references"]
        mod_table, mod_codes = d["modifiers"]
        ev_table, ev_codes = d["evidence"]
        onset = int(self.onset[r])
        origin_table, origin_codes = d.get("origin", ([""], None))
        refs = ref_table[ref_codes[r]]
        mods = mod_table[mod_codes[r]]
        term = ids[self.term[r]]
        return Annotation(
            hpo_id=term,
            name=self._ont.name(term),
            aspect=ASPECT_CODES[self.aspect[r]],
            frequency=Frequency(Band(int(self.band[r])), None if math.isnan(value) else round(value, 4), raw_table[raw_codes[r]]),
            negated=bool(self.negated[r]),
            onset=ids[onset] if onset >= 0 else None,
            sex=Sex(int(self.sex[r])).code,
            modifiers=tuple(mods.split(";")) if mods else (),
            evidence=ev_table[ev_codes[r]],
            references=tuple(refs.split(";")) if refs else (),
            source_id=origin_table[origin_codes[r]] if origin_codes is not None else "",
        )

    def rows_of(self, disease_id: str) -> slice:
        i = self.index[disease_id]
        return slice(int(self.offsets[i]), int(self.offsets[i + 1]))

    def diseases_with_term(self, hpo_id: str, include_descendants: bool = False) -> list[tuple[str, Annotation]]:
        """Diseases annotated (aspect P) with the term, each with its annotation."""
        tid = self._ont.resolve(hpo_id)
        if tid is None:
            raise UnknownIdError("HPO term", hpo_id)
        wanted = {self._ont.index[tid]}
        if include_descendants:
            wanted |= {self._ont.index[t] for t in self._ont.descendants(tid)}
        rows = np.nonzero(np.isin(self.term, list(wanted)) & (self.aspect == Aspect.PHENOTYPE))[0]
        owner = np.searchsorted(self.offsets, rows, side="right") - 1
        return [(self.ids[int(o)], self._annotation(int(r))) for r, o in zip(rows, owner, strict=True)]
