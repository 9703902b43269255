"""What the sources say about a disease's cause, sorted into evidence the answers may use.

Every rule an automatic answer follows starts here (``docs/answers.md`` lists them):

- an **inheritance pattern** is an HPO mode of inheritance under *Mendelian inheritance* or
  *Non-Mendelian inheritance* (or an imprinted autosomal dominant mode), or an Orphanet
  mode of inheritance; the other terms under *Inheritance qualifier* (penetrance,
  anticipation, uniparental disomy, de novo, mosaicism...) only **qualify** a pattern;
- a **genetic cause** is a Mendelian pattern (HPO or Orphanet), an Orphanet
  "disease-causing" gene, or a chromosomal anomaly named by the record; an HPO gene link
  alone is not one (HPO does not say whether the gene causes, predisposes or modifies);
- an **infection** is a disease Orphanet files under "Rare infectious disease"
  (ORPHA:68416), or whose own name names an infection or a germ as a whole word;
- a **prion disease** is one Orphanet files under "Human prion disease" (ORPHA:56970) or
  whose name names one (Creutzfeldt-Jakob, Gerstmann-Sträussler, fatal familial insomnia,
  kuru, prion).

Orphanet's facts are read from ``Disease.orphanet`` when the knowledge base carries them;
a disease without them is judged on HPO's data alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from raremap.answers.model import Source
from raremap.knowledge.model import Annotation, reference_url

MENDELIAN_ROOT = "HP:0034345"
NON_MENDELIAN_ROOT = "HP:0001426"
SPORADIC = "HP:0003745"
#: Imprinted modes that name their pattern (autosomal dominant) in the term itself.
IMPRINTED_PATTERNS = ("HP:0012274", "HP:0012275")
#: Non-Mendelian patterns that still name genes as the cause.
GENE_PATTERNS = ("HP:0010983", "HP:0010984")  # oligogenic, digenic

RARE_INFECTIOUS_DISEASE = "ORPHA:68416"
HUMAN_PRION_DISEASE = "ORPHA:56970"
TERATOLOGIC = "ORPHA:52662"
INTOXICATION = "ORPHA:108999"
ORPHANET_URL = "https://www.orpha.net/en/disease/detail/{local}"

#: Infections and germs named in a disease's own name (whole words only: "fungoides" and
#: "viralization" do not count). "Mycosis" is left out on purpose: mycosis fungoides is a
#: lymphoma.
INFECTION_WORDS = re.compile(
    r"\b(infections?|infectious|infective|infected|virus(es)?|viral|bacterial|bacteria|"
    r"bacteremia|bacteraemia|fungal|parasitic|parasites?|tuberculosis|tuberculous|"
    r"mycobacterial|mycobacteriosis|sepsis|leprosy|malaria|rubella|measles|mumps|herpes|"
    r"hiv|syphilis|toxoplasmosis|cytomegalovirus|cytomegalic|varicella|zika|rabies|tetanus|"
    r"botulism|diphtheria|pertussis|cholera|plague|anthrax|brucellosis|leishmaniasis|"
    r"schistosomiasis|trypanosomiasis|chagas|echinococcosis|cysticercosis|toxocariasis|"
    r"histoplasmosis|coccidioidomycosis|paracoccidioidomycosis|blastomycosis|aspergillosis|"
    r"candidiasis|cryptococcosis|mucormycosis|listeriosis|leptospirosis|borreliosis|"
    r"rickettsiosis|typhus|poliomyelitis|filariasis|onchocerciasis|amoebiasis|amebiasis|"
    r"giardiasis|babesiosis|tularemia|melioidosis|nocardiosis|actinomycosis|sporotrichosis|"
    r"chromoblastomycosis|mycetoma|hantavirus|ebola|dengue|encephalitozoonosis|"
    r"coronavirus|influenza|hepatitis [a-e]|lyme disease|q fever|pox)\b",
    re.IGNORECASE,
)
#: The name speaks of a genetic tendency to infections, not of an infection.
SUSCEPTIBILITY_WORDS = re.compile(
    r"\b(susceptibility|predisposition|immunodeficiency|recurrent|familial|sensitivity|induced)\b", re.IGNORECASE)
PRION_WORDS = re.compile(
    r"\b(prion|creutzfeldt|jakob|gerstmann|fatal familial insomnia|fatal insomnia|kuru|"
    r"protease-sensitive prionopathy)",
    re.IGNORECASE,
)
#: A change of chromosome structure or number named by the record itself (a band such as
#: 4q21, "chromosome 15", trisomy...); a bare "duplication" is not enough (duplication of
#: the thumb is a malformation).
CHROMOSOMAL_WORDS = re.compile(
    r"\b(trisomy|monosomy|tetrasomy|pentasomy|triploidy|tetraploidy|ring chromosome|"
    r"chromosome \w+|microdeletion|microduplication|(\d{1,2}|X|Y)[pq]\d[\d.]*|"
    r"down syndrome|turner syndrome|klinefelter syndrome|patau syndrome|edwards syndrome|"
    r"cri du chat|4[7-9],\s?X)",
    re.IGNORECASE,
)


#: Orphanet groups of chromosomal anomalies ("Total autosomal trisomy", "Ring chromosome").
CHROMOSOMAL_GROUPS = re.compile(r"chromosom|trisomy|monosomy|aneuploidy", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class GeneFact:
    """A gene linked to the disease and what the sources say its role is.

    ``kind``: causal, causal_somatic, susceptibility, modifier, phenotype_role, candidate,
    fusion_gene, biomarker, other (an Orphanet role), or ``unknown`` (HPO's link only).
    """

    symbol: str
    kind: str
    role: str  # the source's own label, "" for HPO links
    sources: tuple[Source, ...] = field(default=())

    @property
    def is_cause(self) -> bool:
        return self.kind in ("causal", "causal_somatic")


#: How answers name a gene's role, in plain words.
ROLE_WORDS = {
    "causal": "changes in it cause the condition",
    "causal_somatic": "changes in it, arising during life in some of the body's cells, cause the condition",
    "susceptibility": "a susceptibility gene: changes in it raise the chance of getting the condition but do not cause it on their own",
    "modifier": "a modifier gene: changes in it can change how the condition shows or how severe it is; they do not cause it",
    "phenotype_role": "plays a part in some of the condition's features",
    "candidate": "a candidate gene: studied as a possible cause, not confirmed",
    "fusion_gene": "part of a fusion gene found in the affected cells",
    "biomarker": "tested as a marker of the condition; not a cause",
    "other": "linked to the condition in a role the data names",
    "unknown": "linked to the condition; the data does not say whether changes in it cause the condition, raise its chance or change its course",
}


class Evidence:
    """The cause-related facts of one disease (see the module docstring for the rules)."""

    def __init__(self, facts) -> None:
        self.f = facts
        self.ont = facts.kb.ontology
        self.disease = facts.disease
        self.orphanet = getattr(facts.disease, "orphanet", None)

    # -- sources -----------------------------------------------------------------------
    @cached_property
    def orphanet_source(self) -> Source | None:
        if not self.orphanet:
            return None
        oid = self.orphanet.orpha_id
        return Source("reference", f"Orphanet: {self.orphanet.name} ({oid}), {self.orphanet.source}",
                      oid, reference_url(oid))  # fmt: skip

    def orphanet_sources(self) -> tuple[Source, ...]:
        return (self.orphanet_source,) if self.orphanet_source else ()

    # -- inheritance -------------------------------------------------------------------
    def is_pattern(self, hpo_id: str) -> bool:
        return (hpo_id in IMPRINTED_PATTERNS or self.ont.within(hpo_id, MENDELIAN_ROOT)
                or self.ont.within(hpo_id, NON_MENDELIAN_ROOT))  # fmt: skip

    @cached_property
    def patterns(self) -> list[Annotation]:
        """HPO patterns of inheritance (never the qualifiers, never "sporadic")."""
        return [a for a in self.f.inheritance if self.is_pattern(a.hpo_id)]

    @cached_property
    def sporadic(self) -> list[Annotation]:
        return [a for a in self.f.inheritance if a.hpo_id == SPORADIC]

    @cached_property
    def qualifiers(self) -> list[Annotation]:
        """HPO terms that qualify a pattern (penetrance, anticipation, de novo, ...)."""
        return [a for a in self.f.inheritance if a.hpo_id != SPORADIC and not self.is_pattern(a.hpo_id)]

    @cached_property
    def orphanet_modes(self) -> list:
        """Orphanet's modes of inheritance that name a pattern."""
        return [i for i in (self.orphanet.inheritance if self.orphanet else ()) if i.is_genetic]

    @cached_property
    def orphanet_not_inherited(self) -> bool:
        return any(i.is_genetic is False for i in (self.orphanet.inheritance if self.orphanet else ()))

    @cached_property
    def orphanet_multifactorial(self) -> list:
        return [i for i in self.orphanet_modes if i.hpo_id == NON_MENDELIAN_ROOT]

    @cached_property
    def mendelian(self) -> list[Annotation]:
        """HPO patterns that name genes as the cause (Mendelian, digenic, oligogenic)."""
        return [a for a in self.patterns
                if a.hpo_id in IMPRINTED_PATTERNS or a.hpo_id in GENE_PATTERNS or self.ont.within(a.hpo_id, MENDELIAN_ROOT)]  # fmt: skip

    # -- genes -------------------------------------------------------------------------
    @cached_property
    def genes(self) -> list[GeneFact]:
        """Orphanet's genes with their roles, then HPO's linked genes Orphanet gives no
        role for (role unknown)."""
        out: list[GeneFact] = []
        seen: set[str] = set()
        for g in (self.orphanet.genes if self.orphanet else ()):
            if g.symbol in seen:
                continue
            seen.add(g.symbol)
            out.append(GeneFact(g.symbol, g.kind, g.role, self.orphanet_sources()))
        for g in self.disease.genes:
            if g.symbol not in seen:
                seen.add(g.symbol)
                out.append(GeneFact(g.symbol, "unknown", "", (
                    Source("gene", f"HPO gene-disease links ({g.symbol})", f"NCBIGene:{g.ncbi_id}", g.url),)))
        return out

    @property
    def causal_genes(self) -> list[GeneFact]:
        return [g for g in self.genes if g.is_cause]

    @property
    def germline_causal_genes(self) -> list[GeneFact]:
        return [g for g in self.genes if g.kind == "causal"]

    @property
    def other_genes(self) -> list[GeneFact]:
        return [g for g in self.genes if not g.is_cause]

    # -- kinds of disease --------------------------------------------------------------
    @cached_property
    def chromosomal(self) -> bool:
        """The record names a chromosomal change (or is a DECIPHER syndrome)."""
        if self.disease.id.startswith("DECIPHER:") or CHROMOSOMAL_WORDS.search(self.f.name):
            return True
        return bool(self.orphanet and any(CHROMOSOMAL_GROUPS.search(g.name) for g in self.orphanet.ancestors))

    @cached_property
    def infection_word(self) -> str | None:
        m = INFECTION_WORDS.search(self.f.name)
        return m.group(0) if m else None

    @cached_property
    def orphanet_infectious_groups(self) -> list:
        """Orphanet groups under "Rare infectious disease" the disease sits in."""
        if not self.orphanet or not self.orphanet.in_group(RARE_INFECTIOUS_DISEASE):
            return []
        named = [g for g in self.orphanet.ancestors if "infect" in g.name.lower() and g.id != RARE_INFECTIOUS_DISEASE]
        return named or [g for g in self.orphanet.ancestors if g.id == RARE_INFECTIOUS_DISEASE]

    @cached_property
    def susceptibility_name(self) -> bool:
        return bool(SUSCEPTIBILITY_WORDS.search(self.f.name))

    @cached_property
    def prion(self) -> bool:
        return bool(PRION_WORDS.search(self.f.name)) or bool(self.orphanet and self.orphanet.in_group(HUMAN_PRION_DISEASE))

    @cached_property
    def genetic_cause(self) -> bool:
        """Positive evidence of a genetic cause (never an HPO gene link alone)."""
        return bool(self.mendelian or self.orphanet_modes_mendelian or self.germline_causal_genes or self.chromosomal)

    @cached_property
    def orphanet_modes_mendelian(self) -> list:
        return [i for i in self.orphanet_modes if i.hpo_id and i.hpo_id != NON_MENDELIAN_ROOT]

    @cached_property
    def infection(self) -> bool:
        """An infection: Orphanet's infectious classification, or a germ named in the name
        of a disease with no genetic cause (a name like "susceptibility to mycobacterial
        infection" with a Mendelian pattern is a genetic condition that invites
        infections)."""
        if self.prion:
            return False
        if self.orphanet_infectious_groups:
            return True
        return bool(self.infection_word) and not self.genetic_cause and not self.susceptibility_name

    def infection_sources(self) -> tuple[Source, ...]:
        if self.orphanet_infectious_groups:
            return self.orphanet_sources()
        return tuple(self.f.record)

    def infection_reason(self) -> str:
        """Why the answer treats the disease as an infection, in words."""
        if self.orphanet_infectious_groups:
            names = [g.name[0].lower() + g.name[1:] for g in self.orphanet_infectious_groups[:2]]
            return "Orphanet classes it as " + " and ".join(("an " if n[0] in "aeiou" else "a ") + n for n in names)
        return f"the word \u201c{self.infection_word}\u201d in its name names an infection"

    def genetic_sources(self) -> tuple[Source, ...]:
        out: list[Source] = []
        for a in self.mendelian:
            out.extend(self.f.annotation_sources(a))
        if self.orphanet_modes_mendelian or self.germline_causal_genes:
            out.extend(self.orphanet_sources())
        if self.chromosomal and not out:
            out.extend(self.f.record)
        return tuple(out)

    def group_names(self, limit: int = 3) -> list[str]:
        """Orphanet's direct classification groups of the disease, in plain order."""
        if not self.orphanet:
            return []
        return [g.name for g in self.orphanet.groups if g.name][:limit]

    def in_group(self, group_id: str) -> bool:
        return bool(self.orphanet and self.orphanet.in_group(group_id))


def gene_phrase(genes: list[GeneFact]) -> str:
    """"CFTR" / "A and B" for a sentence."""
    from raremap.answers.phrases import join_words

    return join_words([g.symbol for g in genes])


def gene_sources(genes: list[GeneFact]) -> tuple[Source, ...]:
    seen: dict[tuple, Source] = {}
    for g in genes:
        for s in g.sources:
            seen.setdefault(s.key, s)
    return tuple(seen.values())
