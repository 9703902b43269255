"""Views of the tagging app. The medical work is the core tagger's
(:mod:`raremap.engine.tagger`); these views validate input, call it and shape JSON/HTML.

Privacy: the text people type describes their health, so it is never logged, and
responses carrying it are marked ``no-store``.
"""

from __future__ import annotations

import json

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from raremap.engine.tagger import MAX_TEXT_CHARS, TextTooLongError, get_tagger
from raremap.web import knowledge
from raremap.web.tagging.checker_link import checker_url
from raremap.web.tagging.requests import TagRequest, ValidationError, describe_error


def _error(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def _payload(kb, text: str, limit: int | None) -> dict:
    result = get_tagger(kb).tag(text, limit=limit)
    data = result.to_dict()
    present, absent = result.present, result.absent
    return {
        "text": text,
        "hpo_release": kb.release,
        **data,
        "present": present,
        "absent": absent,
        "checker_url": checker_url(present, absent),
    }


# The endpoint changes nothing and reads no session or cookie, so a cross-site request
# can gain nothing from it: it is exempt from CSRF checks so other programs can POST JSON.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def api(request: HttpRequest) -> JsonResponse:
    """``GET /tagging/api?text=...`` or ``POST`` a JSON body ``{"text": ..., "limit": n}``
    (or a form field ``text``): the terms found, best first, and questions for vague text."""
    limit = None
    if request.method == "POST" and request.content_type == "application/json":
        try:
            body = json.loads(request.body or b"null")
        except (ValueError, UnicodeDecodeError):
            return _error("The body is not valid JSON.", 400)
        if not isinstance(body, dict):
            return _error('Send a JSON object like {"text": "I get winded on the stairs"}.', 400)
        if isinstance(body.get("text"), str) and len(body["text"]) > MAX_TEXT_CHARS:
            return _error(f"The text is longer than {MAX_TEXT_CHARS:,} characters.", 413)
        try:
            req = TagRequest.model_validate(body)
        except ValidationError as exc:
            return _error(describe_error(exc), 400)
        text, limit = req.text, req.limit
    else:
        source = request.POST if request.method == "POST" else request.GET
        text = source.get("text")
        if text is None:
            return _error("Give the text to tag in the 'text' parameter.", 400)
        raw_limit = source.get("limit")
        if raw_limit:
            if not raw_limit.isdigit() or not 1 <= int(raw_limit) <= 200:
                return _error("limit must be a whole number from 1 to 200.", 400)
            limit = int(raw_limit)
    try:
        return JsonResponse(_payload(knowledge.get_kb(), text.replace("\x00", " "), limit))
    except TextTooLongError:
        return _error(f"The text is longer than {MAX_TEXT_CHARS:,} characters.", 413)


@never_cache
@require_safe
def page(request: HttpRequest) -> HttpResponse:
    """A page of its own: the describe box, and without JavaScript the result rendered on
    the server with present/absent choices that go on to the symptom checker."""
    text = request.GET.get("text", "")
    context: dict = {
        "text": text, "result": None, "max_chars": MAX_TEXT_CHARS,
        # the checker's terms from before, passed through to the rank form
        "state_present": ",".join(_ids(request.GET.getlist("present"))),
        "state_absent": ",".join(_ids(request.GET.getlist("absent"))),
    }
    status = 200
    if len(text) > MAX_TEXT_CHARS:
        context["error"] = f"Please shorten your description to {MAX_TEXT_CHARS:,} characters."
        status = 413
    elif text.strip():
        kb = knowledge.get_kb()
        result = get_tagger(kb).tag(text.replace("\x00", " "))
        context["result"] = result
        context["rows"] = [{"term": t, "words": text[t.start : t.end]} for t in result.terms]
    return render(request, "tagging/page.html", context, status=status)


@require_safe
def rank(request: HttpRequest) -> HttpResponse:
    """The no-JavaScript path from the chips to the checker: checkboxes named ``present``
    and ``absent`` become the checker's URL state."""
    ont = knowledge.get_kb().ontology
    present = [t for t in dict.fromkeys(ont.current(h) for h in _ids(request.GET.getlist("present"))) if t]
    absent = [t for t in dict.fromkeys(ont.current(h) for h in _ids(request.GET.getlist("absent"))) if t]
    return redirect(checker_url(present, absent))


def _ids(values: list[str], limit: int = 100) -> list[str]:
    """Ids from repeated and comma-separated parameters, in order, at most ``limit``;
    only id-shaped strings (what they name is checked by the caller)."""
    out: list[str] = []
    for value in values[:limit]:
        for part in value.split(",")[:limit]:
            part = part.strip()
            if part and len(part) <= 12 and part not in out:
                out.append(part)
    return out[:limit]
