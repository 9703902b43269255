"""Anonymous rate limit for the API: a sliding window per client address
(``raremap.web.sliding_window``), counted in the shared cache (so N app servers with Redis
share one budget). Over the limit the API answers 429 with Retry-After = seconds until a
request is allowed again. The address is hashed with the site's secret key before it becomes
a cache key (no address stored in clear, nor a plain hash that trying every IPv4 address
would reverse)."""

from __future__ import annotations

import math

from django.conf import settings
from django.utils.crypto import salted_hmac
from ninja.throttling import BaseThrottle, SimpleRateThrottle

from raremap.web import sliding_window
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
        ident = salted_hmac("raremap.api-rate", self.get_ident(request) or "?", algorithm="sha256").hexdigest()[:24]
        name = f"raremap:api-rate:{ident}"
        if sliding_window.hit(name, limit, period):
            return True
        self._wait = max(1.0, math.ceil(sliding_window.retry_after(name, limit, period)))
        return False

    def get_ident(self, request) -> str:
        # The same address as every other limit: trusted proxies, IPv6 per /64.
        return client_address(request)

    def wait(self) -> float:
        return getattr(self, "_wait", 1.0)
