"""The public parts of the disease communities: counts, the thresholded member and
symptom maps, published experiences and published de-identified inquiries. The same
functions and QuerySets as the community pages; nothing here that a visitor cannot see."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router, Schema

from raremap.answers import QUESTIONS
from raremap.web import knowledge
from raremap.web.api.errors import ApiError, ErrorOut
from raremap.web.api.pagination import Page, paginate
from raremap.web.api.params import Identifier, Limit, Offset

router = Router(tags=["communities"])
ERRORS = {404: ErrorOut, 422: ErrorOut}


@router.get("/communities/{disease_id}", response={200: dict, **ERRORS},
            summary="A disease community in numbers: members, people who shared, member map and symptom map (shown only above their privacy thresholds)")
def community(request: HttpRequest, disease_id: Identifier):
    from raremap.web.community.aggregates import present
    from raremap.web.community.countries import member_map
    from raremap.web.community.models import Experience
    from raremap.web.community.symptom_map import symptom_map

    kb = knowledge.get_kb()
    did = knowledge.disease_id_or_404(kb, disease_id)
    published = Experience.objects.published().filter(disease_id=did)
    return {
        "disease": {"id": did, "name": kb.diseases.name(did)},
        # Rounded, or null below the privacy minimum (see docs/community.md).
        "members": present(did, request.user)["members"],
        "experiences": published.count(),
        "people_who_shared": published.sharers(),
        "member_map": member_map(did, request.user),
        "symptom_map": symptom_map(kb.disease(did), kb, request.user),
    }


class ExperienceOut(Schema):
    id: int
    question: str
    text: str
    author: str
    created: str


@router.get("/communities/{disease_id}/experiences", response={200: Page[ExperienceOut], **ERRORS},
            summary="Published experiences, newest first, optionally for one question")
def experiences(request: HttpRequest, disease_id: Identifier, question: Identifier | None = None,
                limit: Limit = 20, offset: Offset = 0):
    from raremap.web.accounts.models import pseudonym_of
    from raremap.web.community.models import Experience

    did = knowledge.disease_id_or_404(knowledge.get_kb(), disease_id)
    rows = Experience.objects.published().filter(disease_id=did).select_related("author__profile")
    if question is not None:
        if question not in {q.slug for q in QUESTIONS}:
            raise ApiError(404, "not_found", f"{question!r} is not a question we answer.")
        rows = rows.filter(question=question)
    page = list(rows[offset:offset + limit])
    items = [{"id": e.pk, "question": e.question, "text": e.text, "author": pseudonym_of(e.author),
              "created": e.created.isoformat()} for e in page]
    return paginate(request, items, limit, offset, count=rows.count())


class InquiryOut(Schema):
    id: int
    question: str
    answer: str


@router.get("/communities/{disease_id}/inquiries", response={200: Page[InquiryOut], **ERRORS},
            summary="Questions answered by the information center, published de-identified")
def inquiries(request: HttpRequest, disease_id: Identifier, limit: Limit = 20, offset: Offset = 0):
    from raremap.web.inquiries.models import Inquiry

    did = knowledge.disease_id_or_404(knowledge.get_kb(), disease_id)
    rows = Inquiry.objects.published().filter(disease_id=did).order_by("-created")
    items = [{"id": i.pk, "question": i.published_question, "answer": i.published_answer}
             for i in rows[offset:offset + limit]]
    return paginate(request, items, limit, offset, count=rows.count())
