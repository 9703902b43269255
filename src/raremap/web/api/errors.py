"""One error shape for every failure: ``{"error": {"code", "message", ...}}``.

``code`` is a stable machine-readable word (``not_found``, ``invalid_input``,
``rate_limited``...); ``message`` is one sentence for people; extra keys (``details``,
``suggestions``, ``retry_after``) appear where they help.
"""

from __future__ import annotations

import math

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError

from raremap.answers import UnknownQuestionError
from raremap.engine.criteria import CriteriaError, FindingError
from raremap.engine.query import QueryError
from raremap.engine.tagger import TextTooLongError
from raremap.knowledge.errors import UnknownIdError
from raremap.web import knowledge
from raremap.web.knowledge import UnknownDisease


class ErrorBody(Schema):
    code: str
    message: str


class ErrorOut(Schema):
    error: ErrorBody


class ApiError(Exception):
    """Raised by endpoints for a clear client error."""

    def __init__(self, status: int, code: str, message: str, **extra) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.extra = status, code, message, extra


def error_response(status: int, code: str, message: str, **extra) -> JsonResponse:
    return JsonResponse({"error": {"code": code, "message": message, **extra}}, status=status)


def _validation(request, exc: ValidationError) -> HttpResponse:
    details = []
    for e in exc.errors:
        loc = [str(p) for p in e.get("loc", ()) if p not in ("body", "payload")]
        details.append({"field": ".".join(loc[1:] if loc and loc[0] in ("query", "path") else loc),
                        "problem": str(e.get("msg", "invalid")).removeprefix("Value error, ")})
    first = details[0] if details else {"field": "", "problem": "invalid"}
    where = f" in '{first['field']}'" if first["field"] else ""
    return error_response(422, "invalid_input", f"The request is not valid{where}: {first['problem']}.", details=details)


def _throttled(request, exc: Throttled) -> HttpResponse:
    wait = max(1, math.ceil(exc.wait or 1))
    response = error_response(429, "rate_limited", f"Too many requests; retry in {wait} seconds.", retry_after=wait)
    response["Retry-After"] = str(wait)
    return response


def _unknown_id(request, exc: UnknownIdError) -> HttpResponse:
    return error_response(404, "not_found", str(exc),
                          suggestions=[{"id": i, "label": label} for i, label in exc.suggestions[:5]])


def _unknown_disease(request, exc: UnknownDisease) -> HttpResponse:
    """The pages' "disease id or 404", answered with the close ids the knowledge base suggests."""
    try:
        knowledge.get_kb().disease(exc.given)
    except UnknownIdError as unknown:
        return _unknown_id(request, unknown)
    return error_response(404, "not_found", str(exc))


def install(api: NinjaAPI) -> None:
    api.add_exception_handler(ValidationError, _validation)
    api.add_exception_handler(Throttled, _throttled)
    api.add_exception_handler(
        ApiError, lambda request, exc: error_response(exc.status, exc.code, exc.message, **exc.extra))
    api.add_exception_handler(UnknownIdError, _unknown_id)
    api.add_exception_handler(UnknownDisease, _unknown_disease)
    api.add_exception_handler(UnknownQuestionError, lambda request, exc: error_response(404, "not_found", str(exc)))
    api.add_exception_handler(Http404, lambda request, exc: error_response(404, "not_found", "Nothing was found at this address."))
    for cls in (QueryError, FindingError, CriteriaError):
        api.add_exception_handler(cls, lambda request, exc: error_response(422, "invalid_input", str(exc)))
    api.add_exception_handler(TextTooLongError, lambda request, exc: error_response(413, "too_long", str(exc)))
    api.add_exception_handler(AuthenticationError, lambda request, exc: error_response(401, "unauthorized", "Log in first."))
    api.add_exception_handler(
        HttpError, lambda request, exc: error_response(exc.status_code, _code(exc.status_code), str(exc) or "Request failed."))


def _code(status: int) -> str:
    return {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
            413: "too_long", 415: "unsupported_media_type", 429: "rate_limited"}.get(status, "error")


@csrf_exempt  # it changes nothing; without this a POST there got the HTML "CSRF verification failed" page
def not_found(request: HttpRequest, rest: str = "") -> JsonResponse:
    """Any /api/ address that is not an endpoint, whatever the method."""
    return error_response(404, "not_found", "There is no API endpoint at this address; see /api/v1/docs.")
