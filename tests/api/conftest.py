"""API tests call the real site through Django's test client with the session knowledge
base; the anonymous rate limit is raised except in the test that exercises it."""

from __future__ import annotations

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _api_settings(settings, kb, db):
    settings.RAREMAP_API_ANON_RATE = "100000/min"
    cache.clear()
    yield
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
