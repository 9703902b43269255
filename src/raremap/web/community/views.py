"""Community pages: a disease's community, experiences per question, symptom reports, the
member dashboard and the moderation queue."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.views.decorators.http import require_POST

from raremap.web import deid
from raremap.web.accounts import throttle
from raremap.web.community.access import own_experience, require_moderator, visible_experience
from raremap.web.community.aggregates import present
from raremap.web.community.countries import country_name, member_map
from raremap.web.community.diseases import disease_name, get_disease
from raremap.web.community.forms import ExperienceForm, JoinForm, ReasonForm, SymptomForm
from raremap.web.community.member_news import my_inquiries, my_posts
from raremap.web.community.models import AuditEntry, Experience, Membership, Report, SymptomReport
from raremap.web.community.posting import submit_experience
from raremap.web.community.publishing import status_for
from raremap.web.community.question_context import question_context
from raremap.web.community.questions import SHORT, SLUGS
from raremap.web.community.symptom_groups import symptom_groups
from raremap.web.community.symptom_map import symptom_map
from raremap.web.community.world_map import world_svg
from raremap.web.knowledge import get_kb
from raremap.web.transitions import TransitionError, message_of

# The moderation queue's buttons and the Experience methods they call.
MODERATION_ACTIONS = {"approve": "approve", "hide": "hide", "restore": "restore", "dismiss": "dismiss_reports"}
MODERATION_DONE = {"approve": "approved", "hide": "hidden", "restore": "restored",
                   "dismiss": "kept and its reports closed"}


def question_url(disease_id: str, slug: str) -> str:
    """The question page: the answers app's when installed (it includes the experiences),
    else the community's own."""
    try:
        return reverse("answers-question", args=[disease_id, slug])
    except NoReverseMatch:
        return reverse("community-question", args=[disease_id, slug])


def _question_or_404(slug: str) -> str:
    if slug not in SLUGS:
        raise Http404(f"No question {slug!r}.")
    return slug


def community(request: HttpRequest, disease_id: str) -> HttpResponse:
    disease = get_disease(disease_id)
    if disease.id != disease_id:
        return redirect("community-disease", disease.id)
    membership = (Membership.objects.filter(user=request.user, disease_id=disease.id).first()
                  if request.user.is_authenticated else None)
    published = Experience.objects.published().filter(disease_id=disease.id)
    questions = [{"slug": s, "short": SHORT[s], "url": question_url(disease.id, s),
                  "sharers": published.filter(question=s).sharers()} for s in SLUGS]
    members = member_map(disease.id, request.user)
    return render(request, "community/community.html", {
        "disease": disease, "membership": membership,
        "recorded": bool(membership) and SymptomReport.objects.filter(user=request.user, disease_id=disease.id).exists(),
        "joined": present(disease.id, request.user),
        "join_form": JoinForm(initial=_join_initial(membership)),
        "map": members, "map_svg": world_svg(members["countries"]) if members["countries"] else "",
        "symptoms": symptom_map(disease, get_kb(), request.user),
        "questions": questions,
    })


def _join_initial(m: Membership | None) -> dict:
    return {"role": m.role, "country": m.country, "share_country": m.share_country} if m else {}


@login_required
@require_POST
def join(request: HttpRequest, disease_id: str) -> HttpResponse:
    disease = get_disease(disease_id)
    form = JoinForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Please choose patient, caregiver or other.")
        return redirect("community-disease", disease.id)
    Membership.objects.update_or_create(
        user=request.user, disease_id=disease.id,
        defaults={"role": form.cleaned_data["role"], "country": form.cleaned_data["country"],
                  "share_country": form.cleaned_data["share_country"]})
    messages.success(request, f"You are a member of the {disease.name} community.")
    return redirect("community-disease", disease.id)


