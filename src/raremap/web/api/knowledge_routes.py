"""Search, diseases and terms: the knowledge core's page objects as JSON."""

from __future__ import annotations

from typing import Literal

from django.http import HttpRequest
from ninja import Query, Router, Schema

from raremap.knowledge.pages import disease_page, term_diseases, term_page
from raremap.web import knowledge
from raremap.web.api.errors import ApiError, ErrorOut
from raremap.web.api.pagination import Page, paginate
from raremap.web.api.params import Identifier, Limit, Offset, Text

router = Router(tags=["knowledge"])
NOT_FOUND = {404: ErrorOut, 422: ErrorOut}
SEARCH_CAP = 200  # the search core ranks at most this many hits for one query


class HitOut(Schema):
    kind: str
    id: str
    label: str
    matched: str
    match_type: str
    score: float


class SearchParams(Schema):
    q: Text(200, 1)
    kind: Literal["disease", "term"] | None = None
    limit: Limit = 20
    offset: Offset = 0


@router.get("/search", response={200: Page[HitOut], 422: ErrorOut}, summary="Search diseases and HPO terms by name, synonym, lay name or id (typos allowed)")
def search(request: HttpRequest, params: Query[SearchParams]):
    if params.offset >= SEARCH_CAP:
        return paginate(request, [], params.limit, params.offset, count=0)
    hits = knowledge.get_kb().search(params.q, kind=params.kind, limit=min(SEARCH_CAP, params.offset + params.limit + 1))
    rows = [h.to_dict() for h in hits]
    page = paginate(request, rows, params.limit, params.offset)
    return page


class DiseaseRow(Schema):
    id: str
    name: str
    ids: list[str] = []  # every id of phenotype.hpoa the entry stands for (merged twins: two)


class SourceOut(Schema):
    name: str
    release: str
    licence: str
    url: str
    attribution: str
    provides: str


@router.get("/diseases", response={200: Page[DiseaseRow], 422: ErrorOut}, summary="Every annotated disease, by id")
def diseases(request: HttpRequest, limit: Limit = 50, offset: Offset = 0):
    d = knowledge.get_kb().diseases
    end = min(len(d.ids), offset + limit)
    rows = [{"id": d.ids[i], "name": d.names[i], "ids": list(d.all_ids(d.ids[i]))} for i in range(offset, end)]
    return paginate(request, rows, limit, offset, count=len(d.ids))


@router.get("/sources", response=list[SourceOut], summary="The data sources compiled into the knowledge base: release, licence, attribution")
def sources(request: HttpRequest):
    return knowledge.get_kb().sources


@router.get("/diseases/{disease_id}", response={200: dict, **NOT_FOUND}, summary="A disease page: features by frequency band, inheritance, onset, genes, references, published patients")
def disease(request: HttpRequest, disease_id: Identifier):
    """``published_patients`` is null for a disease without published patients; otherwise
    how many, their publications (PMID, PubMed link) and, per feature, how many were
    reported with it (``observed``) or looked at and found without it (``excluded``),
    beside the annotation's frequency, then the features the annotations do not name."""
    from raremap.engine.published.feature_counts import published_counts

    kb = knowledge.get_kb()
    did = knowledge.disease_id_or_404(kb, disease_id)
    return {**disease_page(kb, did), "published_patients": published_counts(kb, did)}


@router.get("/diseases/{disease_id}/related", response={200: list[dict], **NOT_FOUND}, summary="Diseases whose features resemble this one's")
def related(request: HttpRequest, disease_id: Identifier, limit: Limit = 10):
    from raremap.engine import related_diseases

    kb = knowledge.get_kb()
    return related_diseases(kb, knowledge.disease_id_or_404(kb, disease_id), limit)


@router.get("/terms/{hpo_id}", response={200: dict, **NOT_FOUND}, summary="An HPO term: definition, synonyms, lay names, parents, children")
def term(request: HttpRequest, hpo_id: Identifier):
    kb = knowledge.get_kb()
    return term_page(kb, _term_id(kb, hpo_id))


class TermDisease(Schema):
    id: str
    name: str
    band: str
    band_label: str
    frequency: str


@router.get("/terms/{hpo_id}/diseases", response={200: Page[TermDisease], **NOT_FOUND}, summary="Diseases annotated with a term, commonest first")
def diseases_with_term(request: HttpRequest, hpo_id: Identifier, limit: Limit = 50, offset: Offset = 0):
    kb = knowledge.get_kb()
    return paginate(request, term_diseases(kb, _term_id(kb, hpo_id)), limit, offset)


def _term_id(kb, given: str) -> str:
    tid = kb.ontology.resolve(given)
    if tid is None:
        kb.term(given)
        raise ApiError(404, "not_found", f"{given!r} is not a known HPO term.")
    return tid
