"""The facts an answer is composed from, for one disease, with their sources."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from raremap.answers.model import Section, Source, Statement
from raremap.answers.packs import pack_label
from raremap.knowledge.base import KnowledgeBase
from raremap.knowledge.model import Annotation, Disease, reference_url
from raremap.knowledge.ontology import INHERITANCE_ROOT

HPO_URL = "https://hpo.jax.org/"
#: Shown with every cross-check source of a content pack (which pages call "RareMap notes").
CROSS_CHECK_NOTE = "A second reference, named from the writers' knowledge of it"
NOT_RE_READ = "not re-read when these notes were written"


@dataclass
class DiseaseFacts:
    """One disease of the knowledge base plus its content pack (if any)."""

    kb: KnowledgeBase
    disease: Disease
    pack: dict | None

    @property
    def name(self) -> str:
        return self.disease.name

    @property
    def release(self) -> str:
        return self.kb.release

    @cached_property
    def hpo(self) -> Source:
        return Source("hpo", f"Human Phenotype Ontology, release {self.release}", f"HPO:{self.release}", HPO_URL)

    @cached_property
    def record(self) -> list[Source]:
        """The disease's own record (its ORPHA/OMIM id) and the HPO release."""
        return [Source.reference(self.disease.id), self.hpo]

    @cached_property
    def inheritance(self) -> list[Annotation]:
        ont = self.kb.ontology
        return [a for a in self.disease.inheritance
                if ont.within(a.hpo_id, INHERITANCE_ROOT) and not a.negated]  # fmt: skip

    @cached_property
    def evidence(self):
        """The cause-related facts, sorted by the answer rules (:mod:`raremap.answers.evidence`)."""
        from raremap.answers.evidence import Evidence

        return Evidence(self)

    @cached_property
    def other_names(self) -> list[str]:
        return list(self.kb.diseases.other_names(self.disease.id))

    def annotation_sources(self, a: Annotation) -> list[Source]:
        """The annotation itself and the references it cites."""
        out = [Source.annotation(a.source_id or self.disease.id, a.hpo_id, a.name)]
        out.extend(Source.reference(r) for r in a.references)
        return out

    def gene_sources(self) -> list[Source]:
        return [
            Source("gene", f"HPO gene-disease links ({g.symbol})", f"NCBIGene:{g.ncbi_id}", g.url)
            for g in self.disease.genes
        ]

    def lay_name(self, hpo_id: str, fallback: str) -> str:
        """A term's name, with its first lay name in brackets when it has one."""
        try:
            term = self.kb.ontology.term(hpo_id)
        except Exception:
            return fallback
        lay = term.lay_names
        return f"{term.name} ({lay[0].lower()})" if lay else term.name

    # -- content packs --------------------------------------------------------------------
    @property
    def pack_data(self) -> dict:
        """The content pack; only asked for when the disease has one."""
        assert self.pack is not None
        return self.pack

    def pack_answer(self, slug: str) -> dict | None:
        return (self.pack or {}).get("answers", {}).get(slug)

    def pack_source(self) -> Source:
        pack = self.pack_data
        return Source("pack", f"{pack_label(pack)}, by {pack['written_by']} ({pack['written_on']})", f"pack:{pack['pack']}")

    def pack_statement(self, data: dict) -> Statement:
        sources = [self.pack_source()]
        for key in dict.fromkeys([*data["sources"], *data["cross_check"]]):
            src = self.pack_data["sources"][key]
            role = "" if key in data["sources"] else "cross-check"
            sid = src.get("id") or key
            note = src.get("note") or ""
            if role:  # the source's own note may already say it was not re-read: say it once
                said = "not re-read" in note.lower()
                note = f"{CROSS_CHECK_NOTE}{'' if said else '; ' + NOT_RE_READ}. {note}".strip()
            sources.append(Source("citation", src["citation"], sid, src.get("url") or reference_url(sid), role, note))
        if self.pack_data.get("review"):
            r = self.pack_data["review"]
            sources.append(Source("reviewer", f"Reviewed by {r['reviewer']} on {r['reviewed_on']}", r["reviewer"]))
        return Statement(data["text"], tuple(sources))

    def pack_sections(self, body: dict) -> list[Section]:
        return [
            Section(sec["heading"], tuple(self.pack_statement(s) for s in sec["statements"]))
            for sec in body["sections"]
        ]
