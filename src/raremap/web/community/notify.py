"""E-mail to a member about their own post, only when they opted in (Profile.notify_by_email,
off by default). The message names no disease and quotes no post: it says what changed (with
the moderator's reason when a post is hidden) and points to "My RareMap"."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse

STATES = {"published": "is now published", "hidden": "was hidden by a moderator"}


def post_state_changed(experience, reason: str = "") -> bool:
    """Send the author a short e-mail if they asked for it; True when one was sent."""
    author = experience.author
    profile = getattr(author, "profile", None) if author is not None else None
    if profile is None or not profile.notify_by_email or not author.email or profile.is_demo:
        return False
    change = STATES.get(experience.status)
    if change is None:
        return False
    lines = [f"Hello {profile.pseudonym},", "", f"One of your posts on RareMap {change}."]
    if experience.status == "hidden" and reason:
        lines += ["", f"The moderator's reason: {reason}"]
    site = getattr(settings, "RAREMAP_SITE_URL", "").rstrip("/")  # optional: the link is then absolute
    where = f": {site}{reverse('community-dashboard')}" if site else " (log in, then \"My RareMap\" at the top of any page)."
    lines += ["", f"See all your posts in My RareMap{where}", "",
              "You get these e-mails because you turned them on in My RareMap; turn them off there."]
    send_mail("Your post on RareMap", "\n".join(lines), None, [author.email])
    return True
