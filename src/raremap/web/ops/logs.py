"""Structured JSON logs that carry no personal data.

Each record is one JSON object per line: time, level, logger, message and the ``extra``
fields given to the call. Before writing, :func:`scrub` replaces anything that looks like
an e-mail address or an IP address, and drops query strings from URLs, as a last line of
defence: the request log itself records only the route pattern (``disease/<str:disease_id>/``),
never the path people typed, their query (symptoms are health data), their address or
their account.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
import time

from django.http import HttpRequest, HttpResponse

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IPV4 = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
IPV6_CANDIDATE = re.compile(r"(?<![\w:])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?![\w:])")
QUERY = re.compile(r"(/[^\s?\"']*)\?[^\s\"']*")
STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


def scrub(text: str) -> str:
    text = EMAIL.sub("[email]", text)
    text = QUERY.sub(r"\1?[query]", text)
    text = IPV4.sub("[ip]", text)
    return IPV6_CANDIDATE.sub(_ipv6, text)


def _ipv6(match: re.Match) -> str:
    try:
        ipaddress.IPv6Address(match.group(0))
    except ValueError:
        return match.group(0)
    return "[ip]"


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": scrub(record.getMessage()),
        }
        for key, value in vars(record).items():
            if key in STANDARD or key.startswith("_") or key == "request":
                continue
            out[key] = value if isinstance(value, int | float | bool) or value is None else scrub(str(value))
        if record.exc_info:
            out["exception"] = scrub(self.formatException(record.exc_info))
        return json.dumps(out, ensure_ascii=False)


SECURITY = "django.security."
REFUSED = {
    "DisallowedHost": "Refused a request whose Host header is not in ALLOWED_HOSTS",
    "DisallowedRedirect": "Refused to redirect to an unsafe URL",
    "RequestDataTooBig": "Refused a request body over DATA_UPLOAD_MAX_MEMORY_SIZE",
    "TooManyFieldsSent": "Refused a request with too many fields",
    "TooManyFilesSent": "Refused a request with too many files",
}


class RefusedRequestFilter(logging.Filter):
    """Django's ``django.security.*`` records say what a refused request sent: the Host
    header as typed (``Invalid HTTP_HOST header: '…'``, with the traceback repeating it), the
    Origin or Referer of a CSRF failure, the path (a reset or withdrawal link holds a token).
    Any of it may be personal, and any of it is the attacker's to choose. The record keeps
    what was refused and the status, nothing the client sent. Records of ``django.request``
    (a 4xx or 5xx answer) keep the route pattern in place of the path. Drops nothing."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == "django.request":
            _path_to_route(record)
            return True
        if not record.name.startswith(SECURITY):
            return True
        kind = record.name[len(SECURITY):]
        if kind == "csrf":  # "Forbidden (%s): %s" (reason, path); a reason may quote the Origin
            reason = str(record.args[0]) if isinstance(record.args, tuple) and record.args else ""
            message = f"Forbidden ({reason.split(' - ')[0].strip()}): CSRF check failed"
        else:
            message = REFUSED.get(kind, f"Refused a suspicious request ({kind})")
        status = getattr(record, "status_code", None)
        record.msg = f"{message} ({status})" if isinstance(status, int) else message
        record.args, record.exc_info, record.exc_text, record.stack_info = (), None, None, None
        return True


def _path_to_route(record: logging.LogRecord) -> None:
    """Django's request logger ends each record with the path as requested ("Internal Server
    Error: /inquiries/withdraw/<signed token>/"); a path may hold a reset or withdrawal token or
    an id someone typed. It is replaced by the route pattern that matched (or "(unmatched)")."""
    request = getattr(record, "request", None)
    args = record.args
    if request is None or not isinstance(args, tuple) or not args or not isinstance(args[-1], str):
        return
    path = str(getattr(request, "path", ""))
    if args[-1] not in {path, path.encode("unicode_escape").decode("ascii")}:
        return
    match = getattr(request, "resolver_match", None)
    record.args = (*args[:-1], f"route {match.route}" if match and match.route else "(unmatched route)")


access_log = logging.getLogger("raremap.access")


class RequestLogMiddleware:
    """One line per request at INFO on ``raremap.access``: method, route pattern, status,
    duration. Off unless RAREMAP_ACCESS_LOG=1 raises that logger to INFO."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        if access_log.isEnabledFor(logging.INFO):
            match = getattr(request, "resolver_match", None)
            access_log.info("request", extra={
                "event": "request",
                "method": request.method if request.method in {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"} else "OTHER",
                "route": match.route if match else "(unmatched)",
                "view": match.view_name if match else None,
                "status": response.status_code,
                "ms": round((time.perf_counter() - started) * 1000, 1),
                "cache": response.get("X-Cache"),
            })
        return response
