"""Cache-based rate limits for sign-up, posting, reporting and asking.

A sliding window per (action, key) in the shared cache (``raremap.web.sliding_window``): no
stretch of the window's length lets more than the limit through, across a boundary too.
Keys are hashed with the site's secret key, so the cache never holds an address or an e-mail
in clear, nor a plain hash that trying every IPv4 address or a list of e-mails would reverse.
"""

from __future__ import annotations

from django.utils.crypto import salted_hmac

from raremap.web import sliding_window
from raremap.web.client_address import client_address

#: action -> (hits allowed, window in seconds)
LIMITS = {
    "signup": (5, 3600),
    "signup-address": (5, 3600),  # sign-up mail to one address, whoever asks
    "post": (10, 3600),
    "report": (20, 3600),
    "ask": (5, 3600),
    # Failed log-ins from one client across every account (django-axes limits each account
    # per client): one address trying many accounts is paused for the rest of the window.
    "login-client": (10, 900),
    # Password-reset mail: per client, and per address (whoever asks) so that no mailbox can
    # be flooded.
    "reset-client": (10, 3600),
    "reset-address": (5, 3600),
    # The same mail asked for from a browser that proved control of the account
    # (``known_device``): the owner's own allowance, which strangers cannot use up.
    "reset-address-owner": (5, 3600),
    "signup-address-owner": (5, 3600),
}


def client_key(request) -> str:
    if request.user.is_authenticated:
        return f"user:{request.user.pk}"
    return f"ip:{client_address(request)}"


def _name(action: str, key: str) -> str:
    digest = salted_hmac("raremap.throttle", f"{action}:{key}", algorithm="sha256").hexdigest()[:32]
    return f"raremap:throttle:{action}:{digest}"


def used_up(action: str, key: str) -> bool:
    """True once the action's limit for ``key`` is used up (counts nothing)."""
    limit, window = LIMITS[action]
    return sliding_window.used_up(_name(action, key), limit, window)


def login_username(request, credentials: dict) -> str | None:
    """The name django-axes counts failures under: the e-mail as log-in matches it (trimmed,
    case-folded), so "M01@Example.org" and "m01@example.org" share one counter."""
    username = (credentials or {}).get("username")
    return username.strip().casefold() if isinstance(username, str) else username


def count_failed_login(sender, credentials=None, request=None, **kwargs) -> None:
    """``user_login_failed`` receiver: a failed log-in on any page counts against the client's
    ``login-client`` limit (``backends.ClientLimitBackend`` then refuses it)."""
    if request is not None:
        allow("login-client", client_key(request))


def allow(action: str, key: str) -> bool:
    """Count one attempt; False (counting nothing) once the action's limit for ``key`` is used up."""
    limit, window = LIMITS[action]
    return sliding_window.hit(_name(action, key), limit, window)
