"""Publishing an inquiry: what the detector still finds is highlighted, and nothing goes out
while a finding is neither edited out nor confirmed "not personal", one by one."""

from __future__ import annotations

import re

from raremap.web.community.models import AuditEntry
from raremap.web.inquiries.models import Inquiry
from tests.factories import POEMS, logged_in

LEAKY = ("My son was treated at Klinikum rechts der Isar for POEMS syndrome. Call me on "
         "+49 151 2345678; we were in Spain in June. Can it come back after a transplant?")
ANSWER = "It can relapse in some people, so follow-up with blood tests continues for years."


def _answered(client, specialist) -> Inquiry:
    client.post(f"/inquiries/ask/{POEMS}/", {"email": "asker@example.org", "question": LEAKY,
                                             "may_publish": "on"})
    inquiry = Inquiry.objects.get()
    logged_in(client, specialist)
    client.post(f"/inquiries/{inquiry.pk}/answer/", {"answer": ANSWER})
    client.logout()
    return inquiry


def _keys(page: str) -> list[str]:
    return re.findall(r'name="not_personal" value="([0-9a-f]+)"', page)


def test_the_leaky_inquiry_cannot_be_published_unchanged(client, specialist, editor, kb):
    inquiry = _answered(client, specialist)
    logged_in(client, editor)
    url = f"/inquiries/{inquiry.pk}/publish/"
    page = client.get(url).content.decode()
    for leak in ("rechts der", "Isar", "+49 151", "2345678", "in June"):
        assert leak not in page  # the prefilled redaction has them out
    # Approving the leaky text as it was: refused, every finding highlighted with its box.
    r = client.post(url, {"published_question": LEAKY, "published_answer": ANSWER})
    body = r.content.decode()
    assert r.status_code == 400 and 'data-testid="findings-left"' in body
    for leak in ("Klinikum rechts der Isar", "+49 151 2345678"):
        assert f">{leak}</mark>" in body
    keys = _keys(body)
    assert len(keys) >= 3
    # Confirming all but one still publishes nothing.
    r = client.post(url, {"published_question": LEAKY, "published_answer": ANSWER,
                          "not_personal": keys[:-1]})
    assert r.status_code == 400 and "1 finding still to edit out or confirm" in r.content.decode()
    inquiry.refresh_from_db()
    assert inquiry.status == "answered" and inquiry.published_question == ""
    # A confirmation belongs to its finding where it stood: an edit that moves it asks again.
    r = client.post(url, {"published_question": "Hello. " + LEAKY, "published_answer": ANSWER,
                          "not_personal": keys})
    assert r.status_code == 400
    inquiry.refresh_from_db()
    assert inquiry.status == "answered"


def test_each_finding_confirmed_publishes_the_text_as_left(client, specialist, editor, kb):
    inquiry = _answered(client, specialist)
    logged_in(client, editor)
    url = f"/inquiries/{inquiry.pk}/publish/"
    text = "We read the Mayo Clinic guide on POEMS syndrome. Can it come back after a transplant?"
    keys = _keys(client.post(url, {"published_question": text, "published_answer": ANSWER}).content.decode())
    assert keys  # "Mayo Clinic" is found; here it names a public guide, not the person's care
    assert client.post(url, {"published_question": text, "published_answer": ANSWER,
                             "not_personal": keys}).status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.status == "published" and inquiry.published_question == text
    entry = AuditEntry.objects.get(action="publish")
    assert entry.reason.startswith(f"confirmed not personal: {len(keys)}") and "Mayo" not in entry.reason


def test_an_edited_text_with_nothing_left_publishes_at_once(client, specialist, editor, kb):
    inquiry = _answered(client, specialist)
    logged_in(client, editor)
    clean = "My son has POEMS syndrome. Can it come back after a transplant?"
    r = client.post(f"/inquiries/{inquiry.pk}/publish/", {"published_question": clean, "published_answer": ANSWER})
    assert r.status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.published_question == clean