@login_required
def leave(request: HttpRequest, disease_id: str) -> HttpResponse:
    """GET says what leaving deletes, POST leaves."""
    disease = get_disease(disease_id)
    if request.method != "POST":
        if not Membership.objects.filter(user=request.user, disease_id=disease.id).exists():
            return redirect("community-disease", disease.id)
        recorded = SymptomReport.objects.filter(user=request.user, disease_id=disease.id).count()
        return render(request, "community/leave.html", {"disease": disease, "recorded": recorded})
    with transaction.atomic():
        # The symptoms recorded there go too: no page would show them to the member any more.
        Membership.objects.filter(user=request.user, disease_id=disease.id).delete()
        deleted = SymptomReport.objects.filter(user=request.user, disease_id=disease.id).delete()[1].get(
            SymptomReport._meta.label, 0)
    gone = (f" The {deleted} symptoms you recorded there are deleted." if deleted > 1
            else " The symptom you recorded there is deleted." if deleted else "")
    messages.success(request, f"You left the {disease.name} community.{gone}")
    return redirect("community-dashboard")


def question(request: HttpRequest, disease_id: str, slug: str) -> HttpResponse:
    disease = get_disease(disease_id)
    slug = _question_or_404(slug)
    form = ExperienceForm()
    context = {"disease": disease, "slug": slug, "short": SHORT[slug]}
    answer_url = question_url(disease.id, slug)
    if answer_url != request.path:
        context["answer_url"] = answer_url
    if request.method == "POST":
        outcome = submit_experience(request, disease, slug)
        if isinstance(outcome, HttpResponse):
            return outcome
        context["warning"] = outcome.warning
        return render(request, "community/question.html", question_context(request, context, outcome.form),
                      status=outcome.status)
    return render(request, "community/question.html", question_context(request, context, form))


@login_required
def edit_experience(request: HttpRequest, pk: int) -> HttpResponse:
    exp = own_experience(request, pk)
    form = ExperienceForm(request.POST or None, initial={"text": exp.text})
    warning = None
    if request.method == "POST" and form.is_valid():
        checked = form.check_personal()
        if checked.warning:
            warning, form = checked.warning, form.to_confirm()
        else:
            kinds = checked.kinds
            exp.text, exp.flagged_kinds = form.cleaned_data["text"], kinds
            if exp.status != Experience.Status.HIDDEN:
                exp.status = status_for(request.user, kinds)
            exp.save()
            messages.success(request, "Your post is saved.")
            return redirect(question_url(exp.disease_id, exp.question))
    return render(request, "community/edit.html", {"form": form, "experience": exp, "warning": warning,
                                                   "disease_name": disease_name(exp.disease_id)})


@login_required
@require_POST
def delete_experience(request: HttpRequest, pk: int) -> HttpResponse:
    exp = own_experience(request, pk)
    target = (exp.disease_id, exp.question)
    exp.delete()
    messages.success(request, "Your post is deleted.")
    return redirect(question_url(*target))


@login_required
@require_POST
def report_experience(request: HttpRequest, pk: int) -> HttpResponse:
    exp = visible_experience(request, pk)
    if not throttle.allow("report", throttle.client_key(request)):
        messages.error(request, "You have sent many reports in the last hour; please wait a while.")
        return redirect(question_url(exp.disease_id, exp.question))
    form = ReasonForm(request.POST)
    if form.is_valid():
        Report.objects.create(experience=exp, reporter=request.user, reason=form.cleaned_data["reason"])
        messages.success(request, "Thank you: a moderator will look at this post.")
    else:
        messages.error(request, "Please say briefly why you report this post.")
    return redirect(question_url(exp.disease_id, exp.question))


