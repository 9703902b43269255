"""What comes back to members: the state of their posts (with the moderator's reason when
hidden) and inquiries in "My RareMap"; the confirmation link brings them back to the page
they signed up from, and only to a page of this site."""

from __future__ import annotations

import re

from django.core import mail

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
