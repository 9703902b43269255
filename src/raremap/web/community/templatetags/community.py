"""Template hooks other pages include with one line: the community panel of a disease page
and the experiences of a question page. Plus the pseudonym filter (never an e-mail) and a
question's name."""

from __future__ import annotations

from django import template

from raremap.web.accounts.models import pseudonym_of

register = template.Library()


@register.filter
def pseudonym(user) -> str:
    return pseudonym_of(user)


@register.filter
def question_short(slug: str) -> str:
    """A question's slug as pages name it ("hereditary" → "Is it hereditary?")."""
    from raremap.web.community.questions import SHORT

    return SHORT.get(slug, slug)


@register.inclusion_tag("community/_panel.html", takes_context=True)
def disease_community_panel(context, disease_id: str) -> dict:
    from raremap.web.community.aggregates import present
    from raremap.web.community.diseases import get_disease
    from raremap.web.community.models import Membership
    from raremap.web.community.symptom_map import symptom_map
    from raremap.web.inquiries.models import Inquiry
    from raremap.web.knowledge import get_kb

    request = context.get("request")
    disease = get_disease(disease_id)
    user = getattr(request, "user", None)
    membership = (Membership.objects.filter(user=user, disease_id=disease.id).first()
                  if user is not None and user.is_authenticated else None)
    return {"request": request, "user": user, "disease": disease, "membership": membership,
            "joined": present(disease.id, user),
            "symptoms": symptom_map(disease, get_kb(), user),
            "inquiries": Inquiry.objects.published().filter(disease_id=disease.id)[:20]}


@register.inclusion_tag("community/_experiences.html", takes_context=True)
def question_experiences_panel(context, disease_id: str, slug: str) -> dict:
    from raremap.web.community.diseases import get_disease
    from raremap.web.community.forms import ExperienceForm
    from raremap.web.community.question_context import question_context

    request = context["request"]
    disease = get_disease(disease_id)
    draft = context.get("experience_draft")  # the page's POST that needs another look
    return {"request": request, "user": request.user, "csrf_token": context.get("csrf_token"),
            **question_context(request, {"disease": disease, "slug": slug, "short": "",
                                         "warning": draft.warning if draft else None},
                                draft.form if draft else ExperienceForm())}
