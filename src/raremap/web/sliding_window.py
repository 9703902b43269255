"""A sliding-window rate limit kept in the shared cache (two-bucket weighted counter).

Time is cut into windows of ``period`` seconds, each with a counter in the cache. At a
moment ``f`` (0…1) of the way through the current window, the requests "in the last
``period`` seconds" are estimated as ``previous × (1 − f) + current``. A fixed window forgets
everything at its boundary, so a client could make ``limit − 1`` requests just before it and
``limit`` just after; here the previous window's requests fade out over the whole next
window, so no stretch of ``period`` seconds lets much more than ``limit`` through.

Only the current counter is written, with the cache's own atomic increment (Redis
``INCR``; a locked row for the database cache, ``raremap.web.ops.db_cache``), so servers and
workers sharing the cache share one budget. A refused request is taken back (a decrement):
a client that keeps asking over the limit is not locked out for ever, it gets the limit.
"""

from __future__ import annotations

import time

from django.core.cache import cache


def clock() -> float:
    """Seconds since the epoch (read through ``time.time`` at each call, so a test can move it)."""
    return time.time()


def _read(key: str) -> int:
    return int(cache.get(key) or 0)


def _add(key: str, delta: int, timeout: int) -> int:
    cache.add(key, 0, timeout=timeout)
    try:
        return int(cache.incr(key, delta))
    except ValueError:  # expired between add and incr
        cache.set(key, max(delta, 0), timeout=timeout)
        return max(delta, 0)


def _keys(name: str, period: int, now: float) -> tuple[str, str, float]:
    window = int(now // period)
    return f"{name}:{period}:{window}", f"{name}:{period}:{window - 1}", now / period - window


def estimate(name: str, period: int) -> float:
    """Requests counted under ``name`` in the last ``period`` seconds (weighted)."""
    current, previous, f = _keys(name, period, clock())
    return _read(previous) * (1 - f) + _read(current)


def used_up(name: str, limit: int, period: int) -> bool:
    """True when one more request would exceed the limit (counts nothing)."""
    return estimate(name, period) + 1 > limit


def hit(name: str, limit: int, period: int) -> bool:
    """Count one request; False (and nothing counted) when it would exceed the limit."""
    now = clock()
    current, previous, f = _keys(name, period, now)
    # Each counter is read as "previous" during the next window: it lives two windows.
    count = _add(current, 1, 2 * period + 1)
    if _read(previous) * (1 - f) + count <= limit:
        return True
    _add(current, -1, 2 * period + 1)
    return False


def retry_after(name: str, limit: int, period: int) -> float:
    """Seconds until one more request would be allowed (0 when it is now), at most one
    period: the estimate spreads a window's requests evenly over it, so a burst early in a
    window may weigh a little longer; a client asking again then is told a shorter wait."""
    now = clock()
    current, previous, f = _keys(name, period, now)
    prev, cur = _read(previous), _read(current)
    if prev * (1 - f) + cur + 1 <= limit:
        return 0.0
    room = limit - 1 - cur
    if room >= 0 and prev > 0:  # the previous window fades enough before this one ends
        return min(period, max(0.0, (1 - room / prev - f) * period))
    # Only in the next window, as the current one fades: cur × (1 − g) ≤ limit − 1.
    g = 1 - (limit - 1) / cur if cur else 0.0
    return min(period, (1 - f + max(0.0, g)) * period)
