import functools

from django.urls import path, re_path

from raremap.web.api.api import api
from raremap.web.api.errors import error_response, not_found
from raremap.web.api.index import index


def _site_methods(view):
    """HEAD answered like GET, and a wrong method as an error object.

    ninja routes a request only to the methods it was declared with, so a HEAD to a GET
    endpoint got 405 while every page answers it. HEAD runs the GET operation (its rate limit
    counts it as one request) and answers its status and headers without the body. ninja's
    plain-text 405 becomes the API's error object, its Allow naming HEAD beside GET."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        head = request.method == "HEAD"
        if head:
            request.method = "GET"
            try:
                response = view(request, *args, **kwargs)
            finally:
                request.method = "HEAD"
        else:
            response = view(request, *args, **kwargs)
        if response.status_code == 405 and not response.get("Content-Type", "").startswith("application/json"):
            allowed = [m.strip() for m in response.get("Allow", "").split(",") if m.strip()]
            if "GET" in allowed and "HEAD" not in allowed:
                allowed.append("HEAD")
            allowed_text = ", ".join(sorted(allowed))
            json_response = error_response(405, "method_not_allowed", f"This endpoint accepts {allowed_text}.")
            json_response["Allow"] = allowed_text
            response = json_response
        if head and not getattr(response, "streaming", False):
            response["Content-Length"] = str(len(response.content))
            response.content = b""
        return response

    return wrapped


_patterns, _app, _namespace = api.urls
for pattern in _patterns:
    pattern.callback = _site_methods(pattern.callback)

urlpatterns = [
    # ninja's own root ("api-root", kept for reversing) raises Http404, which the site would
    # answer with its HTML page: the API's root lists the endpoints instead.
    path("v1/", index),
    path("v1/", (_patterns, _app, _namespace)),
    re_path(r"^(?P<rest>.*)$", not_found),
]
