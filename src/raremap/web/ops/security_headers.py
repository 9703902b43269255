"""Content-Security-Policy and Permissions-Policy on every response.

Django's SecurityMiddleware already sends HSTS (under HTTPS), nosniff, the referrer policy
and COOP; XFrameOptionsMiddleware sends X-Frame-Options. This adds the CSP, whose
``frame-ancestors 'none'`` is the modern form of X-Frame-Options. Scripts and styles come
from our own origin only; ``style-src 'unsafe-inline'`` is kept because templates size
bars with ``style="width: …%"`` attributes (no script can run from a style attribute).
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse

DEFAULT_CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.csp = getattr(settings, "RAREMAP_CSP", DEFAULT_CSP)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.setdefault("Content-Security-Policy", self.csp)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
