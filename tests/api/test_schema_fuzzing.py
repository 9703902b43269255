"""Schemathesis against our own OpenAPI schema: bounded, deterministic examples for every
operation (NUL bytes, odd Unicode, huge numbers, wrong types); no response may be a 5xx.

Runs on whichever database the suite runs on (CI runs it on SQLite and on PostgreSQL).
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error


@pytest.fixture
def api_schema(kb, db):
    # Loaded lazily (after the session knowledge base exists); the schema is OpenAPI 3.1,
    # read here with schemathesis' 3.0 rules, which cover every construct ninja emits.
    from django.core import signals
    from django.core.wsgi import get_wsgi_application
    from django.db import close_old_connections

    # As Django's test client does: the real WSGI handler would close the test's
    # connection (inside its transaction) at the end of every request.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield schemathesis.from_wsgi("/api/v1/openapi.json", get_wsgi_application(),
                                 base_url="http://localhost", force_schema_version="30")
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


schema = schemathesis.from_pytest_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=25, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture])
def test_no_operation_answers_with_a_server_error(case):
    response = case.call_wsgi(headers={"Host": "localhost"})
    case.validate_response(response, checks=(not_a_server_error,))
    if response.status_code >= 400:
        body = response.json
        assert set(body) == {"error"} and body["error"]["code"] and body["error"]["message"], body
