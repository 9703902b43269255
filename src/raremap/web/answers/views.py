"""Question pages, the "report an error" form and the diagnostic criteria checker."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_safe

from raremap.answers import DISCLAIMER, QUESTIONS, UnknownQuestionError, answers, get_question
from raremap.engine.criteria import FindingError, evaluate, parse_findings, sets_for_disease
from raremap.web import knowledge
from raremap.web.answers.forms import CriteriaForm, ReportForm, finding_choices
from raremap.web.answers.linking import learn_more_url, linked
from raremap.web.answers.models import CuratedAnswer, ErrorReport
from raremap.web.answers.presenting import question_page


def _unknown_question(request: HttpRequest, kb, did: str, given: str) -> HttpResponse:
    """A question we do not answer: say so, and offer the questions we do, for this disease
    (not diseases whose names look like the address)."""
    from raremap.knowledge.text import shown

    name = kb.diseases.name(did)
    return render(request, "404.html", {
        "message": f"We do not answer a question called \u201c{shown(given, 60)}\u201d about {name}.",
        "suggestions_title": f"Questions about {name}",
        "suggestions": [{"label": q.title(name), "url": reverse("answers-question", args=[did, q.slug]), "id": ""}
                        for q in QUESTIONS],
    }, status=404)


def _disease_url(kb, did: str) -> str:
    from raremap.web.pages.links import disease_url

    return disease_url(kb, did)


@require_safe
def questions(request: HttpRequest, disease_id: str) -> HttpResponse:
    kb = knowledge.get_kb()
    did = knowledge.disease_id_or_404(kb, disease_id)
    if did != disease_id:
        return redirect("answers-questions", did, permanent=True)
    curated = {c.question: c for c in CuratedAnswer.objects.published().filter(disease_id=did).order_by("published_at")
               if c.is_medically_reviewed}  # fmt: skip
    rows = [{"answer": a, "curated": curated.get(a.question),
             "tldr_html": linked(kb, did, a.question, a.tldr.text, learn_more_url(a, False))} for a in answers(kb, did)]
    return render(request, "answers/questions.html", {
        "disease_id": did, "disease_name": kb.diseases.name(did), "rows": rows, "disclaimer": DISCLAIMER,
        "disease_url": _disease_url(kb, did), "criteria_sets": sets_for_disease(did),
    })


@require_http_methods(["GET", "HEAD", "POST"])
def question(request: HttpRequest, disease_id: str, slug: str) -> HttpResponse:
    """The answer to one question, with the community's experiences under it; the panel's
    "Share your experience" form posts here, so the writer stays on this page (and keeps the
    text in the form when it needs another look)."""
    kb = knowledge.get_kb()
    did = knowledge.disease_id_or_404(kb, disease_id)
    try:
        q = get_question(slug)
    except UnknownQuestionError:
        return _unknown_question(request, kb, did, slug)
    if did != disease_id or q.slug != slug:
        return redirect("answers-question", did, q.slug, permanent=True)
    draft = None
    if request.method == "POST":
        from raremap.web.community.diseases import get_disease
        from raremap.web.community.posting import submit_experience

        draft = submit_experience(request, get_disease(did), q.slug)
        if isinstance(draft, HttpResponse):
            return draft
    page = question_page(kb, did, q.slug)
    return render(request, "answers/question.html", {
        "experience_draft": draft,
        "page": page, "a": page.answer, "questions": QUESTIONS, "disease_url": _disease_url(kb, did),
        "report_form": ReportForm(), "criteria_sets": sets_for_disease(did) if q.slug == "diagnosis" else [],
        "canonical_url": request.build_absolute_uri(reverse("answers-question", args=[did, q.slug])),
    }, status=draft.status if draft else 200)


@require_http_methods(["GET", "HEAD", "POST"])
def report(request: HttpRequest, disease_id: str, slug: str) -> HttpResponse:
    kb = knowledge.get_kb()
    did = knowledge.disease_id_or_404(kb, disease_id)
    try:
        q = get_question(slug)
    except UnknownQuestionError:
        return _unknown_question(request, kb, did, slug)
    form = ReportForm(request.POST or None)
    if request.method == "POST":
        from raremap.web.accounts.throttle import allow, client_key

        if not allow("report", client_key(request)):
            return render(request, "answers/report.html", {
                "form": form, "disease_id": did, "question": q, "title": q.title(kb.diseases.name(did)),
                "throttled": True,
            }, status=429)
        if form.is_valid():
            if not form.cleaned_data["website"]:
                ErrorReport.objects.create(disease_id=did, question=q.slug, message=form.cleaned_data["message"])
            messages.success(request, "Thank you: your report is in the editors' queue.")
            return redirect("answers-question", did, q.slug)
    return render(request, "answers/report.html", {
        "form": form, "disease_id": did, "disease_name": kb.diseases.name(did), "question": q,
        "title": q.title(kb.diseases.name(did)),
    }, status=400 if request.method == "POST" else 200)


@require_http_methods(["GET", "HEAD", "POST"])
def criteria(request: HttpRequest, disease_id: str) -> HttpResponse:
    kb = knowledge.get_kb()
    did = knowledge.disease_id_or_404(kb, disease_id)
    sets = sets_for_disease(did)
    if not sets:
        raise Http404("No diagnostic criteria set is held for this disease.")
    crit = sets[0]
    form = CriteriaForm(request.POST or None, choices=finding_choices(kb, crit))
    result, error = None, None
    # Findings are health data: they come by POST (not in the address), are not stored
    # and are not logged.
    if request.method == "POST" and form.is_valid():
        try:
            result = evaluate(kb, crit, parse_findings(kb, crit, form.findings()))
        except FindingError as exc:
            error = str(exc)
        except ValidationError as exc:
            error = "; ".join(exc.messages)
    elif request.method == "POST":
        error = "Please check the form."
    field_groups = [(g.title, [form[f"item_{i.id}"] for i in g.items if f"item_{i.id}" in form.fields])
                    for g in crit.groups]
    return render(request, "answers/criteria.html", {
        "crit": crit, "form": form, "field_groups": field_groups, "result": result, "error": error, "disease_id": did,
        "disease_name": kb.diseases.name(did), "disease_url": _disease_url(kb, did),
    }, status=400 if error else 200)
