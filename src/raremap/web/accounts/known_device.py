"""Browsers that have proved control of an account: the owner's own allowance of mail.

The per-address mail limits (sign-up and reset mail, 5 an hour whoever asks) stop anyone
from flooding a mailbox, but a stranger who uses them up would hold back the owner's own
mail for an hour. A browser in which someone logged in to the account (password) or
confirmed it (the link from the mailbox) gets a long-lived cookie; a request for that
account's address from such a browser counts against a separate allowance that strangers
cannot touch.

The cookie holds no personal data: a signed, dated list of up to ``KEEP`` marks, each a
keyed hash (``SECRET_KEY``) of an account's id, address and password hash. Nobody can make
one without the secret, a mark says nothing about whose it is, and it stops matching when the
address or the password changes or the account is deleted. It is sent only to ``/accounts/`` and expires after
``RAREMAP_KNOWN_DEVICE_DAYS`` (365) days. Logging out keeps it: it is a proof of the past,
not a session.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.utils.crypto import salted_hmac

COOKIE = "raremap_device"
SALT = "raremap.known-device"
KEEP = 5  # accounts remembered by one browser (a shared family computer)


def _days() -> int:
    return int(getattr(settings, "RAREMAP_KNOWN_DEVICE_DAYS", 365))


def _mark(user) -> str:
    # The password hash too: once the password changes (the owner recovering an account
    # someone logged in to), a browser that logged in before is a stranger again.
    address = (user.email or "").strip().casefold()
    return salted_hmac(SALT, f"{user.pk}\0{address}\0{user.password}").hexdigest()[:32]


def _marks(request: HttpRequest) -> list[str]:
    value = request.COOKIES.get(COOKIE)
    if not value or _days() <= 0:
        return []
    try:
        return signing.TimestampSigner(salt=SALT).unsign(value, max_age=_days() * 86400).split(",")
    except signing.BadSignature:
        return []


def remember(request: HttpRequest, response: HttpResponse, user) -> HttpResponse:
    """Mark this browser as one that proved control of ``user`` (after a log-in or a
    confirmation)."""
    if _days() <= 0:
        return response
    mark = _mark(user)
    marks = [mark] + [m for m in _marks(request) if m != mark][:KEEP - 1]
    response.set_cookie(COOKIE, signing.TimestampSigner(salt=SALT).sign(",".join(marks)),
                        max_age=_days() * 86400, path="/accounts/", secure=settings.SESSION_COOKIE_SECURE,
                        httponly=True, samesite="Lax")
    return response


def forget(response: HttpResponse) -> HttpResponse:
    """Remove the cookie (the account was deleted: its mark would match nothing anyway)."""
    response.delete_cookie(COOKIE, path="/accounts/", samesite="Lax")
    return response


def proves(request: HttpRequest, address: str) -> bool:
    """True when this browser proved control of the active account with ``address``."""
    marks = set(_marks(request))
    if not marks:
        return False
    accounts = get_user_model().objects.filter(email__iexact=address.strip(), is_active=True)
    return any(_mark(user) in marks for user in accounts)
