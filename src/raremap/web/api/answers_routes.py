"""Short answers to patients' questions, composed by :mod:`raremap.answers`."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router

from raremap.answers import QUESTIONS, answer, get_question
from raremap.web import knowledge
from raremap.web.api.errors import ErrorOut
from raremap.web.api.params import Identifier

router = Router(tags=["answers"])


@router.get("/questions", response=list[dict], summary="The questions answered for every disease")
def questions(request: HttpRequest):
    return [q.to_dict() for q in QUESTIONS]


@router.get("/diseases/{disease_id}/answers", response={200: list[dict], 404: ErrorOut, 422: ErrorOut},
            summary="Every question's short answer for a disease (title, one-line answer, review status)")
def answers_for(request: HttpRequest, disease_id: Identifier):
    kb = knowledge.get_kb()
    did = knowledge.disease_id_or_404(kb, disease_id)
    out = []
    for q in QUESTIONS:
        a = answer(kb, did, q.slug)
        out.append({"question": a.question, "title": a.title, "tldr": a.tldr.to_dict(),
                    "has_data": a.has_data, "review": a.review.to_dict()})
    return out


@router.get("/diseases/{disease_id}/answers/{question}", response={200: dict, 404: ErrorOut, 422: ErrorOut},
            summary="One answer with its sections, sources and review status")
def answer_detail(request: HttpRequest, disease_id: Identifier, question: Identifier):
    kb = knowledge.get_kb()
    did = knowledge.disease_id_or_404(kb, disease_id)
    return answer(kb, did, get_question(question).slug).to_dict()
