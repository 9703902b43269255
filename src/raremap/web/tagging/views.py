"""Views of the tagging app. The medical work is the core tagger's
(:mod:`raremap.engine.tagger`); these views validate input, call it and render HTML. The
page's JavaScript calls the JSON API (``POST /api/v1/text-to-terms``).

Privacy: the text people type describes their health, so it is never logged, and
responses carrying it are marked ``no-store``.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from raremap.engine.tagger import MAX_TEXT_CHARS, get_tagger
from raremap.web import knowledge
from raremap.web.tagging.checker_link import checker_url


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
    return redirect(checker_url(present, absent) + "#results")  # a phone lands on the ranking


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
