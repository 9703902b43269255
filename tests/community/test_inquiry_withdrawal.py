"""An asker takes back their consent to publication, before and after it: a member from
"My RareMap", someone who asked without an account with the signed link of the answer e-mail.
Before publication the inquiry leaves the editors' queue; after it, the de-identified texts
leave the disease page (the page cache too) and the API at once; the audit log keeps that
consent was withdrawn and nothing personal; the export shows it."""

from __future__ import annotations

import re

import pytest
from django.core import mail

from raremap.web.community.models import AuditEntry
from raremap.web.inquiries.models import Inquiry
from raremap.web.transitions import TransitionError
from tests import factories
from tests.factories import POEMS, inquiry, logged_in

POEMS_PAGE = "/disease/ORPHA:2905/poems-syndrome/"
API = f"/api/v1/communities/{POEMS}/inquiries"
QUESTION = "My son Tom was treated at Leeds for POEMS syndrome; can it come back after the transplant?"
ANSWER = "It can relapse in some people, so follow-up blood tests continue for several years."
PUBLISHED_Q = "Can POEMS syndrome come back after a stem cell transplant, years later?"
PUBLISHED_A = "It can relapse in some people, so follow-up blood tests continue for years."


def published_inquiry(asker=None, email="asker@example.org"):
    return factories.published_inquiry(QUESTION, ANSWER, PUBLISHED_Q, PUBLISHED_A, asker=asker, email=email)


def editor_queue(client, editor) -> str:
    client.logout()
    logged_in(client, editor)
    body = client.get("/inquiries/queue/").content.decode()
    client.logout()
    return body


def test_a_member_withdraws_before_publication_and_editors_no_longer_see_it(client, patient, specialist, editor):
    logged_in(client, patient)
    client.post(f"/inquiries/ask/{POEMS}/", {"question": QUESTION, "may_publish": "on"})
    pk = Inquiry.objects.get().pk
    Inquiry.objects.get().give_answer(specialist, ANSWER)
    assert f"/inquiries/{pk}/publish/" in editor_queue(client, editor)

    logged_in(client, patient)
    assert f'href="/inquiries/{pk}/withdraw/"' in client.get("/community/me/").content.decode()
    page = " ".join(client.get(f"/inquiries/{pk}/withdraw/").content.decode().split())
    assert "It is not published yet." in page and "Editors no longer see it in their queue, and it is never published." in page
    assert client.post(f"/inquiries/{pk}/withdraw/").status_code == 302
    assert "You withdrew your consent to publication on" in client.get("/community/me/").content.decode()

    assert f"/inquiries/{pk}/publish/" not in editor_queue(client, editor)
    logged_in(client, editor)
    refused = client.get(f"/inquiries/{pk}/publish/")
    assert refused.status_code == 404 and "withdrew their consent to publication" in refused.content.decode()
    client.post(f"/inquiries/{pk}/publish/", {"published_question": PUBLISHED_Q, "published_answer": PUBLISHED_A})
    stored = Inquiry.objects.get()
    assert stored.status == "answered" and not stored.may_publish and stored.published_question == ""


def test_a_member_withdraws_after_publication_and_it_leaves_the_page_cache_and_the_api_at_once(
        client, settings, patient):
    settings.RAREMAP_PAGE_CACHE_SECONDS = 300
    pk = published_inquiry(asker=patient).pk
    assert PUBLISHED_Q in client.get(POEMS_PAGE).content.decode()
    cached = client.get(POEMS_PAGE)
    assert cached["X-Cache"] == "hit" and PUBLISHED_Q in cached.content.decode()
    assert client.get(API).json()["count"] == 1

    logged_in(client, patient)
    page = " ".join(client.get(f"/inquiries/{pk}/withdraw/").content.decode().split())
    assert "It is removed from the disease page and from RareMap's API at once" in page
    client.post(f"/inquiries/{pk}/withdraw/")
    client.logout()
    client.cookies.clear()

    for _ in range(2):  # the first request after the change, and the cached page after it
        body = client.get(POEMS_PAGE).content.decode()
        assert PUBLISHED_Q not in body and PUBLISHED_A not in body
    assert client.get(API).json()["count"] == 0
    stored = Inquiry.objects.get()
    assert stored.published_question == stored.published_answer == "" and stored.approved_by is None


