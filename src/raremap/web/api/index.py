"""The API's root: what the API is and where each endpoint is, read from its own OpenAPI
schema (so the list never drifts from the endpoints)."""

from __future__ import annotations

from functools import lru_cache

from django.http import HttpRequest, JsonResponse

from raremap.web.api.errors import error_response

PREFIX = "/api/v1"


@lru_cache(maxsize=1)
def _endpoints() -> tuple[dict, ...]:
    from raremap.web.api.api import api

    schema = api.get_openapi_schema(path_prefix=PREFIX)
    return tuple({"method": method.upper(), "path": path, "summary": operation.get("summary", "")}
                 for path, operations in schema["paths"].items()
                 for method, operation in operations.items())


def index(request: HttpRequest) -> JsonResponse:
    if request.method not in ("GET", "HEAD"):
        response = error_response(405, "method_not_allowed", "This address accepts GET, HEAD.")
        response["Allow"] = "GET, HEAD"
        return response
    response = JsonResponse({
        "name": "RareMap API", "version": "1",
        "docs": f"{PREFIX}/docs", "openapi": f"{PREFIX}/openapi.json", "health": f"{PREFIX}/health",
        "endpoints": list(_endpoints()),
        "note": "Not medical advice: only a doctor can diagnose."})
    if request.method == "HEAD":
        response["Content-Length"] = str(len(response.content))
        response.content = b""
    return response
