"""Views of the public pages. They turn the knowledge core's page objects into HTML or
JSON; every medical fact comes from :mod:`raremap.knowledge.pages` and
:mod:`raremap.answers.summary`."""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from raremap.knowledge.closeness import plausible
from raremap.knowledge.diseases import normalise_disease_id
from raremap.knowledge.feature_rows import HEADING_LABELS
from raremap.knowledge.ontology import normalise_hpo_id
from raremap.knowledge.pages import term_page
from raremap.web import knowledge
from raremap.web.form_errors import first_error
from raremap.web.pages.disease_parts import disease_parts
from raremap.web.pages.forms import (
    SearchForm,
    SuggestForm,
    SymptomFilterForm,
    TermDiseasesForm,
)
from raremap.web.pages.links import disease_url, hit_url
from raremap.web.pages.symptom_filter import filter_bands
from raremap.web.pages.symptom_table import render_bands
from raremap.web.pages.term_rows import term_rows

SEARCH_LIMIT = 25
TERM_DISEASES_PER_PAGE = 50
ID_MATCHES = {"id", "alt id", "replaced id"}
#: How a search result says which of its names matched, in words for people (the API keeps
#: the index's ``match_type``); names of the same thing say "also called".
MATCHED_AS = {"related synonym": "related name", "broader synonym": "broader name",
              "narrower synonym": "narrower name", "former name": "former name"}
# On the "Everything" view, hits scoring below this share of the best hit of either kind
# are left to the Diseases / Symptoms views: "marfan syndrom" should show Marfan syndrome,
# not 25 unrelated "... syndrome" symptoms that share one word.
WEAK_SHARE = 0.5
#: A disease page offers the symptom filter from this many symptoms on: a table of one to
#: nine rows is read at a glance (a sparse OMIM entry has one).
FILTER_FROM = 10
#: How the sources of phenotype.hpoa are written for people.
SOURCE_NAMES = {"ORPHANET": "Orphanet", "OMIM": "OMIM", "DECIPHER": "DECIPHER"}


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    kb = knowledge.get_kb()
    return render(request, "pages/home.html", {
        "disease_count": len(kb.diseases),
        "term_count": len(kb.ontology),
        "form": SearchForm(),
    })


@require_safe
def about(request: HttpRequest) -> HttpResponse:
    # The frequency groups as disease pages head them, from the same names and ranges.
    bands = [{"label": label, "range": band.range_text, "hpo_id": band.hpo_id} for band, label in HEADING_LABELS.items()]
    return render(request, "pages/about.html", {"kb": knowledge.get_kb(), "bands": bands})


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET)
    context: dict = {"form": form, "query": "", "diseases": [], "terms": [], "searched": False, "limit": SEARCH_LIMIT}
    if not form.is_valid():
        context["error"] = first_error(form)
        return render(request, "pages/search.html", context, status=400)
    query, kind = form.cleaned_data["q"], form.cleaned_data["kind"] or None
    if not query:
        return render(request, "pages/search.html", context)
    kb = knowledge.get_kb()
    diseases = kb.search(query, kind="disease", limit=SEARCH_LIMIT) if kind in (None, "disease") else []
    terms = kb.search(query, kind="term", limit=SEARCH_LIMIT) if kind in (None, "term") else []
    # A query that is exactly one id (ORPHA:2905, HP:0003401, an alt id) opens its page.
    direct = [h for h in diseases + terms if h.match_type in ID_MATCHES]
    if len(direct) == 1:
        return redirect(hit_url(kb, direct[0]))
    missing = None if direct else _missing_id(kb, query)
    if missing:
        # "OMIM:999999" is no name: its letters matched "OMM syndrome". Say the id is not
        # known and offer the ids closest to it.
        context.update(query=query, kind=kind or "", searched=True, weaker={}, missing=missing)
        return render(request, "pages/search.html", context)
    from raremap.engine.tagger.language import guess_language

    described = _described(kb, query)
    # Once the words describe a symptom, a name hit on one shared word ("needles" in
    # Melnick-Needles syndrome, "getting" in "Difficulty getting an erection") is no answer.
    # A symptom hit that weak is dropped, as the checker's "Add a symptom" drops it; a
    # disease one is offered apart, on the diseases tab, as a name sharing a word.
    diseases, shared = _split_after_description(diseases, described)
    terms, _ = _split_after_description(terms, described)
    weaker = {"diseases": 0, "terms": 0}
    if kind is None and (diseases or terms):
        floor = WEAK_SHARE * max(h.score for h in diseases + terms)
        weaker = {"diseases": sum(h.score < floor for h in diseases), "terms": sum(h.score < floor for h in terms)}
        diseases = [h for h in diseases if h.score >= floor]
        terms = [h for h in terms if h.score >= floor]
    if kind is None:
        weaker["diseases"] += len(shared)
        shared = []
    context.update(query=query, kind=kind or "", searched=True, weaker=weaker,
                   diseases=[_hit_row(kb, h) for h in diseases], terms=[_hit_row(kb, h) for h in terms],
                   shared=[_hit_row(kb, h) for h in shared], language=guess_language(query), **described)
    # A term the sentence describes is listed once, under "Symptoms your words describe".
    shown = {d["id"] for d in described.get("described", [])}
    context["terms"] = [t for t in context["terms"] if t["id"] not in shown]
    return render(request, "pages/search.html", context)


