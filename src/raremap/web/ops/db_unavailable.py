"""Turn "the database is not there" into 503 Service Unavailable with Retry-After, never 500.

While PostgreSQL restarts (or SQLite stays locked past its busy timeout) a view raises
``OperationalError``/``InterfaceError``. Visitors get a short friendly page (JSON error
object under /api/), clients are told when to retry, and Django's connection handling
drops the broken connection at the end of the request, so the next request after the
database is back succeeds without restarting anything. Nothing was written: a failed
transaction is rolled back, and the person can send the same form again.
"""

from __future__ import annotations

import json
import logging
import sys

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.views import defaults

log = logging.getLogger("raremap.ops")
UNAVAILABLE = (OperationalError, InterfaceError)


def is_unavailable(exc: BaseException) -> bool:
    """True for connection-level failures (server gone, refused, locked), not for bad SQL
    or constraint errors, which are bugs and stay 500s."""
    if isinstance(exc, UNAVAILABLE):
        return True
    cause = exc.__cause__ or exc.__context__
    return isinstance(exc, DatabaseError) and cause is not None and isinstance(cause, UNAVAILABLE)


def unavailable_response(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        body = json.dumps({"error": {
            "code": "service_unavailable",
            "message": "The database is briefly unavailable; nothing was changed. Please retry shortly.",
            "retry_after": settings.RAREMAP_RETRY_AFTER,
        }})
        response = HttpResponse(body, status=503, content_type="application/json")
    else:
        # Rendered without a request: context processors would reach for the database.
        html = render_to_string("ops/503.html", {"retry_after": settings.RAREMAP_RETRY_AFTER})
        response = HttpResponse(html, status=503)
    response["Retry-After"] = str(settings.RAREMAP_RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exc: Exception) -> HttpResponse | None:
        if not is_unavailable(exc):
            return None
        log.warning("database unavailable", extra={"event": "db_unavailable", "error": type(exc).__name__})
        for conn in connections.all(initialized_only=True):
            # A broken connection must not be reused by the next request of this worker.
            conn.close_if_unusable_or_obsolete()
        return unavailable_response(request)


def server_error(request: HttpRequest) -> HttpResponse:
    """The site's 500 handler. A database outage met outside a view (a middleware reading
    the shared database cache or the session, say) reaches Django's uncaught-exception
    handling instead of :meth:`DatabaseUnavailableMiddleware.process_exception`: it is
    still a 503 with Retry-After, never a 500."""
    exc = sys.exc_info()[1]
    if exc is not None and is_unavailable(exc):
        log.warning("database unavailable", extra={"event": "db_unavailable", "error": type(exc).__name__})
        for conn in connections.all(initialized_only=True):
            conn.close_if_unusable_or_obsolete()
        return unavailable_response(request)
    return defaults.server_error(request)