@login_required
def symptoms(request: HttpRequest, disease_id: str) -> HttpResponse:
    disease = get_disease(disease_id)
    if not Membership.objects.filter(user=request.user, disease_id=disease.id).exists():
        messages.error(request, "Join the community first to record your symptoms.")
        return redirect("community-disease", disease.id)
    kb = get_kb()
    listed = {a.hpo_id: a.name for a in disease.present_phenotypes}
    mine = set(SymptomReport.objects.filter(user=request.user, disease_id=disease.id)
               .values_list("hpo_id", flat=True))
    # Symptoms added earlier from outside the list are ticked boxes too, so unticking removes them.
    added = {h: kb.ontology.name(h) if h in kb.ontology else h for h in mine - listed.keys()}
    choices = sorted(listed.items(), key=lambda kv: kv[1]) + sorted(added.items(), key=lambda kv: kv[1])
    form = SymptomForm(request.POST or None, choices=choices, initial={"symptoms": sorted(mine)})
    checked = set(request.POST.getlist("symptoms")) if request.method == "POST" else mine
    if request.method == "POST" and form.is_valid():
        chosen = set(form.cleaned_data["symptoms"])
        extra_ids = form.cleaned_data["extra"].replace(",", " ").split()
        unknown = [x for x in extra_ids if kb.ontology.resolve(x) is None]
        if unknown:
            form.add_error("extra", f"Unknown HPO id: {unknown[0][:20]}")
        else:
            chosen |= {kb.ontology.current(kb.ontology.resolve(x)) or x for x in extra_ids}
            with transaction.atomic():
                SymptomReport.objects.filter(user=request.user, disease_id=disease.id).exclude(
                    hpo_id__in=chosen).delete()
                for h in chosen - mine:
                    SymptomReport.objects.get_or_create(user=request.user, disease_id=disease.id, hpo_id=h)
            messages.success(request, "Your symptoms are saved. Thank you for adding to the community map.")
            return redirect("community-disease", disease.id)
    return render(request, "community/symptoms.html", {
        "disease": disease, "form": form, "groups": symptom_groups(kb, disease.id, added, checked)})


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    recorded = dict(SymptomReport.objects.filter(user=request.user).values("disease_id")
                    .annotate(n=Count("id")).values_list("disease_id", "n"))
    memberships = [{"m": m, "name": disease_name(m.disease_id), "country": country_name(m.country) if m.country else "",
                    "symptoms": recorded.get(m.disease_id, 0)}
                   for m in Membership.objects.filter(user=request.user).order_by("joined")]
    return render(request, "community/dashboard.html", {
        "memberships": memberships,
        "posts": my_posts(request.user),
        "inquiries": my_inquiries(request.user),
    })


@login_required
@require_POST
def notifications(request: HttpRequest) -> HttpResponse:
    """Turn e-mail about the member's own posts and questions on or off (off by default)."""
    profile = request.user.profile
    profile.notify_by_email = request.POST.get("notify_by_email") == "on"
    profile.save(update_fields=["notify_by_email"])
    messages.success(request, "We will e-mail you when your posts or questions change." if profile.notify_by_email
                     else "We will not e-mail you about your posts or questions.")
    return redirect("community-dashboard")


@login_required
def moderation(request: HttpRequest) -> HttpResponse:
    require_moderator(request)
    pending = Experience.objects.pending().select_related("author__profile").order_by("created")[:50]
    reported = (Experience.objects.filter(reports__resolved=False).distinct()
                .select_related("author__profile")[:50])
    hidden = Experience.objects.filter(status=Experience.Status.HIDDEN).select_related("author__profile")[:50]

    def row(e):
        return {"e": e, "segments": deid.highlight(e.text), "disease_name": disease_name(e.disease_id),
                "reports": list(e.reports.filter(resolved=False).values_list("reason", flat=True))}
    return render(request, "community/moderation.html", {
        "pending": [row(e) for e in pending], "reported": [row(e) for e in reported],
        "hidden": [row(e) for e in hidden], "reason_form": ReasonForm(),
    })


@login_required
@require_POST
def moderate(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    require_moderator(request)
    exp = get_object_or_404(Experience, pk=pk)
    if action not in MODERATION_ACTIONS:
        raise Http404("Unknown moderation action.")
    form = ReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        if action == "approve":
            exp.approve(request.user)
        else:
            getattr(exp, MODERATION_ACTIONS[action])(request.user, reason)
    except TransitionError as exc:
        messages.error(request, message_of(exc))
        return redirect("community-moderation")
    messages.success(request, f"Post {exp.pk} {MODERATION_DONE[action]}.")
    return redirect("community-moderation")


@login_required
def audit_log(request: HttpRequest) -> HttpResponse:
    require_moderator(request)
    entries = AuditEntry.objects.select_related("actor__profile")[:200]
    return render(request, "community/audit.html", {"entries": entries})
