import functools

from django.urls import path, re_path

from raremap.web.api.api import api
from raremap.web.api.errors import error_response, not_found


def _json_405(view):
    """ninja answers a wrong method with a plain-text 405; give it the error object too."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code == 405 and not response.get("Content-Type", "").startswith("application/json"):
            allowed = response.get("Allow", "")
            json_response = error_response(405, "method_not_allowed", f"This endpoint accepts {allowed}.")
            json_response["Allow"] = allowed
            return json_response
        return response

    return wrapped


_patterns, _app, _namespace = api.urls
for pattern in _patterns:
    pattern.callback = _json_405(pattern.callback)

urlpatterns = [
    # ninja's own root ("api-root", kept for reversing) raises Http404, which the site would
    # answer with its HTML page: the API's root answers like any other non-endpoint.
    path("v1/", not_found),
    path("v1/", (_patterns, _app, _namespace)),
    re_path(r"^(?P<rest>.*)$", not_found),
]
