"""Anonymous rate limit for the API: a fixed window per client address, counted in the
shared cache (so N app servers with Redis share one budget). Over the limit the API
answers 429 with Retry-After = seconds left in the window. The address is hashed before it
becomes a cache key (no addresses stored in clear)."""

from __future__ import annotations

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from ninja.throttling import BaseThrottle, SimpleRateThrottle

from raremap.web.client_address import client_address

PERIODS = SimpleRateThrottle._PERIODS


def parse_rate(rate: str) -> tuple[int, int]:
    """'120/min' -> (120, 60)."""
    count, _, unit = rate.partition("/")
    return int(count), PERIODS[unit.strip() or "min"]


class AnonymousRate(BaseThrottle):
    def allow_request(self, request) -> bool:
        if getattr(request, "user", None) is not None and request.user.is_authenticated:
            return True
        limit, period = parse_rate(getattr(settings, "RAREMAP_API_ANON_RATE", "120/min"))
        if limit <= 0:
            return True
        now = time.time()
        window = int(now // period)
        ident = hashlib.sha256((self.get_ident(request) or "?").encode()).hexdigest()[:24]
        key = f"raremap:api-rate:{ident}:{period}:{window}"
        cache.add(key, 0, timeout=period + 1)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=period + 1)
            count = 1
        self._wait = (window + 1) * period - now
        return count <= limit

    def get_ident(self, request) -> str:
        # The same address as every other limit: trusted proxies, IPv6 per /64.
        return client_address(request)

    def wait(self) -> float:
        return getattr(self, "_wait", 1.0)
