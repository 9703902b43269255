"""Posting an experience from a question page, whichever page holds the form (the
community's question page or the answers' question page, which includes the experiences
panel): the person stays on the page they wrote on, with their text kept in the form when it
needs another look (personal data found, too long, markup, throttled)."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from raremap.web.accounts import throttle
from raremap.web.community.forms import ExperienceForm
from raremap.web.community.models import Experience, Membership
from raremap.web.community.publishing import status_for


@dataclass
class Draft:
    """The form to show again on the same page, with the highlighted text when it must be confirmed."""

    form: ExperienceForm
    warning: list | None = None
    status: int = 200


def submit_experience(request: HttpRequest, disease, slug: str) -> HttpResponse | Draft:
    """Handle a POSTed experience: a redirect back to the page once stored, else the draft."""
    if not request.user.is_authenticated:
        return redirect(f"{reverse('accounts-login')}?next={request.path}")
    if not Membership.objects.filter(user=request.user, disease_id=disease.id).exists():
        raise PermissionDenied("Join the community to share your experience.")
    form = ExperienceForm(request.POST)
    if not throttle.allow("post", throttle.client_key(request)):
        messages.error(request, "You have posted a lot in the last hour; please wait a while.")
        return Draft(form, status=429)
    if not form.is_valid():
        return Draft(form)
    checked = form.check_personal()
    if checked.warning:
        return Draft(form.to_confirm(), checked.warning)
    exp = Experience.objects.create(author=request.user, disease_id=disease.id, question=slug,
                                    text=form.cleaned_data["text"], flagged_kinds=checked.kinds,
                                    status=status_for(request.user, checked.kinds))
    if exp.status == Experience.Status.PENDING:
        messages.success(request, "Thank you. Your post will appear once a moderator has checked it.")
    else:
        messages.success(request, "Thank you. Your experience is published.")
    return redirect(request.path + "#experiences")
