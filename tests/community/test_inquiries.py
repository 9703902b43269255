"""Ask the information center: asking, the specialists' queue, editor publication."""

from __future__ import annotations

from django.core import mail

from raremap.web.inquiries.models import Inquiry
from tests.factories import POEMS, logged_in

QUESTION = ("My name is Sarah Jones and my husband David was diagnosed at St Mary's Hospital "
            "on 12 March 2019. Can POEMS syndrome come back after a stem cell transplant?")
ANSWER = ("It can relapse in some people, so follow-up with blood tests and VEGF levels "
          "continues for years. Dr Patel's team can explain what applies in your case.")


def ask(client, **extra):
    return client.post(f"/inquiries/ask/{POEMS}/", {"email": "sarah@example.org",
                                                   "question": QUESTION, **extra})


def test_anyone_may_ask(client, db):
    assert ask(client).status_code == 302
    inquiry = Inquiry.objects.get()
    assert inquiry.status == "new" and inquiry.email == "sarah@example.org" and inquiry.asker is None


def test_asking_is_throttled(client, db):
    codes = [ask(client).status_code for _ in range(6)]
    assert codes[5] == 429 and Inquiry.objects.count() == 5


def test_only_specialists_answer(client, patient, specialist):
    ask(client)
    inquiry = Inquiry.objects.get()
    logged_in(client, patient)
    assert client.get("/inquiries/queue/").status_code == 403
    assert client.post(f"/inquiries/{inquiry.pk}/answer/", {"answer": ANSWER}).status_code == 403
    client.logout()
    logged_in(client, specialist)
    page = client.get(f"/inquiries/{inquiry.pk}/answer/").content.decode()
    assert "sarah@example.org" in page  # the specialist needs the reply address
    assert '<mark class="pii pii-name"' in page
    client.post(f"/inquiries/{inquiry.pk}/answer/", {"answer": ANSWER})
    inquiry.refresh_from_db()
    assert inquiry.status == "answered" and inquiry.answered_by == specialist
    assert mail.outbox[-1].to == ["sarah@example.org"] and "relapse" in mail.outbox[-1].body


def test_specialists_cannot_publish_and_editors_publish_redacted(client, specialist, editor, kb):
    ask(client, may_publish="on")
    inquiry = Inquiry.objects.get()
    logged_in(client, specialist)
    client.post(f"/inquiries/{inquiry.pk}/answer/", {"answer": ANSWER})
    assert client.post(f"/inquiries/{inquiry.pk}/publish/", {
        "published_question": "x" * 20, "published_answer": "y" * 20}).status_code == 403
    client.logout()
    logged_in(client, editor)
    form = client.get(f"/inquiries/{inquiry.pk}/publish/").content.decode()
    assert "Sarah Jones" not in form and "[name]" in form  # pre-filled with the redaction
    # If the editor pastes the original back, nothing is published and the findings show.
    r = client.post(f"/inquiries/{inquiry.pk}/publish/", {"published_question": QUESTION,
                                                         "published_answer": ANSWER})
    assert r.status_code == 400 and '<mark class="pii pii-name"' in r.content.decode()
    inquiry.refresh_from_db()
    assert inquiry.status == "answered" and inquiry.published_question == ""
    # The prefilled redaction itself goes through.
    client.post(f"/inquiries/{inquiry.pk}/publish/", {
        "published_question": inquiry_form_value(form, "published_question"),
        "published_answer": inquiry_form_value(form, "published_answer")})
    inquiry.refresh_from_db()
    assert inquiry.status == "published" and inquiry.approved_by == editor
    for secret in ("Sarah Jones", "David", "St Mary's Hospital", "12 March 2019", "Patel"):
        assert secret not in inquiry.published_question + inquiry.published_answer
    assert "POEMS syndrome" in inquiry.published_question  # the disease name is kept


def inquiry_form_value(page: str, name: str) -> str:
    import html
    import re

    return html.unescape(re.search(rf'<textarea name="{name}"[^>]*>\n?(.*?)</textarea>', page, re.S).group(1))


def test_unanswered_inquiries_cannot_be_published(client, editor):
    ask(client)
    logged_in(client, editor)
    pk = Inquiry.objects.get().pk
    r = client.get(f"/inquiries/{pk}/publish/")
    assert r.status_code == 404
    # Said in words, with the way forward, not "There is no page at this address".
    body = r.content.decode()
    assert f"Inquiry {pk} has no answer yet: it can be published once it is answered." in body
    assert f'href="/inquiries/{pk}/answer/"' in body
    assert client.get("/inquiries/999999/publish/").status_code == 404


def test_an_inquiry_is_published_only_with_the_askers_agreement(client, specialist, editor):
    assert 'name="may_publish"' in client.get(f"/inquiries/ask/{POEMS}/").content.decode()
    ask(client)  # the box left unticked
    inquiry = Inquiry.objects.get()
    assert inquiry.may_publish is False
    logged_in(client, specialist)
    client.post(f"/inquiries/{inquiry.pk}/answer/", {"answer": ANSWER})
    client.logout()
    logged_in(client, editor)
    assert f"/inquiries/{inquiry.pk}/publish/" not in client.get("/inquiries/queue/").content.decode()
    assert "did not agree to publication" in client.get(f"/inquiries/{inquiry.pk}/publish/").content.decode()
    client.post(f"/inquiries/{inquiry.pk}/publish/", {"published_question": "x" * 20, "published_answer": "y" * 20})
    inquiry.refresh_from_db()
    assert inquiry.status == "answered" and inquiry.published_answer == ""


def test_the_publication_box_sits_beside_its_label(client, db):
    body = " ".join(client.get(f"/inquiries/ask/{POEMS}/").content.decode().split())
    assert ('<div class="checkbox-row"><input type="checkbox" name="may_publish" '
            'aria-describedby="id_may_publish_helptext" id="id_may_publish"> '
            '<label for="id_may_publish">You may publish') in body
    assert '<p class="hint" id="id_may_publish_helptext">' in body


def test_a_member_who_asked_is_led_to_where_the_answer_will_be(client, patient):
    logged_in(client, patient)
    response = client.post(f"/inquiries/ask/{POEMS}/", {"question": QUESTION}, follow=True)
    body = " ".join(response.content.decode().split())
    assert 'Thank you. The answer will be in <a href="/community/me/">My RareMap</a>.' in body
