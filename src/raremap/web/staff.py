"""What staff see around their work: the links to their queues (shown only to the roles
that hold the permission behind each queue) and the page a refused request gets (403),
which says which role the page needs, how to go back and, for visitors, how to sign in."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from raremap.web.answers.models import EDIT_PERM, REVIEW_PERM
from raremap.web.community.models import MODERATE
from raremap.web.inquiries.models import ANSWER_PERM
from raremap.web.inquiries.models import PUBLISH_PERM as INQUIRY_PUBLISH_PERM

# (label, URL name, any of these permissions); the order of the staff menu.
QUEUES = [
    ("Moderation", "community-moderation", (MODERATE,)),
    ("Inquiries", "inquiries-queue", (ANSWER_PERM, INQUIRY_PUBLISH_PERM)),
    ("Editor queue", "editorial-editor", (EDIT_PERM,)),
    ("Reviewer queue", "editorial-reviewer", (REVIEW_PERM,)),
]

# Which role a page needs, by URL name prefix; the first match wins.
ROLE_NEEDED = [
    ("community-moderat", "a moderator"),
    ("community-audit", "a moderator"),
    ("inquiries-answer", "an information specialist"),
    ("inquiries-publish", "an editor (editors approve the de-identified version of an inquiry for publication)"),
    ("inquiries-queue", "an information specialist or an editor"),
    ("editorial-reviewer", "a medical reviewer"),
    ("editorial-signature", "a medical reviewer"),
    ("editorial", "an editor"),
]


def queue_links(user) -> list[dict]:
    """The staff queues ``user`` may open, for the header's menu."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return []
    return [{"label": label, "url": reverse(name)} for label, name, perms in QUEUES
            if any(user.has_perm(p) for p in perms)]


def role_needed(request: HttpRequest) -> str | None:
    match = getattr(request, "resolver_match", None)
    name = (match.url_name or "") if match else ""
    return next((role for prefix, role in ROLE_NEEDED if name.startswith(prefix)), None)


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """The styled 403 page."""
    reason = str(exception or "").strip()
    return render(request, "403.html", {
        "reason": reason if reason and reason != "Forbidden" else "",
        "role": role_needed(request),
        "back": request.META.get("HTTP_REFERER", "") if _same_site(request) else "",
        "login_url": f"{reverse('accounts-login')}?next={request.get_full_path()}",
    }, status=403)


def _same_site(request: HttpRequest) -> bool:
    from django.utils.http import url_has_allowed_host_and_scheme

    ref = request.META.get("HTTP_REFERER", "")
    return bool(ref) and url_has_allowed_host_and_scheme(ref, allowed_hosts={request.get_host()},
                                                         require_https=request.is_secure())
