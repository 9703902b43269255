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


def test_the_500_page_promises_nothing_it_cannot_keep(rf):
    """A failed POST may have saved nothing (or part of a change): the page says the request
    did not complete and that a form may need sending again, not that nothing was lost."""
    request = rf.post("/community/ORPHA:2905/questions/contagious/")
    try:
        raise ValueError("a bug")
    except ValueError:
        response = server_error(request)
    text = " ".join(response.content.decode().split())
    assert response.status_code == 500
    assert "has been lost" not in text and "could not complete this request" in text
    assert "send it again" in text
