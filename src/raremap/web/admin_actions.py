"""Admin actions that change state call the models' transition methods, one object at a
time, and report refusals (permission, state) per object instead of failing the batch."""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied

from raremap.web.transitions import TransitionError, message_of


def run_transition(modeladmin, request, queryset, method: str, done: str) -> None:
    ok = 0
    for obj in queryset:
        try:
            getattr(obj, method)(request.user)
            ok += 1
        except (PermissionDenied, TransitionError) as exc:
            modeladmin.message_user(request, f"{obj}: {message_of(exc)}", messages.ERROR)
    if ok:
        noun = modeladmin.model._meta.verbose_name_plural if ok > 1 else modeladmin.model._meta.verbose_name
        modeladmin.message_user(request, f"{ok} {noun} {done}.", messages.SUCCESS)


def transition_action(method: str, done: str, description: str):
    """An admin action named ``method`` that calls that transition on each selected object."""

    def action(modeladmin, request, queryset) -> None:
        run_transition(modeladmin, request, queryset, method, done)

    action.__name__ = method
    return admin.action(description=description)(action)
