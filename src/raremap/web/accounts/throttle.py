"""Cache-based rate limits for sign-up, posting, reporting and asking.

A fixed window per (action, key): the first hit stores a counter that expires after the
window. Keys are hashed so the cache never holds an address or an e-mail in clear.
"""

from __future__ import annotations

import hashlib

from django.core.cache import cache

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
}


def client_key(request) -> str:
    if request.user.is_authenticated:
        return f"user:{request.user.pk}"
    return f"ip:{client_address(request)}"


def _name(action: str, key: str) -> str:
    digest = hashlib.sha256(f"{action}:{key}".encode()).hexdigest()[:32]
    return f"raremap:throttle:{action}:{digest}"


def used_up(action: str, key: str) -> bool:
    """True once the action's limit for ``key`` is used up (counts nothing)."""
    return (cache.get(_name(action, key)) or 0) >= LIMITS[action][0]


def login_username(request, credentials: dict) -> str | None:
    """The name django-axes counts failures under: the e-mail as log-in matches it (trimmed,
    case-folded), so "M01@Example.org" and "m01@example.org" share one counter."""
    username = (credentials or {}).get("username")
    return username.strip().casefold() if isinstance(username, str) else username


def allow(action: str, key: str) -> bool:
    """Count one attempt; False once the action's limit for ``key`` is used up."""
    limit, window = LIMITS[action]
    name = _name(action, key)
    cache.add(name, 0, timeout=window)
    try:
        count = cache.incr(name)
    except ValueError:  # expired between add and incr
        cache.set(name, 1, timeout=window)
        count = 1
    return count <= limit
