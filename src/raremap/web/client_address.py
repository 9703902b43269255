"""The client address that rate limits and login throttling count under.

``REMOTE_ADDR``, or, with ``RAREMAP_NUM_PROXIES`` trusted proxies in front, the address the
outermost trusted proxy saw (``X-Forwarded-For`` read from the right: a client can write
anything to the left of it). IPv6 clients count per /64 network, since one subscriber
usually holds a whole /64 and could otherwise take a fresh address for every request; an
IPv4-mapped IPv6 address counts as its IPv4 address. The result is always an IP address
(the /64's first address), so django-axes can store it.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings


def client_address(request) -> str:
    meta = request.META
    raw = meta.get("REMOTE_ADDR", "") or ""
    proxies = int(getattr(settings, "NINJA_NUM_PROXIES", 0) or 0)
    forwarded = meta.get("HTTP_X_FORWARDED_FOR")
    if proxies > 0 and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",")]
        raw = hops[-min(proxies, len(hops))]
    return counted_as(raw)


def counted_as(raw: str) -> str:
    """``raw`` as rate limits count it: '::ffff:192.0.2.1' -> '192.0.2.1',
    '[2001:db8:1:2::7]' -> '2001:db8:1:2::'; text that is no address is kept (trimmed)."""
    text = raw.strip()
    if text.startswith("[") and "]" in text:  # "[2001:db8::1]:443"
        text = text[1:text.index("]")]
    elif text.count(":") == 1:  # "192.0.2.1:5678"
        text = text.split(":")[0]
    try:
        ip = ipaddress.ip_address(text.split("%")[0])
    except ValueError:
        return text[:64]
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network(f"{ip}/64", strict=False).network_address)
    return str(ip)
