"""E-mail to a member about their own posts and questions, only when they opted in
(Profile.notify_by_email, off by default). A message names no disease and quotes neither the
post nor the question or its answer: it says what changed (with the moderator's reason when
a post is hidden) and links to "My RareMap" at RAREMAP_SITE_URL, where the rest is."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse

POST_STATES = {"published": "One of your posts on RareMap is now published.",
               "hidden": "One of your posts on RareMap was hidden by a moderator."}
INQUIRY_NEWS = {"answered": "The RareMap information center answered your question.",
                "updated": "The RareMap information center updated its answer to your question.",
                "published": "A de-identified version of your question and its answer is now published on RareMap, "
                             "as you agreed when you asked."}


def post_state_changed(experience, reason: str = "") -> bool:
    """Tell the post's author its new state if they asked for e-mail; True when one was sent."""
    news = POST_STATES.get(experience.status)
    if news is None:
        return False
    lines = [news]
    if experience.status == "hidden" and reason:
        lines += ["", f"The moderator's reason: {reason}"]
    return _tell(experience.author, "Your post on RareMap", lines, "See all your posts")


def inquiry_changed(inquiry, what: str) -> bool:
    """Tell a member who asked the information center that ``what`` (a key of INQUIRY_NEWS)
    happened to their question, if they asked for e-mail; True when one was sent."""
    return _tell(inquiry.asker, "Your question to RareMap", [INQUIRY_NEWS[what]], "Read the answer")


def my_raremap_url() -> str:
    return settings.RAREMAP_SITE_URL.rstrip("/") + reverse("community-dashboard")


def _tell(member, subject: str, lines: list[str], where: str) -> bool:
    profile = getattr(member, "profile", None) if member is not None else None
    if profile is None or not profile.notify_by_email or not member.email or profile.is_demo:
        return False
    body = [f"Hello {profile.pseudonym},", "", *lines, "", f"{where} in My RareMap: {my_raremap_url()}", "",
            "You get these e-mails because you turned them on in My RareMap; turn them off there."]
    send_mail(subject, "\n".join(body), None, [member.email])
    return True