def _missing_id(kb, query: str) -> dict | None:
    """A query written as a disease or HPO id ("OMIM:999999", "HP:9999999") that names
    nothing in this release: what it looked like and the closest ids; None otherwise."""
    text = query.strip()
    if text[:1].isdigit():
        return None  # a bare number may be part of a name ("22q11", "47,XXY")
    disease, term = normalise_disease_id(text), normalise_hpo_id(text)
    given, kind = (disease, "disease") if disease else (term, "term") if term else (None, "")
    if not given:
        return None
    if kind == "disease" and given in kb.classification:  # an Orphanet group: its category page
        group = kb.classification.group(given)
        return {"id": given, "what": "disease", "near": [],
                "group": {"id": given, "label": group.name, "url": reverse("pages-browse-group", args=[given])}}
    near = [{"id": i, "label": label, "url": disease_url(kb, i) if kind == "disease" else reverse("pages-term", args=[i])}
            for i, label in kb.searcher.suggest(given, kind=kind)]
    return {"id": given, "what": "disease" if kind == "disease" else "symptom (HPO term)", "near": near}


def _described(kb, query: str) -> dict:
    """A typed description ("my son has pins and needles in his feet"): the terms it
    describes, those it says the person does not have ("no fever"), a link to the checker
    with both filled in, and one to the describe box."""
    from raremap.engine.tagger.typed import is_description, names_a_disease, read_typed
    from raremap.web.tagging.checker_link import checker_url

    if not is_description(query) or names_a_disease(kb, query):
        return {}
    found, denied = read_typed(kb, query)

    def rows(terms):
        return [{"id": d.hpo, "label": d.label, "matched": d.matched, "url": reverse("pages-term", args=[d.hpo])}
                for d in terms]

    return {
        "described": rows(found),
        "described_denied": rows(denied) if found else [],
        "described_checker": checker_url([d.hpo for d in found], [d.hpo for d in denied]) if found else "",
        "describe_url": reverse("tagging-page") + "?" + urlencode({"text": query}),
    }


def _split_after_description(hits: list, described: dict) -> tuple[list, list]:
    """(answers, hits sharing only a word) once the query describes a symptom."""
    from raremap.engine.tagger.typed import NAME_FLOOR_AFTER_DESCRIPTION

    if not described.get("described"):
        return hits, []
    return ([h for h in hits if h.score >= NAME_FLOOR_AFTER_DESCRIPTION],
            [h for h in hits if h.score < NAME_FLOOR_AFTER_DESCRIPTION])


def _hit_row(kb, hit) -> dict:
    return {**hit.to_dict(), "url": hit_url(kb, hit), "matched_as": MATCHED_AS.get(hit.match_type, "also called")}


@require_safe
@cache_control(public=True, max_age=300)
def suggest(request: HttpRequest) -> JsonResponse:
    form = SuggestForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"error": first_error(form)}, status=400)
    query = form.cleaned_data["q"]
    limit = form.cleaned_data["limit"] or 8
    kb = knowledge.get_kb()
    from raremap.engine.tagger.typed import described_terms, name_hits_after, names_a_disease

    described = described_terms(kb, query, limit=3) if query and not names_a_disease(kb, query) else []
    hits = name_hits_after(kb, query, described, limit) if query else []
    return JsonResponse({
        "query": query,
        "suggestions": [
            *({"kind": "term", "id": d.hpo, "label": d.label, "matched": d.matched, "match_type": "description",
               "url": reverse("pages-term", args=[d.hpo])} for d in described),
            *({"kind": h.kind, "id": h.id, "label": h.label, "matched": h.matched,
               "match_type": h.match_type, "url": hit_url(kb, h)} for h in hits),
        ][:limit],
    })


