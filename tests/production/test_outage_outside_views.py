"""A database outage met outside a view (a middleware reading the shared database cache or
the session) reaches Django's 500 handler: the site's handler still answers 503 with
Retry-After; any other error stays a 500."""

from __future__ import annotations

from django.db import OperationalError

from raremap.web.ops.db_unavailable import server_error


def _handled(rf, exc: Exception, path: str):
    try:
        raise exc
    except Exception:
        return server_error(rf.get(path))


def test_an_outage_outside_a_view_is_a_503(rf, db):  # db: the handler closes broken connections
    page = _handled(rf, OperationalError("server closed the connection unexpectedly"), "/community/ORPHA:2905/")
    assert page.status_code == 503 and page["Retry-After"].isdigit()
    api = _handled(rf, OperationalError("connection refused"), "/api/v1/diseases")
    assert api.status_code == 503 and b"service_unavailable" in api.content


def test_any_other_error_stays_a_500(rf):
    assert _handled(rf, ValueError("a bug"), "/").status_code == 500
