"""Schema, docs, rate limit, health, and the 503 during a database outage."""

from __future__ import annotations

from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client

from tests.api.conftest import error_of

GROUPS = ["/search", "/communities/{disease_id}", "/communities/{disease_id}/experiences", "/diseases/{disease_id}", "/terms/{hpo_id}", "/diseases/{disease_id}/answers/{question}",
          "/ranking", "/text-to-terms", "/criteria/{set_id}/check", "/health"]


def test_the_openapi_schema_lists_every_endpoint_group(api):
    schema = api.get("/api/v1/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    for path in GROUPS:
        assert f"/api/v1{path}" in schema["paths"], path


def test_the_docs_page_loads_its_assets_from_our_origin(api):
    page = api.get("/api/v1/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in page and "cdn" not in page.lower()


def test_anonymous_clients_over_the_limit_get_429_with_retry_after(api, settings):
    settings.RAREMAP_API_ANON_RATE = "3/min"
    codes = [api.get("/api/v1/search", {"q": "poems"}).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    response = api.get("/api/v1/search", {"q": "poems"})
    err = error_of(response)
    assert err["code"] == "rate_limited"
    assert 1 <= int(response["Retry-After"]) <= 60 and err["retry_after"] == int(response["Retry-After"])
    # Another address has its own budget.
    assert api.get("/api/v1/search", {"q": "poems"}, REMOTE_ADDR="10.0.0.9").status_code == 200


@pytest.mark.django_db
def test_health_reports_release_and_database(api, kb):
    body = api.get("/api/v1/health").json()
    assert body == {"status": "ok", "hpo_release": kb.release, "database": body["database"],
                    "tagger": "words and meaning", "term_vectors": "current"}
    assert body["database"] in {"sqlite", "postgresql"}


@pytest.mark.django_db
def test_health_says_when_the_tagger_matches_words_only(api, kb, tmp_path, monkeypatch):
    from raremap.engine.tagger import semantic

    monkeypatch.setattr(semantic, "vectors_path", lambda kb: tmp_path / "none.vectors.npz")
    body = api.get("/api/v1/health").json()
    assert body["status"] == "ok" and body["tagger"] == "words only" and body["term_vectors"] == "missing"
    (tmp_path / "none.vectors.npz").write_bytes(b"garbage")
    assert api.get("/api/v1/health").json()["term_vectors"] == "damaged"  # checked again once the file changes
    assert str(tmp_path) not in api.get("/api/v1/health").content.decode()  # no server path in the probe


@pytest.mark.django_db
def test_a_database_outage_is_a_503_error_object_with_retry_after(api):
    with mock.patch("django.db.backends.base.base.BaseDatabaseWrapper.cursor",
                    side_effect=OperationalError("connection refused")):
        response = api.get("/api/v1/health")
    assert response.status_code == 503 and response["Retry-After"].isdigit()
    assert error_of(response)["code"] == "service_unavailable"


def test_a_wrong_method_is_a_405_error_object_naming_the_allowed_ones(api):
    response = api.get("/api/v1/ranking")
    assert response.status_code == 405 and "POST" in response["Allow"]
    assert error_of(response)["code"] == "method_not_allowed"


def test_the_docs_page_names_the_site_and_leads_back_to_it(api):
    page = api.get("/api/v1/docs").content.decode()
    assert "<title>API documentation · RareMap</title>" in page
    assert '<a class="api-docs-home" href="/">' in page and 'href="/api/v1/openapi.json"' in page
    assert '"url": "/api/v1/openapi.json"' in page  # Swagger UI reads the same schema


def test_the_api_root_lists_every_endpoint_from_the_schema(api):
    root = api.get("/api/v1/")
    assert root.status_code == 200 and root["Content-Type"].startswith("application/json")
    body = root.json()
    assert body["docs"] == "/api/v1/docs" and body["openapi"] == "/api/v1/openapi.json"
    schema = api.get("/api/v1/openapi.json").json()
    listed = {(e["method"], e["path"]) for e in body["endpoints"]}
    assert listed == {(m.upper(), p) for p, ops in schema["paths"].items() for m in ops}
    assert ("POST", "/api/v1/ranking") in listed and ("GET", "/api/v1/health") in listed
    for endpoint in body["endpoints"]:  # each one answers at the listed address (no 404)
        if endpoint["method"] == "GET" and "{" not in endpoint["path"]:
            assert api.get(endpoint["path"]).status_code != 404, endpoint
    head = api.head("/api/v1/")
    assert head.status_code == 200 and head.content == b""
    refused = api.post("/api/v1/")
    assert refused.status_code == 405 and error_of(refused)["code"] == "method_not_allowed"


@pytest.mark.parametrize("address", ["/api/v1", "/api/", "/api/v1/no-such-endpoint"])
def test_every_address_that_is_not_an_endpoint_is_a_json_404_pointing_at_the_docs(api, address):
    # These answered with the site's HTML "Page not found".
    response = api.get(address)
    assert response.status_code == 404 and response["Content-Type"].startswith("application/json")
    assert error_of(response)["code"] == "not_found" and "/api/v1/docs" in error_of(response)["message"]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_any_method_at_an_address_that_is_not_an_endpoint_is_the_same_json_404(method):
    # A POST there answered 403 with Django's HTML "CSRF verification failed" page, as a
    # client without a session or token (every API client) sends it.
    client = Client(enforce_csrf_checks=True)
    response = getattr(client, method)("/api/v1/tag", "[" * 1000, content_type="application/json")
    assert response.status_code == 404 and response["Content-Type"].startswith("application/json")
    assert error_of(response)["code"] == "not_found"

