"""Deciding whether a post goes live at once or waits for a moderator."""

from __future__ import annotations

from django.conf import settings

from raremap.web.community.access import MODERATE
from raremap.web.community.models import Experience


def is_trusted(user) -> bool:
    """Members with enough approved posts publish directly; new members wait."""
    if user.has_perm(MODERATE):
        return True
    published = Experience.objects.filter(author=user, status=Experience.Status.PUBLISHED).count()
    return published >= settings.RAREMAP_TRUSTED_AFTER


def status_for(user, flagged_kinds: list[str]) -> str:
    # A post with possible personal data always waits, whoever wrote it.
    if flagged_kinds or not is_trusted(user):
        return Experience.Status.PENDING
    return Experience.Status.PUBLISHED