@require_safe
def disease(request: HttpRequest, disease_id: str, slug: str | None = None) -> HttpResponse:
    kb = knowledge.get_kb()
    did = knowledge.disease_id_or_404(kb, disease_id)
    canonical = disease_url(kb, did)
    if did != disease_id or (slug is not None and request.path != canonical):
        query = request.META.get("QUERY_STRING", "")
        return redirect(canonical + (f"?{query}" if query else ""), permanent=True)
    parts = disease_parts(kb, did)
    page = parts["page"]
    form = SymptomFilterForm(request.GET)
    text = form.cleaned_data["filter"] if form.is_valid() else ""
    bands = filter_bands(page["bands"], text) if text else page["bands"]
    return render(request, "pages/disease.html", {
        **parts,
        "source_name": SOURCE_NAMES.get(page["source"], page["source"]),
        "bands": bands,
        "symptom_rows": render_bands(bands) if text else parts["symptom_rows"],
        "filter_form": form,
        "filter_text": text,
        "show_filter": bool(text) or not form.is_valid() or parts["chart"]["total"] >= FILTER_FROM,
        "filter_error": None if form.is_valid() else first_error(form),
        "canonical_url": request.build_absolute_uri(canonical),
    }, status=200 if form.is_valid() else 400)


@require_safe
def term(request: HttpRequest, hpo_id: str) -> HttpResponse:
    kb = knowledge.get_kb()
    tid = kb.ontology.resolve(hpo_id)
    if tid is None:
        return _unknown(request, "term", hpo_id)
    if tid != hpo_id:
        query = request.META.get("QUERY_STRING", "")
        target = reverse("pages-term", args=[tid])
        return redirect(target + (f"?{query}" if query else ""), permanent=True)
    form = TermDiseasesForm(request.GET)
    if not form.is_valid():
        form = TermDiseasesForm({})
        form.is_valid()
        status = 400
    else:
        status = 200
    sort = form.cleaned_data["sort"] or "band"
    rows = term_rows(kb, tid, sort)
    pager = Paginator(rows, TERM_DISEASES_PER_PAGE).get_page(form.cleaned_data["page"] or 1)
    return render(request, "pages/term.html", {
        "page": term_page(kb, tid),
        "pager": pager,
        "sort": sort,
        "disease_total": len(rows),
        "bad_params": status == 400,
        "canonical_url": request.build_absolute_uri(reverse("pages-term", args=[tid])),
    }, status=status)


def _unknown(request: HttpRequest, kind: str, given: str) -> HttpResponse:
    kb = knowledge.get_kb()
    text = given.replace("\x00", "")[:100]
    suggestions = [
        {"id": i, "label": label, "url": disease_url(kb, i) if kind == "disease" else reverse("pages-term", args=[i])}
        for i, label in (kb.searcher.suggest(text, kind=kind) if text.strip() else [])
    ]
    what = "disease" if kind == "disease" else "symptom (HPO term)"
    return render(request, "404.html", {
        "message": f"There is no {what} with the id “{text}”.",
        "suggestions": suggestions,
    }, status=404)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """An unknown disease id: suggest close ids. Any other unknown address: suggest pages
    whose name is close to its last part."""
    if isinstance(exception, knowledge.UnknownDisease):
        return _unknown(request, "disease", exception.given)
    words = [w for w in request.path.replace("-", " ").split("/") if w.strip()]
    guess = words[-1][:100].replace("\x00", "") if words else ""
    suggestions = []
    if guess:
        try:
            kb = knowledge.get_kb()
            # Under /disease/ only diseases: a symptom is not what the address was for.
            only = {"kind": "disease"} if request.path.startswith("/disease/") else {}
            # Only guesses close to the address: a random address ("/nope/") gets the search
            # box and the main pages, not a far-fetched name ("Prominent nose").
            suggestions = [_hit_row(kb, h) for h in kb.search(guess, limit=5, **only)
                           if plausible(guess, h.matched, h.label, h.id)]
        except knowledge.KnowledgeUnavailable:
            pass
    return render(request, "404.html", {
        "message": "There is no page at this address.", "suggestions": suggestions,
        "entry_points": not suggestions,
    }, status=404)
