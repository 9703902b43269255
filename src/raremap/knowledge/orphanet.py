"""Orphanet's facts about a disease (ORDO 2.6) as plain objects, each carrying its source.

Nothing here merges Orphanet's facts with HPO's: a disease's HPO inheritance stays in
``Disease.inheritance`` and Orphanet's in ``Disease.orphanet.inheritance``; callers show
both (see :meth:`raremap.knowledge.model.Disease.inheritance_by_source`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ORPHANET_SOURCE = "Orphanet (ORDO 2.6, 2018-07-12)"
RARE_INFECTIOUS_DISEASE = "ORPHA:68416"

#: Orphanet inheritance label → the HPO mode of inheritance it names (None: no HPO mode).
INHERITANCE_HPO = {
    "autosomal dominant": "HP:0000006",
    "autosomal recessive": "HP:0000007",
    "x-linked recessive": "HP:0001419",
    "x-linked dominant": "HP:0001423",
    "mitochondrial inheritance": "HP:0001427",
    "y-linked": "HP:0001450",
    "multigenic/multifactorial": "HP:0001426",
    "oligogenic": "HP:0010983",
    "semi-dominant": "HP:0032113",
    "not genetically inherited": None,
    "unknown inheritance": None,
}
#: Orphanet age-of-onset label → the HPO onset term it names (None: no single term).
ONSET_HPO = {
    "antenatal": "HP:0030674",
    "neonatal": "HP:0003623",
    "infancy": "HP:0003593",
    "childhood": "HP:0011463",
    "adolescent": "HP:0003621",
    "adult": "HP:0003581",
    "elderly": "HP:0003584",
    "all ages": None,
}
#: Orphanet gene-role label → (kind, whether the gene is a cause of the disease).
GENE_ROLES = {
    "Disease-causing germline mutation(s) in": ("causal", True),
    "Disease-causing germline mutation(s) (loss of function) in": ("causal", True),
    "Disease-causing germline mutation(s) (gain of function) in": ("causal", True),
    "Disease-causing somatic mutation(s) in": ("causal_somatic", True),
    "Major susceptibility factor in": ("susceptibility", False),
    "Modifying germline mutation in": ("modifier", False),
    "Role in the phenotype of": ("phenotype_role", False),
    "Candidate gene tested in": ("candidate", False),
    "Part of a fusion gene in": ("fusion_gene", False),
    "Biomarker tested in": ("biomarker", False),
}
_CLASS = re.compile(r"^\s*(<|>)?\s*(\d+)(?:\s*-\s*(\d+))?\s*/\s*([\d ]+)\s*$")


@dataclass(frozen=True, slots=True)
class OrphanetInheritance:
    """One mode of inheritance as Orphanet records it (``label`` is Orphanet's wording)."""

    label: str
    hpo_id: str | None
    source: str = ORPHANET_SOURCE

    @property
    def is_genetic(self) -> bool | None:
        """True for a mode of inheritance, False for "not genetically inherited", None for
        "unknown inheritance"."""
        if self.label == "not genetically inherited":
            return False
        return None if self.label == "unknown inheritance" else True


@dataclass(frozen=True, slots=True)
class OrphanetOnset:
    label: str
    hpo_id: str | None
    source: str = ORPHANET_SOURCE


@dataclass(frozen=True, slots=True)
class PrevalenceClass:
    """An Orphanet epidemiology class such as ``"1-9 / 1 000 000"``."""

    label: str
    kind: str = "point prevalence"  #: or "birth prevalence", "annual incidence"
    source: str = ORPHANET_SOURCE

    @property
    def plain(self) -> str:
        """In plain words: ``"<1 / 1 000 000"`` → ``"fewer than 1 in 1,000,000 people"``."""
        return plain_prevalence(self.label, self.kind)


def plain_prevalence(label: str, kind: str = "point prevalence") -> str:
    unit = {"birth prevalence": "births", "annual incidence": "people each year"}.get(kind, "people")
    m = _CLASS.match(label)
    if not m:
        return label
    sign, low, high, per = m.groups()
    per = f"{int(per.replace(' ', '')):,}"
    if sign == "<":
        return f"fewer than {low} in {per} {unit}"
    if sign == ">":
        return f"more than {low} in {per} {unit}"
    if high:
        return f"{low} to {high} in {per} {unit}"
    return f"{low} in {per} {unit}"


@dataclass(frozen=True, slots=True)
class GeneRole:
    """A gene and the role Orphanet gives it in the disease.

    ``role`` is Orphanet's label; ``kind`` one of causal, causal_somatic, susceptibility,
    modifier, phenotype_role, candidate, fusion_gene, biomarker. Only ``is_cause`` genes
    may be presented as the cause of the disease.
    """

    symbol: str
    name: str
    hgnc: str
    role: str
    source: str = ORPHANET_SOURCE

    @property
    def kind(self) -> str:
        return GENE_ROLES.get(self.role, ("other", False))[0]

    @property
    def is_cause(self) -> bool:
        return GENE_ROLES.get(self.role, ("other", False))[1]

    def to_dict(self) -> dict:
        return {"symbol": self.symbol, "name": self.name, "hgnc": self.hgnc, "role": self.role,
                "kind": self.kind, "is_cause": self.is_cause, "source": self.source}


@dataclass(frozen=True, slots=True)
class Group:
    """An Orphanet classification node (a group of disorders, or a disorder with subtypes)."""

    id: str
    name: str
    type: str = ""

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "type": self.type}


@dataclass(frozen=True, slots=True)
class OrphanetFacts:
    """What Orphanet records about one disorder. Empty tuples mean "not recorded"."""

    orpha_id: str
    name: str
    type: str
    inheritance: tuple[OrphanetInheritance, ...] = ()
    onset: tuple[OrphanetOnset, ...] = ()
    prevalence: tuple[PrevalenceClass, ...] = ()
    birth_prevalence: tuple[PrevalenceClass, ...] = ()
    annual_incidence: tuple[PrevalenceClass, ...] = ()
    genes: tuple[GeneRole, ...] = ()
    synonyms: tuple[str, ...] = ()
    groups: tuple[Group, ...] = ()  #: direct classification parents
    ancestors: tuple[Group, ...] = ()  #: every group above the disorder
    source: str = ORPHANET_SOURCE

    @property
    def causal_genes(self) -> tuple[GeneRole, ...]:
        return tuple(g for g in self.genes if g.is_cause)

    def in_group(self, group_id: str) -> bool:
        return any(g.id == group_id for g in self.ancestors)

    @property
    def is_rare_infectious_disease(self) -> bool:
        """Orphanet files the disorder under "Rare infectious disease" (ORPHA:68416)."""
        return self.in_group(RARE_INFECTIOUS_DISEASE)

    def to_dict(self) -> dict:
        return {
            "orpha_id": self.orpha_id, "name": self.name, "type": self.type, "source": self.source,
            "inheritance": [{"label": i.label, "hpo_id": i.hpo_id} for i in self.inheritance],
            "onset": [{"label": o.label, "hpo_id": o.hpo_id} for o in self.onset],
            "prevalence": [{"class": p.label, "plain": p.plain} for p in self.prevalence],
            "birth_prevalence": [{"class": p.label, "plain": p.plain} for p in self.birth_prevalence],
            "annual_incidence": [{"class": p.label, "plain": p.plain} for p in self.annual_incidence],
            "genes": [g.to_dict() for g in self.genes],
            "synonyms": list(self.synonyms),
            "groups": [g.to_dict() for g in self.groups],
            "ancestors": [g.to_dict() for g in self.ancestors],
        }  # fmt: skip
