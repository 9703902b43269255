"""Views of the symptom checker. The page calls the engine through :func:`run`; no medical
logic lives here. Programs use the JSON API (``POST /api/v1/ranking``).

Privacy: the features in the URL describe someone's health, so responses are marked
``no-store`` and nothing of the query is logged.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from raremap.engine.explanation import also_check, explain_top
from raremap.engine.query import resolve_query
from raremap.engine.ranker import rank_query
from raremap.web import knowledge
from raremap.web.checker.forms import CheckerForm
from raremap.web.form_errors import first_error
from raremap.web.pages.links import disease_url

DEFAULT_TOP = 15
#: Hallmarks left out named on the page per condition (most frequent first); the others are
#: counted in a line that links to the condition's page.
HALLMARKS_SHOWN = 5
DISCLAIMER = ("These are conditions to discuss with a doctor, ranked by how well the symptoms recorded for "
              "each one fit yours. This is not a diagnosis: many people with these symptoms have none of them.")


def state_url(present: list[str], absent: list[str], **extra: str) -> str:
    """The shareable address of a checker state (comma-separated ids, as tagging builds it)."""
    params: dict[str, str] = {}
    if present:
        params["present"] = ",".join(present)
    absent = [a for a in absent if a not in present]
    if absent:
        params["absent"] = ",".join(absent)
    params.update({k: v for k, v in extra.items() if v})
    return reverse("checker-page") + ("?" + urlencode(params, safe=":,") if params else "")


def run(kb, present: list[str], absent: list[str], onset: str = "", sex: str = "", method: str = "",
        top: int = DEFAULT_TOP, explain: int = DEFAULT_TOP) -> dict:
    """Rank and explain; plain data for the page."""
    query = resolve_query(kb, present, absent, onset or None, sex or None)
    ids = kb.ontology.ids
    out: dict = {
        "hpo_release": kb.release,
        "disclaimer": DISCLAIMER,
        "present": [ids[t] for t in query.present],
        "absent": [ids[t] for t in query.excluded],
        "onset": ids[query.onset] if query.onset is not None else None,
        "sex": query.sex,
        "issues": [i.to_dict() | {"message": i.message()} for i in query.issues],
        "method": None,
        "ranking": [],
    }
    if not query.present:
        return out
    ranking = rank_query(kb, query, method or None)
    explanations = {e["disease"]["id"]: e for e in explain_top(ranking, min(explain, top))}
    out["method"] = ranking.method
    out["unit"] = ranking.scores.unit
    out["ranking"] = [
        {**r.to_dict(), "url": disease_url(kb, r.id), "explanation": explanations.get(r.id)}
        for r in ranking.top(top)
    ]
    return out


def by_paper(patients: list[dict]) -> list[dict]:
    """The published patients like yours under the paper that describes them, papers in the
    order of their closest patient: a paper's title is shown once, not once per patient."""
    papers: dict[str, dict] = {}
    for p in patients:
        key = p.get("pmid") or p.get("url") or ""
        papers.setdefault(key, {"pmid": p.get("pmid"), "url": p.get("url"), "title": p.get("title"),
                                "patients": []})["patients"].append(p)
    return list(papers.values())


def _resolve_added(kb, text: str) -> str | None:
    """An HPO id typed or chosen in the add box, or the best-matching term for a name."""
    tid = kb.ontology.current(text) if kb.ontology.resolve(text) else None
    if tid:
        return tid
    hits = kb.search(text, kind="term", limit=1)
    return hits[0].id if hits else None


def _chip(kb, hpo_id: str, present: list[str], absent: list[str], extra: dict, is_present: bool) -> dict:
    term = kb.ontology.term(hpo_id)
    others_p = [p for p in present if p != hpo_id]
    others_a = [a for a in absent if a != hpo_id]
    return {
        "id": hpo_id,
        "name": term.name,
        "lay": term.lay_names[0] if term.lay_names else "",
        "remove_url": state_url(others_p, others_a, **extra),
        "toggle_url": (state_url(others_p, others_a + [hpo_id], **extra) if is_present
                       else state_url(others_p + [hpo_id], others_a, **extra)),
    }


@require_safe
@never_cache
def checker(request: HttpRequest) -> HttpResponse:
    form = CheckerForm(request.GET)
    context: dict = {"form": form, "result": None, "error": None, "chips_present": [], "chips_absent": []}
    if not form.is_valid():
        context["error"] = first_error(form)
        return render(request, "checker/checker.html", context, status=400)
    kb = knowledge.get_kb()
    data = form.cleaned_data
    extra = {k: data[k] for k in ("onset", "sex", "method") if data.get(k)}
    if data["add"]:
        added = _resolve_added(kb, data["add"])
        if added:
            present, absent = list(form.present), list(form.absent)
            if data["add_as"] == "absent":
                present = [p for p in present if p != added]
                absent = absent + [added] if added not in absent else absent
            elif added not in present:
                present.append(added)
            return redirect(state_url(present, absent, **extra))
        context["error"] = f"No symptom matches “{data['add'][:80]}”. Try other or fewer words."
    result = run(kb, form.present, form.absent, data["onset"], data["sex"], data["method"], data["top"] or DEFAULT_TOP)
    for item in result["ranking"]:
        p = item.get("probability")
        item["share_text"] = None if p is None else ("<1%" if p < 0.01 else f"{p:.0%}")
        exp = item.get("explanation")
        if exp:
            hallmarks = exp["unreported_hallmarks"] or []
            # The page names the most frequent few; the rest are on the condition's page.
            exp["unreported_shown"] = hallmarks[:HALLMARKS_SHOWN]
            exp["unreported_more"] = max(0, len(hallmarks) - HALLMARKS_SHOWN)
            exp["also_check"] = also_check(kb, exp)
            if exp.get("published"):
                exp["like_yours_by_paper"] = by_paper(exp["published"]["like_yours"])
            for c in [*hallmarks, *exp["also_check"]]:
                c["lay"] = ", ".join(kb.ontology.term(c["hpo_id"]).lay_names[:2]) if c["hpo_id"] in kb.ontology else ""
                c["add_present_url"] = state_url(result["present"] + [c["hpo_id"]], result["absent"], **extra)
                c["add_absent_url"] = state_url(result["present"], result["absent"] + [c["hpo_id"]], **extra)
    context.update(
        result=result,
        method_label=dict(form.fields["method"].choices).get(result["method"], result["method"]),
        chips_present=[_chip(kb, t, result["present"], result["absent"], extra, True) for t in result["present"]],
        chips_absent=[_chip(kb, t, result["present"], result["absent"], extra, False) for t in result["absent"]],
        disease_count=f"{len(kb.diseases):,}",
        state_present=",".join(result["present"]),
        state_absent=",".join(result["absent"]),
        share_url=request.build_absolute_uri(state_url(result["present"], result["absent"], **extra)),
    )
    return render(request, "checker/checker.html", context)


@require_safe
def terms(request: HttpRequest) -> JsonResponse:
    """Suggestions for the add box: HPO terms only, with their everyday names; the terms a
    typed description means come first ("skin getting darker")."""
    from raremap.engine.tagger.typed import term_suggestions

    q = request.GET.get("q", "").replace("\x00", "").strip()[:200]
    kb = knowledge.get_kb()
    out = [{"id": d.hpo, "label": d.label, "lay": list(d.lay), "matched": d.matched}
           for d in term_suggestions(kb, q, limit=8)]
    return JsonResponse({"query": q, "suggestions": out})
