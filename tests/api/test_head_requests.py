"""HEAD to the API: answered like GET without a body (pages answer it too), counted by the
anonymous rate limit like a GET; other methods are refused as before."""

from __future__ import annotations

import pytest

from tests.api.conftest import error_of
from tests.factories import POEMS

GETS = ["/api/v1/search?q=poems", f"/api/v1/diseases/{POEMS}", "/api/v1/terms/HP:0001250",
        "/api/v1/health", "/api/v1/openapi.json"]


@pytest.mark.parametrize("address", GETS)
def test_head_answers_like_get_without_a_body(api, address):
    get, head = api.get(address), api.head(address)
    assert get.status_code == 200 and head.status_code == 200
    assert head.content == b""
    assert head["Content-Type"] == get["Content-Type"]
    assert int(head["Content-Length"]) == len(get.content)


def test_head_to_a_missing_disease_is_a_404_like_get(api):
    assert api.head("/api/v1/diseases/ORPHA:999999999").status_code == api.get(
        "/api/v1/diseases/ORPHA:999999999").status_code == 404


def test_head_counts_against_the_anonymous_rate_limit(api, settings):
    settings.RAREMAP_API_ANON_RATE = "3/min"
    codes = [api.head("/api/v1/search", {"q": "poems"}).status_code for _ in range(3)]
    assert codes == [200, 200, 200]
    # The budget is spent by HEAD alone: GET and HEAD from that address are refused now.
    assert api.get("/api/v1/search", {"q": "poems"}).status_code == 429
    limited = api.head("/api/v1/search", {"q": "poems"})
    assert limited.status_code == 429 and limited["Retry-After"].isdigit() and limited.content == b""


def test_head_to_a_post_endpoint_and_other_methods_stay_refused(api):
    head = api.head("/api/v1/ranking")
    assert head.status_code == 405 and head["Allow"] == "POST" and head.content == b""
    for method in (api.options, api.put, api.delete, api.patch):
        response = method("/api/v1/search?q=poems")
        assert response.status_code == 405, method
        assert response["Allow"] == "GET, HEAD"
        assert error_of(response)["code"] == "method_not_allowed"
    assert api.post("/api/v1/search?q=poems").status_code == 405