def test_the_audit_keeps_the_withdrawal_and_nothing_personal_and_the_export_shows_it(client, patient, moderator):
    pk = published_inquiry(asker=patient).pk
    logged_in(client, patient)
    client.post(f"/inquiries/{pk}/withdraw/")
    entry = AuditEntry.objects.get(action="withdraw")
    assert entry.target == f"inquiry:{pk}" and entry.actor is None and entry.reason == "unpublished"
    export = client.get("/accounts/export/").json()
    row = next(i for i in export["inquiries"] if i["id"] == pk)
    assert row["consent_withdrawn"] and row["may_publish"] is False and row["published_question"] == ""
    assert {"action": "withdraw", "target": f"inquiry:{pk}"}.items() <= next(
        a for a in export["moderation_of_my_posts_and_inquiries"] if a["action"] == "withdraw").items()
    client.logout()
    logged_in(client, moderator)
    audit = " ".join(client.get("/community/moderation/audit/").content.decode().split())
    assert "<td>The asker</td><td>Consent to publication withdrawn by the asker</td>" in audit
    for personal in ("Hopeful Heron", "Tom", "Leeds", "relapse"):
        assert personal not in audit


def test_only_the_asker_withdraws(client, patient, caregiver):
    pk = published_inquiry(asker=patient).pk
    assert client.post(f"/inquiries/{pk}/withdraw/").status_code == 302  # to the log-in page
    logged_in(client, caregiver)
    assert client.post(f"/inquiries/{pk}/withdraw/").status_code == 404
    assert Inquiry.objects.get().status == "published" and not AuditEntry.objects.filter(action="withdraw")


def test_someone_who_asked_without_an_account_withdraws_with_the_link_of_the_answer_mail(client, specialist):
    client.post(f"/inquiries/ask/{POEMS}/", {"email": "sarah@example.org", "question": QUESTION, "may_publish": "on"})
    first = Inquiry.objects.get()
    logged_in(client, specialist)
    client.post(f"/inquiries/{first.pk}/answer/", {"answer": ANSWER})
    client.logout()
    link = re.search(r"http://testserver(/inquiries/\d+/withdraw/\w+/)", mail.outbox[-1].body).group(1)
    assert "before or after publication" in mail.outbox[-1].body

    other = published_inquiry(email="other@example.org")
    forged = [link.replace(f"/{first.pk}/", f"/{other.pk}/"), link[:-3] + "00/", f"/inquiries/{first.pk}/withdraw/x/"]
    for wrong in forged:
        assert client.post(wrong).status_code == 404
    assert client.get(link).status_code == 200  # opening the link (a mail scanner) changes nothing
    assert Inquiry.objects.get(pk=first.pk).may_publish and Inquiry.objects.get(pk=other.pk).status == "published"

    done = client.post(link, follow=True)  # back to the same page, which says the new state
    assert done.status_code == 200 and "You withdrew your consent to publication on" in done.content.decode()
    assert not Inquiry.objects.get(pk=first.pk).may_publish
    assert Inquiry.objects.get(pk=other.pk).may_publish  # the other asker's is untouched


def test_an_answer_mail_without_consent_has_no_withdrawal_link(client, specialist):
    client.post(f"/inquiries/ask/{POEMS}/", {"email": "sarah@example.org", "question": QUESTION})
    logged_in(client, specialist)
    client.post(f"/inquiries/{Inquiry.objects.get().pk}/answer/", {"answer": ANSWER})
    assert "/withdraw/" not in mail.outbox[-1].body


def test_an_editor_holding_the_inquiry_from_before_the_withdrawal_cannot_publish_it(patient, specialist, editor):
    asked = inquiry(QUESTION, asker=patient, may_publish=True)
    asked.give_answer(specialist, ANSWER)
    held = Inquiry.objects.get(pk=asked.pk)  # the editor's page read it while consent stood
    Inquiry.objects.get(pk=asked.pk).withdraw_consent()
    with pytest.raises(TransitionError):
        held.publish(editor, PUBLISHED_Q, PUBLISHED_A)
    stored = Inquiry.objects.get(pk=asked.pk)
    assert stored.status == "answered" and stored.published_question == "" and not stored.may_publish


def test_an_answer_saved_from_before_the_withdrawal_does_not_restore_consent(patient, specialist):
    asked = inquiry(QUESTION, asker=patient, may_publish=True)
    held = Inquiry.objects.get(pk=asked.pk)  # the specialist's page read it while consent stood
    Inquiry.objects.get(pk=asked.pk).withdraw_consent()
    held.give_answer(specialist, ANSWER)
    assert not Inquiry.objects.get(pk=asked.pk).may_publish


def test_no_one_gives_consent_back_in_the_admin(client, patient, django_user_model):
    pk = published_inquiry(asker=patient).pk
    Inquiry.objects.get(pk=pk).withdraw_consent()
    client.force_login(django_user_model.objects.create_superuser("root", "root@example.org", "pw"))
    form = client.get(f"/admin/inquiries/inquiry/{pk}/change/")
    assert form.status_code == 200 and 'name="question"' in form.content.decode()
    assert 'name="may_publish"' not in form.content.decode()
