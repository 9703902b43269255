"""Ranking, text to terms and diagnostic criteria: the engine's results as JSON."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Literal

from django.http import HttpRequest
from ninja import Router, Schema
from pydantic import Field

from raremap.web import knowledge
from raremap.web.api.errors import ApiError, ErrorOut
from raremap.web.api.params import Identifier, Limit, Text

router = Router(tags=["engine"])
ERRORS = {404: ErrorOut, 413: ErrorOut, 422: ErrorOut}


class RankingIn(Schema):
    present: Annotated[list[Identifier], Field(min_length=1, max_length=100)]
    excluded: Annotated[list[Identifier], Field(max_length=100)] = []
    onset: Identifier | None = None
    sex: Literal["male", "female"] | None = None
    method: Identifier | None = None
    limit: Limit = 20
    explain: bool = False


class RankedOut(Schema):
    rank: int
    disease: str
    name: str
    score: float
    probability: float | None = None
    explanation: dict | None = None


class RankingOut(Schema):
    method: str
    hpo_release: str
    issues: list[dict]
    results: list[RankedOut]


@router.post("/ranking", response={200: RankingOut, **ERRORS}, summary="Rank every annotated disease for a patient's HPO terms")
def ranking(request: HttpRequest, payload: RankingIn):
    from raremap.engine import explain, method_names, rank

    if payload.method is not None and payload.method not in method_names():
        raise ApiError(422, "invalid_input", f"Unknown ranking method {payload.method!r}; use one of: {', '.join(method_names())}.")
    kb = knowledge.get_kb()
    result = rank(kb, payload.present, payload.excluded, onset=payload.onset, sex=payload.sex, method=payload.method)
    issues = [i.to_dict() for i in result.query.issues]
    if not result.query.present:
        raise ApiError(422, "invalid_input", "None of the terms given is a known phenotypic abnormality.", issues=issues)
    rows = []
    for r in result.top(payload.limit):
        row = r.to_dict()
        if payload.explain:
            row["explanation"] = explain(result, r.id)
        rows.append(row)
    return {"method": result.method, "hpo_release": kb.release, "issues": issues, "results": rows}


class TextIn(Schema):
    text: Text(20_000, 1)
    limit: Limit | None = None
    questions: bool = True


@router.post("/text-to-terms", response={200: dict, **ERRORS}, summary="HPO terms found in plain or clinical text (with negation and follow-up questions)")
def text_to_terms(request: HttpRequest, payload: TextIn):
    from raremap.engine.tagger import tag

    return tag(knowledge.get_kb(), payload.text, limit=payload.limit, questions=payload.questions).to_dict()


@router.get("/criteria", response=list[dict], summary="Diagnostic criteria sets")
def criteria_sets(request: HttpRequest):
    from raremap.engine.criteria import all_sets

    return [{"id": c.id, "title": c.title, "disease_name": c.disease_name, "diseases": list(c.diseases)}
            for c in all_sets().values()]


@router.get("/criteria/{set_id}", response={200: dict, **ERRORS}, summary="One criteria set: groups, items, exclusions, references")
def criteria_set(request: HttpRequest, set_id: Identifier):
    return dataclasses.asdict(_criteria(set_id))


class FindingsIn(Schema):
    findings: Annotated[list[Text(200, 1)], Field(max_length=100)]


@router.post("/criteria/{set_id}/check", response={200: dict, **ERRORS}, summary="Which criteria a list of findings meets, item by item")
def criteria_check(request: HttpRequest, set_id: Identifier, payload: FindingsIn):
    from raremap.engine.criteria import evaluate, parse_findings

    crit = _criteria(set_id)
    kb = knowledge.get_kb()
    return evaluate(kb, crit, parse_findings(kb, crit, payload.findings)).to_dict()


def _criteria(set_id: str):
    from raremap.engine.criteria import CriteriaError, get_set

    try:
        return get_set(set_id)
    except (CriteriaError, KeyError, LookupError) as exc:
        raise ApiError(404, "not_found", str(exc).strip("'\"") or f"No criteria set {set_id!r}.") from None
