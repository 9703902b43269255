"""What every state change on a model checks first. Models' transition methods
(``CuratedAnswer.publish``, ``Experience.hide``, ``Inquiry.publish``, ``ErrorReport.resolve``…)
call :func:`require` with the acting user and raise :class:`TransitionError` when the
current state or the input does not allow the change; views and the admin call those
methods and never set a status themselves. The audit entry is written by the method, in
the same transaction as the change."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError


class TransitionError(ValidationError):
    """A change that the current state, or what was given with it, does not allow."""


def require(user, perm: str, action: str) -> None:
    """Refuse ``action`` to anyone who is not an active user holding ``perm``."""
    if not (user is not None and user.is_active and user.has_perm(perm)):
        raise PermissionDenied(f"You are not allowed to {action}.")


def reason_required(reason: str, action: str) -> str:
    """The reason given, stripped; an empty one is refused and changes nothing."""
    reason = (reason or "").strip()
    if not reason:
        raise TransitionError(f"{action} needs a reason.")
    return reason


def message_of(exc: Exception) -> str:
    """One line for people from a refused transition."""
    return exc.messages[0] if isinstance(exc, ValidationError) else (str(exc) or "Not allowed.")
