"""What comes back to a member in "My RareMap": the state of each of their posts (with the
moderator's reason when a post is hidden) and of each inquiry they sent while logged in.
Only the member's own rows; never who moderated."""

from __future__ import annotations

from raremap.web.community.diseases import disease_name
from raremap.web.community.models import AuditEntry, Experience
from raremap.web.community.questions import SHORT

POST_STATES = {
    Experience.Status.PENDING: "Waiting for moderation",
    Experience.Status.PUBLISHED: "Published",
    Experience.Status.HIDDEN: "Hidden by a moderator",
}


def my_posts(user) -> list[dict]:
    posts = list(Experience.objects.filter(author=user).order_by("-created"))
    hidden = [f"experience:{e.pk}" for e in posts if e.status == Experience.Status.HIDDEN]
    reasons: dict[str, str] = {}
    for entry in AuditEntry.objects.filter(target__in=hidden, action="hide").order_by("created"):
        reasons[entry.target] = entry.reason  # the latest hiding wins
    return [{"e": e, "disease_name": disease_name(e.disease_id), "short": SHORT.get(e.question, e.question),
             "state": POST_STATES.get(e.status, e.get_status_display()),
             "reason": reasons.get(f"experience:{e.pk}", "")} for e in posts]


def my_inquiries(user) -> list[dict]:
    from raremap.web.inquiries.models import Inquiry

    states = {Inquiry.Status.NEW: "Received, waiting for an answer",
              Inquiry.Status.ANSWERED: "Answered: the answer is below",
              Inquiry.Status.PUBLISHED: "Answered, and published de-identified on the disease page"}
    return [{"i": i, "disease_name": disease_name(i.disease_id), "state": states.get(i.status, i.get_status_display())}
            for i in Inquiry.objects.filter(asker=user).order_by("-created")]
