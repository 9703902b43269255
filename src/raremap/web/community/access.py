"""Permission-aware getters: each returns the object the user may act on, or raises."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from raremap.web.community.models import Experience

MODERATE = "community.moderate_experience"


def own_experience(request, pk: int) -> Experience:
    """The requesting member's own post; 404 for anyone else's (no existence oracle)."""
    return get_object_or_404(Experience, pk=pk, author=request.user, author__isnull=False)


def visible_experience(request, pk: int) -> Experience:
    exp = get_object_or_404(Experience, pk=pk)
    if exp.status != Experience.Status.PUBLISHED and exp.author_id != request.user.pk \
            and not request.user.has_perm(MODERATE):
        raise PermissionDenied
    return exp


def require_moderator(request) -> None:
    if not request.user.has_perm(MODERATE):
        raise PermissionDenied
