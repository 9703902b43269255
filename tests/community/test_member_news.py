"""What comes back to members: the state of their posts (with the moderator's reason when
hidden) and inquiries in "My RareMap"; the confirmation link brings them back to the page
they signed up from, and only to a page of this site."""

from __future__ import annotations

import re

from django.core import mail

from raremap.web.inquiries.models import Inquiry
from tests.factories import POEMS, inquiry, logged_in, moderator, post


def test_my_raremap_shows_each_posts_state_and_the_reason_it_was_hidden(client, patient):
    mod = moderator()
    waiting = post(patient, "Still waiting to be read by a moderator.", status="pending")
    shown = post(patient, "Published for everyone to read.")
    hidden = post(patient, "My neighbour's name was in here.")
    hidden.hide(mod, "It named another person; please leave names out.")
    logged_in(client, patient)
    page = client.get("/community/me/").content.decode()
    item = lambda p: page.split(f'data-testid="post-{p.pk}"', 1)[1].split("</li>", 1)[0]  # noqa: E731
    assert "Waiting for moderation" in item(waiting)
    assert "Published" in item(shown) and "Reason" not in item(shown)
    assert "Hidden by a moderator" in item(hidden)
    assert "It named another person; please leave names out." in item(hidden)
    assert "Mod Marten" not in page  # never who moderated


def test_my_raremap_shows_my_inquiries_and_their_state(client, patient, caregiver):
    mine = inquiry("Can my children inherit it?", asker=patient, email=patient.email)
    answered = inquiry("What does the M-protein mean?", asker=patient, email=patient.email,
                       status="answered", answer="It is an antibody made by one group of cells.")
    other = inquiry("Someone else's question about diet.", asker=caregiver, email=caregiver.email)
    logged_in(client, patient)
    page = client.get("/community/me/").content.decode()
    assert "Received, waiting for an answer" in page.split(f'data-testid="inquiry-{mine.pk}"', 1)[1]
    part = page.split(f'data-testid="inquiry-{answered.pk}"', 1)[1].split("</li>", 1)[0]
    assert "Answered" in part and "one group of cells" in part
    assert other.question not in page


SIGNUP = {"email": "back@example.org", "pseudonym": "Back Home",
          "password1": "violet tractor 19", "password2": "violet tractor 19"}


def test_the_confirmation_link_returns_to_the_community_signed_up_from(client, db):
    community = f"/community/{POEMS}/"
    assert f'/accounts/signup/?next={community.replace(":", "%3A")}' in client.get(community).content.decode()
    client.post(f"/accounts/signup/?next={community}", SIGNUP)
    link = re.search(r"http://testserver(/accounts/confirm/\S+)", mail.outbox[-1].body).group(1)
    response = client.get(link)
    assert response.status_code == 302 and response["Location"] == community


def test_a_next_to_another_site_is_ignored(client, db):
    for n, bad in enumerate(("https://evil.example/", "//evil.example/", "/\\evil.example/", "javascript:alert(1)")):
        mail.outbox.clear()
        client.logout()
        client.post("/accounts/signup/?next=" + bad, {**SIGNUP, "email": f"x{n}@example.org", "pseudonym": f"Visitor {n}"})
        link = re.search(r"http://testserver(/accounts/confirm/\S+)", mail.outbox[-1].body).group(1)
        assert "next=" not in link
        response = client.get(link + "?next=" + bad)
        assert response["Location"] == "/community/me/", bad


