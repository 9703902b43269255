"""Django logs a request it refuses with what the client sent: a bad Host header at ERROR as
``Invalid HTTP_HOST header: 'victim.jones.example'. You may need to add ...`` (and again in
the traceback), a CSRF failure with the Origin and the path. Performed here against the
site's own log handler: nothing of it reaches the log, the refusal does."""

from __future__ import annotations

import io
import json
import logging

import pytest
from django.test import Client
from django.urls import path

from raremap.web.ops.logs import RefusedRequestFilter

HOST = "sarah.jones.leeds.example"
ORIGIN = "https://mary-smith-clinic.example"


@pytest.fixture
def site_log():
    """What the site's console handler writes, filters and formatter as configured."""
    handler = next(h for h in logging.getLogger().handlers
                   if any(isinstance(f, RefusedRequestFilter) for f in h.filters))
    stream = io.StringIO()
    old = handler.setStream(stream)
    try:
        yield stream
    finally:
        handler.setStream(old)


def test_a_hostile_host_header_leaves_no_trace_in_the_log(client, db, site_log):
    response = client.get("/about/", HTTP_HOST=HOST)
    assert response.status_code == 400
    written = site_log.getvalue()
    lines = [json.loads(line) for line in written.splitlines()]
    assert [(r["level"], r["logger"]) for r in lines] == [("error", "django.security.DisallowedHost")]
    assert lines[0]["message"] == "Refused a request whose Host header is not in ALLOWED_HOSTS (400)"
    for secret in (HOST, "sarah", "jones", "leeds", "Traceback"):
        assert secret not in written, written


def test_a_csrf_failure_keeps_its_reason_but_not_the_origin_or_path(db, site_log):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/accounts/password/reset/MQ/set-password/", {"new_password1": "x"},
                           HTTP_ORIGIN=ORIGIN, secure=True)
    assert response.status_code == 403
    written = site_log.getvalue()
    assert "Forbidden (" in written
    for secret in ("mary-smith", "clinic", "/accounts/password/reset/", "set-password"):
        assert secret not in written, written



def _broken(request, pk, token):
    raise RuntimeError("the database went away")


# A route of the same shape as the consent-withdrawal link, whose view fails.
urlpatterns = [path("inquiries/<int:pk>/withdraw/<str:token>/", _broken)]


@pytest.mark.urls(__name__)
def test_a_server_error_on_a_path_with_a_token_logs_the_route_not_the_path(db, site_log):
    response = Client(raise_request_exception=False).get("/inquiries/77/withdraw/secret-token-MzQ1Njc4OQ/")
    assert response.status_code == 500
    written = site_log.getvalue()
    errors = [r for r in map(json.loads, written.splitlines()) if r["logger"] == "django.request"]
    assert errors and errors[0]["message"] == "Internal Server Error: route inquiries/<int:pk>/withdraw/<str:token>/", written
    for secret in ("secret-token", "MzQ1Njc4OQ", "/inquiries/77/"):
        assert secret not in written, written
    assert "the database went away" in written  # what went wrong stays
