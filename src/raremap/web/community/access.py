"""Permission-aware getters: each returns the object the user may act on, or raises."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from raremap.web.community.models import MODERATE, Experience


def own_experience(request, pk: int) -> Experience:
    """The requesting member's own post; 404 for anyone else's (no existence oracle)."""
    return get_object_or_404(Experience, pk=pk, author=request.user, author__isnull=False)


def visible_experience(request, pk: int) -> Experience:
    """A post the user may see: published, their own, or any for a moderator. Anyone else's
    pending or hidden post is a 404 like a missing one, so ids reveal nothing."""
    exp = get_object_or_404(Experience, pk=pk)
    if exp.status != Experience.Status.PUBLISHED and exp.author_id != request.user.pk \
            and not request.user.has_perm(MODERATE):
        raise Http404("No such post.")
    return exp


def require_moderator(request) -> None:
    if not request.user.has_perm(MODERATE):
        raise PermissionDenied
