"""Cache-based rate limits for sign-up, posting, reporting and asking.

A fixed window per (action, key): the first hit stores a counter that expires after the
window. Keys are hashed so the cache never holds an address or an e-mail in clear.
"""

from __future__ import annotations

import hashlib

from django.core.cache import cache

#: action -> (hits allowed, window in seconds)
LIMITS = {
    "signup": (5, 3600),
    "post": (10, 3600),
    "report": (20, 3600),
    "ask": (5, 3600),
}


def client_key(request) -> str:
    if request.user.is_authenticated:
        return f"user:{request.user.pk}"
    return f"ip:{request.META.get('REMOTE_ADDR', '')}"


def allow(action: str, key: str) -> bool:
    """Count one attempt; False once the action's limit for ``key`` is used up."""
    limit, window = LIMITS[action]
    digest = hashlib.sha256(f"{action}:{key}".encode()).hexdigest()[:32]
    name = f"raremap:throttle:{action}:{digest}"
    cache.add(name, 0, timeout=window)
    try:
        count = cache.incr(name)
    except ValueError:  # expired between add and incr
        cache.set(name, 1, timeout=window)
        count = 1
    return count <= limit