def test_e_mail_about_posts_only_after_the_member_opts_in(client, patient, django_capture_on_commit_callbacks):
    mod = moderator()
    assert patient.profile.notify_by_email is False  # off by default
    with django_capture_on_commit_callbacks(execute=True):
        post(patient, "First one, nobody asked for mail.", status="pending").approve(mod)
    assert mail.outbox == []
    logged_in(client, patient)
    client.post("/community/me/notifications/", {"notify_by_email": "on"})
    patient.profile.refresh_from_db()
    assert patient.profile.notify_by_email
    hidden = post(patient, "My neighbour Anna Schmidt has it too.")
    with django_capture_on_commit_callbacks(execute=True):
        hidden.hide(mod, "It names another person.")
    [message] = mail.outbox
    assert message.to == [patient.email] and "was hidden by a moderator" in message.body
    assert "It names another person." in message.body
    assert "Anna Schmidt" not in message.body and "POEMS" not in message.body  # no post text, no disease
    client.post("/community/me/notifications/", {})
    patient.profile.refresh_from_db()
    assert not patient.profile.notify_by_email


def test_a_members_question_is_answered_in_my_raremap_and_e_mailed_only_after_opting_in(
        client, patient, specialist, editor, django_capture_on_commit_callbacks, settings):
    settings.RAREMAP_SITE_URL = "https://raremap.example.org"
    logged_in(client, patient)
    page = client.get(f"/inquiries/ask/{POEMS}/").content.decode()
    assert 'name="email"' not in page and "only if you turn that on in My RareMap" in page
    question = "My son Tom Berger was diagnosed in Hamburg; can his sister inherit POEMS?"
    client.post(f"/inquiries/ask/{POEMS}/", {"question": question, "may_publish": "on"})
    asked = Inquiry.objects.get()
    assert asked.asker == patient and asked.email == patient.email
    answer = "Most cases are not passed on in families; a genetic counsellor can explain more."
    form = logged_in(client, specialist).get(f"/inquiries/{asked.pk}/answer/").content.decode()
    assert "they read the answer in My RareMap" in form and "Save the answer" in form
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/inquiries/{asked.pk}/answer/", {"answer": answer})
    assert Inquiry.objects.get().status == "answered"
    assert mail.outbox == []  # not opted in: no e-mail, not even the answer
    logged_in(client, patient)
    assert "genetic counsellor" in client.get("/community/me/").content.decode()
    client.post("/community/me/notifications/", {"notify_by_email": "on"})
    assert "We will also e-mail you" in client.get(f"/inquiries/ask/{POEMS}/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        logged_in(client, editor).post(f"/inquiries/{asked.pk}/publish/", {
            "published_question": "Can a sibling inherit POEMS syndrome?",
            "published_answer": "Most cases are not passed on in families."})
    assert Inquiry.objects.get().status == "published"
    [message] = mail.outbox
    assert message.to == [patient.email] and "published" in message.body
    assert "https://raremap.example.org/community/me/" in message.body
    for private in ("Tom Berger", "Hamburg", "inherit", "POEMS", "genetic counsellor", "sibling"):
        assert private not in message.body + message.subject
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        logged_in(client, specialist).post(f"/inquiries/{asked.pk}/answer/", {"answer": answer + " Ask us again any time."})
    [update] = mail.outbox
    assert "updated its answer" in update.body and "counsellor" not in update.body


def test_someone_without_an_account_still_gets_the_answer_by_e_mail(client, specialist, django_capture_on_commit_callbacks):
    asked = inquiry("Is there a support group for POEMS in Spain?", email="visitor@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        logged_in(client, specialist).post(f"/inquiries/{asked.pk}/answer/",
                                           {"answer": "Yes: the national rare disease federation keeps a list."})
    [message] = mail.outbox
    assert message.to == ["visitor@example.org"] and "federation keeps a list" in message.body


def test_the_post_notice_links_to_my_raremap_at_the_configured_site(patient, django_capture_on_commit_callbacks, settings):
    settings.RAREMAP_SITE_URL = "https://raremap.example.org"
    patient.profile.notify_by_email = True
    patient.profile.save()
    with django_capture_on_commit_callbacks(execute=True):
        post(patient, "Waiting to be read.", status="pending").approve(moderator())
    [message] = mail.outbox
    assert "is now published" in message.body and "https://raremap.example.org/community/me/" in message.body
