"""API tests call the real site through Django's test client with the session knowledge
base; the anonymous rate limit is raised except in the test that exercises it."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection


@pytest.fixture(autouse=True)
def _api_settings(settings, kb, db):
    settings.RAREMAP_API_ANON_RATE = "100000/min"
    cache.clear()
    yield
    # A simulated outage leaves the test's transaction with a closed connection (the 503
    # handler drops broken connections); the rollback undoes the cache rows then anyway.
    if not connection.closed_in_transaction:
        cache.clear()


@pytest.fixture
def api(client):
    return client


def error_of(response) -> dict:
    """The error object every failure carries, checked for its shape."""
    body = response.json()
    assert set(body) == {"error"}, body
    assert isinstance(body["error"]["code"], str) and body["error"]["code"]
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body["error"]
