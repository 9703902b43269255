"""Browse by category: Orphanet's classification as pages (``/browse/`` and one page per
group). The page objects come from :mod:`raremap.knowledge.browse`."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from raremap.knowledge.browse import browse_tree, group_page
from raremap.knowledge.errors import UnknownIdError
from raremap.web import knowledge
from raremap.web.pages.links import disease_url


@require_safe
def browse(request: HttpRequest) -> HttpResponse:
    kb = knowledge.get_kb()
    return render(request, "pages/browse.html", {
        "tree": browse_tree(kb),
        "canonical_url": request.build_absolute_uri(reverse("pages-browse")),
    })


@require_safe
def group(request: HttpRequest, group_id: str) -> HttpResponse:
    kb = knowledge.get_kb()
    try:
        page = group_page(kb, group_id)
    except UnknownIdError:
        text = group_id.replace("\x00", "")[:100]
        return render(request, "404.html", {
            "message": f"There is no Orphanet group with the id “{text}”.",
            "suggestions": [], "browse_link": True,
        }, status=404)
    for d in page["diseases"]:
        d["url"] = disease_url(kb, d["id"])
    return render(request, "pages/browse_group.html", {
        "group": page,
        "disease_url": disease_url(kb, page["id"]) if page["has_page"] else None,
        "canonical_url": request.build_absolute_uri(reverse("pages-browse-group", args=[page["id"]])),
    })
