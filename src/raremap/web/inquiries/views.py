"""Ask the information center: anyone asks, information specialists answer from a queue, an
editor approves a de-identified version for the disease page."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db.models import Case, When
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import date as date_filter
from django.urls import reverse
from django.utils.html import format_html

from raremap.web import deid
from raremap.web.accounts import throttle
from raremap.web.community.diseases import disease_name, get_disease
from raremap.web.inquiries import review, withdrawal
from raremap.web.inquiries.forms import AnswerForm, AskForm, PublishForm
from raremap.web.inquiries.models import ANSWER_PERM, PUBLISH_PERM, Inquiry
from raremap.web.transitions import TransitionError, message_of

#: questions listed on one queue page (the page says when there are more)
QUEUE_PAGE = 100


def _require(request, perm: str) -> None:
    if not request.user.has_perm(perm):
        raise PermissionDenied


def ask(request: HttpRequest, disease_id: str) -> HttpResponse:
    disease = get_disease(disease_id)
    member = request.user.is_authenticated
    form = AskForm(request.POST or None, member=member)
    if request.method == "POST":
        if not throttle.allow("ask", throttle.client_key(request)):
            return render(request, "inquiries/ask.html", {"form": form, "disease": disease,
                                                         "throttled": True}, status=429)
        if form.is_valid():
            Inquiry.objects.create(
                disease_id=disease.id, question=form.cleaned_data["question"],
                email=request.user.email if member else form.cleaned_data["email"],
                may_publish=form.cleaned_data["may_publish"], asker=request.user if member else None)
            messages.success(request, format_html('Thank you. The answer will be in <a href="{}">My RareMap</a>.',
                                                  reverse("community-dashboard")) if member
                             else "Thank you. An information specialist will answer by e-mail.")
            return redirect("pages-disease", disease.id)
    return render(request, "inquiries/ask.html", {"form": form, "disease": disease})


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    can_answer, can_publish = request.user.has_perm(ANSWER_PERM), request.user.has_perm(PUBLISH_PERM)
    if not (can_answer or can_publish):
        raise PermissionDenied
    inquiries = Inquiry.objects.exclude(status=Inquiry.Status.PUBLISHED)
    private = inquiries.filter(status=Inquiry.Status.ANSWERED, may_publish=False)
    show_private = can_answer and request.GET.get("show") == "private"
    if not can_answer:
        # An editor sees only what they may publish, and not the question as asked (the
        # publish page shows it redacted).
        inquiries = inquiries.filter(status=Inquiry.Status.ANSWERED, may_publish=True)
    elif show_private:
        inquiries = private
    else:
        # Answered questions that will never be published (the asker refused, or withdrew
        # their consent) need nothing more: they are listed apart.
        inquiries = inquiries.exclude(pk__in=private.values("pk"))
    # Questions waiting for an answer first, the longest waiting at the top.
    inquiries = inquiries.order_by(Case(When(status=Inquiry.Status.NEW, then=0), default=1), "created")
    total = inquiries.count()
    rows = [{"i": i, "disease_name": disease_name(i.disease_id)} for i in inquiries[:QUEUE_PAGE]]
    return render(request, "inquiries/queue.html", {
        "rows": rows, "total": total, "cut": total > len(rows), "can_answer": can_answer,
        "can_publish": can_publish, "show_private": show_private,
        "private_count": private.count() if can_answer and not show_private else 0})


@login_required
def answer(request: HttpRequest, pk: int) -> HttpResponse:
    _require(request, ANSWER_PERM)
    inquiry = get_object_or_404(Inquiry, pk=pk)
    form = AnswerForm(request.POST or None, initial={"answer": inquiry.answer})
    if request.method == "POST" and form.is_valid():
        inquiry.give_answer(request.user, form.cleaned_data["answer"])
        if inquiry.asker_id is None:  # asked without an account: the e-mail is the only way back
            name = disease_name(inquiry.disease_id)
            send_mail(f"Your question about {name}",
                      f"Here is our answer to the question about {name} you asked on "
                      f"{date_filter(inquiry.created, 'j M Y')}.\n\n{inquiry.answer}\n\n— RareMap information center\n"
                      f"{_withdraw_note(request, inquiry)}",
                      None, [inquiry.email])
            messages.success(request, "Answer sent by e-mail.")
        else:
            messages.success(request, "Answer saved: the member reads it in My RareMap.")
        return redirect("inquiries-queue")
    return render(request, "inquiries/answer.html", {
        "inquiry": inquiry, "form": form, "disease_name": disease_name(inquiry.disease_id),
        "segments": deid.highlight(inquiry.question)})


@login_required
def publish(request: HttpRequest, pk: int) -> HttpResponse:
    _require(request, PUBLISH_PERM)
    inquiry = get_object_or_404(Inquiry, pk=pk)
    if inquiry.status not in (Inquiry.Status.ANSWERED, Inquiry.Status.PUBLISHED):
        # Still nothing to publish (404 as before), said in words with the way forward.
        return render(request, "404.html", {
            "message": f"Inquiry {inquiry.pk} has no answer yet: it can be published once it is answered.",
            "suggestions_title": "Next step",
            "suggestions": [{"label": f"Answer inquiry {inquiry.pk}", "url": reverse("inquiries-answer", args=[inquiry.pk]),
                             "id": ""}],
        }, status=404)
    if not inquiry.may_publish:
        # Nothing of an inquiry its asker keeps private, not even redacted.
        why = "withdrew their consent to" if inquiry.consent_withdrawn else "did not agree to"
        return render(request, "404.html", {
            "message": f"Inquiry {inquiry.pk} cannot be published: the person who asked {why} publication.",
            "suggestions_title": "Next step",
            "suggestions": [{"label": "Back to the inquiry queue", "url": reverse("inquiries-queue"), "id": ""}],
        }, status=404)
    # Start from the detector's redaction; the editor reviews and edits before approving.
    form = PublishForm(request.POST or None, initial={
        "published_question": inquiry.published_question or deid.redacted(inquiry.question),
        "published_answer": inquiry.published_answer or deid.redacted(inquiry.answer)})
    if request.method == "POST":
        try:
            inquiry.check_publishable()
        except TransitionError as exc:
            messages.error(request, message_of(exc))
            return redirect("inquiries-queue")
    texts = form.cleaned_data if request.method == "POST" and form.is_valid() else None
    checked = review.review(texts if texts is not None else
                            {name: form[name].value() for name in review.FIELDS})
    confirmed = set(request.POST.getlist("not_personal"))
    left = checked.unconfirmed(confirmed)
    if texts is not None and not left:
        # Published as the editor left it: every finding was edited out or confirmed.
        kinds = sorted({r.kind for r in checked.remaining})
        inquiry.publish(request.user, texts["published_question"], texts["published_answer"],
                        note=f"confirmed not personal: {len(checked.remaining)} ({', '.join(kinds)})" if kinds else "")
        messages.success(request, "Published on the disease page.")
        return redirect("inquiries-queue")
    return render(request, "inquiries/publish.html", {
        "inquiry": inquiry, "form": form, "disease": get_disease(inquiry.disease_id),
        "review": checked, "confirmed": confirmed, "left": len(left), "tried": texts is not None},
        status=400 if texts is not None else 200)


def _withdraw_note(request: HttpRequest, inquiry: Inquiry) -> str:
    """For the answer e-mail: the asker's ways to take back their consent to publication (when
    given) and to delete the question."""
    def link(name: str, salt: str) -> str:
        return request.build_absolute_uri(reverse(name, args=[inquiry.pk, withdrawal.make_token(inquiry, salt)]))

    note = ""
    if inquiry.may_publish:
        note = ("\nYou agreed that a de-identified version of your question and this answer may be published "
                "on the disease page, once an editor has removed names and other personal details. "
                "You can withdraw that agreement at any time, before or after publication: open this link, "
                "which says what happens and asks you to confirm first:\n"
                f"{link('inquiries-withdraw-link', withdrawal.SALT)}\n")
    return note + ("\nTo delete your question, this answer and your e-mail address from RareMap, open this "
                   "link, which asks you to confirm first:\n"
                   f"{link('inquiries-delete-link', withdrawal.DELETE_SALT)}\n")


@login_required
def withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    """A member withdraws consent to publication of one of their inquiries."""
    return _withdraw(request, get_object_or_404(Inquiry, pk=pk, asker=request.user), member=True)


def withdraw_by_link(request: HttpRequest, pk: int, token: str) -> HttpResponse:
    """The same through the signed link of the answer e-mail (asked without an account)."""
    inquiry = Inquiry.objects.filter(pk=pk).first()
    if inquiry is None or not withdrawal.check_token(inquiry, token):
        raise Http404("No such link.")
    return _withdraw(request, inquiry, member=False)


def _withdraw(request: HttpRequest, inquiry: Inquiry, member: bool) -> HttpResponse:
    """GET says what withdrawing does, POST does it (a mail scanner opening the link changes
    nothing)."""
    if request.method == "POST":
        was_published = inquiry.status == Inquiry.Status.PUBLISHED
        if inquiry.withdraw_consent():
            messages.success(request, "Your consent is withdrawn. " + (
                "Your question and its answer are no longer on the disease page, and will not be published again."
                if was_published else "Your question and its answer will not be published."))
        # Back to where the member reads their questions; the link's page says the new state.
        return redirect("community-dashboard") if member else redirect(request.path)
    return render(request, "inquiries/withdraw.html", {
        "inquiry": inquiry, "disease_name": disease_name(inquiry.disease_id), "member": member,
        "published": inquiry.status == Inquiry.Status.PUBLISHED})


@login_required
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    """A member deletes one of their questions."""
    return _delete(request, get_object_or_404(Inquiry, pk=pk, asker=request.user), member=True)


def delete_by_link(request: HttpRequest, pk: int, token: str) -> HttpResponse:
    """The same through the signed link of the answer e-mail (asked without an account)."""
    inquiry = Inquiry.objects.filter(pk=pk).first()
    if inquiry is None or not withdrawal.check_token(inquiry, token, withdrawal.DELETE_SALT):
        raise Http404("No such link.")
    return _delete(request, inquiry, member=False)


def _delete(request: HttpRequest, inquiry: Inquiry, member: bool) -> HttpResponse:
    """GET says what deleting does, POST does it (a mail scanner opening the link changes
    nothing)."""
    name = disease_name(inquiry.disease_id)
    if request.method == "POST":
        disease_id = inquiry.disease_id
        inquiry.erase()
        messages.success(request, f"Your question about {name} and its answer are deleted.")
        # The link is dead now: the disease page, where a published version no longer shows.
        return redirect("community-dashboard") if member else redirect("pages-disease", disease_id)
    return render(request, "inquiries/delete.html", {
        "inquiry": inquiry, "disease_name": name, "member": member,
        "published": inquiry.status == Inquiry.Status.PUBLISHED})
