"""Editorial work in the site: the editor's queue (drafts, including answers sent back), the
reviewer's queue (in review, reviewed and waiting to be published), and one answer's page:
edit, a side-by-side diff against the last reviewed version, and the actions. Every action
calls the model's transition (which checks the permission and records the revision); a
refused one says why in one line and changes nothing."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from raremap.web.accounts.models import Profile, reviewer_signature
from raremap.web.answers.diffing import answer_diff
from raremap.web.answers.models import EDIT_PERM, REVIEW_PERM, CuratedAnswer
from raremap.web.transitions import TransitionError, message_of

Status = CuratedAnswer.Status


class AnswerEditForm(forms.ModelForm):
    class Meta:
        model = CuratedAnswer
        fields = ["mode", "tldr", "body", "sources"]
        widgets = {"mode": forms.RadioSelect, "tldr": forms.Textarea(attrs={"rows": 3}),
                   "body": forms.Textarea(attrs={"rows": 14}), "sources": forms.Textarea(attrs={"rows": 5})}

    def clean(self) -> dict:
        """Browsers send CRLF line ends: store LF, so an unchanged text stays unchanged."""
        data = super().clean()
        for field in ("tldr", "body", "sources"):
            if isinstance(data.get(field), str):
                data[field] = data[field].replace("\r\n", "\n").replace("\r", "\n")
                setattr(self.instance, field, data[field])
        return data


def _need(request: HttpRequest, perm: str) -> None:
    if not request.user.has_perm(perm):
        raise PermissionDenied


def _rows(answers) -> list[dict]:
    from raremap.web.community.diseases import disease_name

    rows = []
    for a in answers:
        last = a.revisions.first()
        rows.append({"a": a, "disease_name": disease_name(a.disease_id), "last": last,
                     "sent_back": bool(last and last.note.startswith("Sent back"))})
    return rows


@login_required
def editor_queue(request: HttpRequest) -> HttpResponse:
    _need(request, EDIT_PERM)
    drafts = CuratedAnswer.objects.filter(status=Status.DRAFT).order_by("-updated_at")[:200]
    rows = _rows(drafts)
    rows.sort(key=lambda r: not r["sent_back"])  # answers sent back first
    return render(request, "answers/editorial/queue.html", {
        "title": "Editor queue", "rows": rows,
        "intro": "Drafts to finish and submit for review; answers a reviewer sent back come first.",
        "empty": "No drafts. Imported content-pack answers and answers sent back appear here."})


@login_required
def reviewer_queue(request: HttpRequest) -> HttpResponse:
    _need(request, REVIEW_PERM)
    waiting = CuratedAnswer.objects.filter(status__in=[Status.IN_REVIEW, Status.REVIEWED]).order_by("status", "updated_at")
    return render(request, "answers/editorial/queue.html", {
        "title": "Reviewer queue", "rows": _rows(waiting[:200]),
        "intro": "Answers awaiting your medical review, then reviewed answers waiting to be published.",
        "empty": "Nothing awaits review.", "signature": ", ".join(p for p in reviewer_signature(request.user) if p),
        "reviewer": True})


class SignatureForm(forms.ModelForm):
    """What a reviewer's reviews are signed with on the "Medically reviewed by" badge."""

    class Meta:
        model = Profile
        fields = ["professional_name", "qualification"]
        labels = {"professional_name": "Your name as readers see it", "qualification": "Your qualification"}
        help_texts = {"professional_name": "Your real name, e.g. Dr Ana Ruiz (never your log-in name).",
                      "qualification": "Optional, e.g. consultant haematologist."}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["professional_name"].required = True
        for name in self.fields:
            self.fields[name].widget.attrs["autocomplete"] = "off"

    def clean(self) -> dict:
        data = super().clean()
        for field in self.Meta.fields:
            if isinstance(data.get(field), str):
                data[field] = " ".join(data[field].split())
                setattr(self.instance, field, data[field])
        return data


@login_required
def signature(request: HttpRequest) -> HttpResponse:
    """A reviewer sets the name and qualification their reviews are signed with. Answers
    already reviewed keep the signature they were reviewed with."""
    _need(request, REVIEW_PERM)
    profile = Profile.objects.filter(user=request.user).first() or Profile(
        user=request.user, pseudonym=f"Reviewer {request.user.pk}")
    form = SignatureForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Saved: your next reviews are signed "
                         + ", ".join(p for p in reviewer_signature(request.user) if p) + ".")
        return redirect("editorial-reviewer")
    return render(request, "answers/editorial/signature.html", {"form": form},
                  status=400 if request.method == "POST" else 200)


def last_reviewed(answer: CuratedAnswer):
    """The revision the diff starts from: the last reviewed or published one, else the first."""
    revisions = answer.revisions.all()
    return (revisions.filter(status__in=[Status.REVIEWED, Status.PUBLISHED]).first()
            or revisions.order_by("changed_at", "pk").first())


@login_required
def answer_page(request: HttpRequest, pk: int) -> HttpResponse:
    _need(request, EDIT_PERM)
    answer = get_object_or_404(CuratedAnswer, pk=pk)
    form = AnswerEditForm(request.POST or None, instance=answer)
    if request.method == "POST":
        if answer.status not in (Status.DRAFT,):
            messages.error(request, "Only a draft can be edited: send it back to draft first.")
            return redirect("editorial-answer", pk)
        if form.is_valid():
            form.instance.save(actor=request.user, note="Edited in the site.")
            messages.success(request, "Saved.")
            return redirect("editorial-answer", pk)
    from raremap.web.community.diseases import disease_name

    base = last_reviewed(answer)
    reviewed_base = base is not None and base.status in (Status.REVIEWED, Status.PUBLISHED)
    return render(request, "answers/editorial/answer.html", {
        "answer": answer, "form": form, "disease_name": disease_name(answer.disease_id),
        "diff": answer_diff(base, answer) if base else [], "base": base, "reviewed_base": reviewed_base,
        "history": answer.revisions.select_related("changed_by__profile")[:30],
        "can_review": request.user.has_perm(REVIEW_PERM),
        "signed": bool(reviewer_signature(request.user)[0]),
        "can_publish": request.user.has_perm("answers.publish_curatedanswer"),
    }, status=400 if request.method == "POST" else 200)


ACTIONS = {
    "submit": lambda a, user, reason: a.submit_for_review(user),
    "review": lambda a, user, reason: a.mark_reviewed(user),
    "publish": lambda a, user, reason: a.publish(user),
    "send-back": lambda a, user, reason: a.back_to_draft(user, reason=reason),
}
DONE = {"submit": "Submitted for review.", "review": "Marked as medically reviewed.",
        "publish": "Published.", "send-back": "Sent back to the editors."}


@login_required
@require_POST
def act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    _need(request, EDIT_PERM)
    if action not in ACTIONS:
        messages.error(request, f"Unknown action {action[:40]!r}.")
        return redirect("editorial-answer", pk)
    answer = get_object_or_404(CuratedAnswer, pk=pk)
    try:
        ACTIONS[action](answer, request.user, request.POST.get("reason", ""))
    except (PermissionDenied, TransitionError) as exc:
        messages.error(request, message_of(exc))
        return redirect("editorial-answer", pk)
    messages.success(request, DONE[action])
    return redirect("editorial-reviewer" if request.user.has_perm(REVIEW_PERM) else "editorial-editor")
