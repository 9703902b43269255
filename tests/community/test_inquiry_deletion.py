"""The asker deletes their question: a member from "My RareMap", someone who asked without an
account with the signed link of the answer e-mail. The question, the reply address and the
answer go; a published version leaves the disease page (the page cache too) and the API at
once; the audit keeps only that the asker deleted it. Attacks: another member, a forged or
altered link, a withdrawal link used to delete, a mail scanner opening the link."""

from __future__ import annotations

import re

from django.core import mail

from raremap.web.community.models import AuditEntry
from raremap.web.inquiries.models import Inquiry
from tests import factories
from tests.factories import POEMS, logged_in

POEMS_PAGE = "/disease/ORPHA:2905/poems-syndrome/"
API = f"/api/v1/communities/{POEMS}/inquiries"
QUESTION = "My daughter Ines was treated at Leeds for POEMS syndrome; will she need more transplants?"
ANSWER = "Most people need only one, and follow-up blood tests continue for several years."
PUBLISHED_Q = "Does POEMS syndrome usually need more than one stem cell transplant?"
PUBLISHED_A = "Most people need only one, and follow-up blood tests continue for years."


def published(asker=None, email="asker@example.org"):
    return factories.published_inquiry(QUESTION, ANSWER, PUBLISHED_Q, PUBLISHED_A, asker=asker, email=email)


def test_a_member_deletes_a_published_question_and_it_leaves_the_cached_page_and_the_api(client, settings, patient):
    settings.RAREMAP_PAGE_CACHE_SECONDS = 300
    pk = published(asker=patient).pk
    client.get(POEMS_PAGE)
    cached = client.get(POEMS_PAGE)
    assert cached["X-Cache"] == "hit" and PUBLISHED_Q in cached.content.decode()

    logged_in(client, patient)
    assert f'href="/inquiries/{pk}/delete/"' in client.get("/community/me/").content.decode()
    page = " ".join(client.get(f"/inquiries/{pk}/delete/").content.decode().split())
    assert "is removed from the page and from RareMap's API at once" in page and "cannot be undone" in page
    assert Inquiry.objects.filter(pk=pk).exists()  # opening the page deletes nothing
    done = client.post(f"/inquiries/{pk}/delete/", follow=True)
    assert "Your question about POEMS syndrome and its answer are deleted." in done.content.decode()
    assert not Inquiry.objects.filter(pk=pk).exists()
    assert QUESTION[:30] not in client.get("/community/me/").content.decode()

    client.logout()
    client.cookies.clear()
    for _ in range(2):
        body = client.get(POEMS_PAGE).content.decode()
        assert PUBLISHED_Q not in body and PUBLISHED_A not in body
    assert client.get(API).json()["count"] == 0


def test_the_audit_keeps_only_that_the_asker_deleted_it(client, patient, moderator):
    pk = published(asker=patient).pk
    logged_in(client, patient)
    client.post(f"/inquiries/{pk}/delete/")
    entry = AuditEntry.objects.get(action="erase")
    assert entry.target == f"inquiry:{pk}" and entry.actor is None and entry.reason == ""
    assert all(i["id"] != pk for i in client.get("/accounts/export/").json()["inquiries"])
    client.logout()
    logged_in(client, moderator)
    audit = " ".join(client.get("/community/moderation/audit/").content.decode().split())
    assert "Question deleted by the asker" in audit
    for personal in ("Ines", "Leeds", "asker@example.org", "transplant"):
        assert personal not in audit


def test_no_one_else_deletes_a_members_question(client, patient, caregiver, specialist):
    pk = published(asker=patient).pk
    assert client.post(f"/inquiries/{pk}/delete/").status_code == 302  # to the log-in page
    for other in (caregiver, specialist):
        logged_in(client, other)
        assert client.post(f"/inquiries/{pk}/delete/").status_code == 404
        client.logout()
    assert Inquiry.objects.filter(pk=pk).exists() and not AuditEntry.objects.filter(action="erase")


def test_someone_who_asked_without_an_account_deletes_with_the_link_of_the_answer_mail(client, specialist):
    client.post(f"/inquiries/ask/{POEMS}/", {"email": "sarah@example.org", "question": QUESTION, "may_publish": "on"})
    first = Inquiry.objects.get()
    logged_in(client, specialist)
    client.post(f"/inquiries/{first.pk}/answer/", {"answer": ANSWER})
    client.logout()
    body = mail.outbox[-1].body
    link = re.search(r"http://testserver(/inquiries/\d+/delete/\w+/)", body).group(1)
    withdraw_link = re.search(r"http://testserver(/inquiries/\d+/withdraw/\w+/)", body).group(1)

    other = published(email="other@example.org")
    forged = [link.replace(f"/{first.pk}/", f"/{other.pk}/"), link[:-3] + "00/", f"/inquiries/{first.pk}/delete/x/",
              # the withdrawal link's token, which the asker also holds, deletes nothing
              withdraw_link.replace("/withdraw/", "/delete/")]
    for wrong in forged:
        assert client.post(wrong).status_code == 404
    assert client.get(link).status_code == 200  # a mail scanner opening the link changes nothing
    assert Inquiry.objects.count() == 2

    done = client.post(link, follow=True)
    assert done.status_code == 200 and "are deleted." in done.content.decode()
    assert not Inquiry.objects.filter(pk=first.pk).exists() and Inquiry.objects.filter(pk=other.pk).exists()
    assert client.get(link).status_code == 404  # the link is dead once used


def test_an_answer_mail_without_consent_still_offers_deletion(client, specialist):
    client.post(f"/inquiries/ask/{POEMS}/", {"email": "sarah@example.org", "question": QUESTION})
    logged_in(client, specialist)
    client.post(f"/inquiries/{Inquiry.objects.get().pk}/answer/", {"answer": ANSWER})
    body = mail.outbox[-1].body
    assert "/withdraw/" not in body and re.search(r"/inquiries/\d+/delete/\w+/", body)
