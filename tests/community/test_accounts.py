"""Sign-up with confirmation, log in, throttling, password hashing, roles, CSRF."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, User
from django.core import mail
from django.test import Client, override_settings

from raremap.web import settings as site_settings
from tests.factories import make_user

SIGNUP = {"email": "new@example.org", "pseudonym": "Brave Badger",
          "password1": "violet tractor 19", "password2": "violet tractor 19"}


def can_log_in(email: str, password: str) -> bool:
    response = Client().post("/accounts/login/", {"username": email, "password": password})
    return response.status_code == 302


def confirm_link() -> str:
    return re.search(r"http://testserver(/accounts/confirm/\S+/)", mail.outbox[-1].body).group(1)


def test_argon2_is_the_first_password_hasher():
    # The settings module itself (the test run swaps in MD5 for speed).
    assert site_settings.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"
    with override_settings(PASSWORD_HASHERS=site_settings.PASSWORD_HASHERS):
        assert make_password("violet tractor 19").startswith("argon2$")


def test_role_groups_exist_with_their_names(db):
    names = set(Group.objects.values_list("name", flat=True))
    assert names == {"member", "moderator", "information specialist", "editor", "reviewer", "admin"}
    assert Group.objects.get(name="moderator").permissions.filter(codename="moderate_experience").exists()
    assert not Group.objects.get(name="member").permissions.filter(codename="moderate_experience").exists()


def test_sign_up_sends_a_link_that_activates_the_account(client, db):
    response = client.post("/accounts/signup/", SIGNUP)
    assert response.status_code == 302 and response["Location"] == "/accounts/signup/sent/"
    user = User.objects.get(email="new@example.org")
    assert not user.is_active and user.profile.pseudonym == "Brave Badger"
    assert user.username != "new@example.org" and "Brave" not in user.username
    # Unconfirmed: log-in is refused.
    assert not can_log_in("new@example.org", "violet tractor 19")
    response = client.get(confirm_link())
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.is_active and user.profile.email_confirmed
    assert user.groups.filter(name="member").exists()
    # The link works once.
    client.logout()
    assert client.get(confirm_link()).status_code == 400


def test_a_forged_confirmation_link_is_refused(client, db):
    client.post("/accounts/signup/", SIGNUP)
    link = confirm_link()
    assert client.get(link[:-3] + "xx/").status_code == 400
    assert not User.objects.get(email="new@example.org").is_active


def test_signing_up_with_a_known_address_reveals_nothing(client, patient):
    response = client.post("/accounts/signup/", {**SIGNUP, "email": "patient@example.org"})
    assert response["Location"] == "/accounts/signup/sent/"
    assert User.objects.filter(email__iexact="patient@example.org").count() == 1
    assert "already has one" in mail.outbox[-1].body


def test_signing_up_again_before_confirming_sends_a_fresh_link(client, db):
    client.post("/accounts/signup/", SIGNUP)
    client.post("/accounts/signup/", {**SIGNUP, "pseudonym": "Other Name"})
    assert len(mail.outbox) == 2 and User.objects.count() == 1
    assert client.get(confirm_link()).status_code == 302
    # The latest request defines the account: its name, and its password once its link is used.
    assert User.objects.get().profile.pseudonym == "Other Name"


def test_pseudonym_may_not_be_an_email_or_taken(client, patient):
    r = client.post("/accounts/signup/", {**SIGNUP, "pseudonym": "me@example.org"})
    assert r.status_code == 200 and not User.objects.filter(email="new@example.org").exists()
    r = client.post("/accounts/signup/", {**SIGNUP, "pseudonym": "hopeful heron"})
    assert "taken" in r.content.decode()


def test_log_in_with_email_and_log_out(client, patient):
    r = client.post("/accounts/login/", {"username": "patient@example.org", "password": "correct horse 42"})
    assert r.status_code == 302
    assert client.get("/community/me/").status_code == 200
    client.post("/accounts/logout/")
    assert client.get("/community/me/").status_code == 302


def test_login_is_throttled_after_six_failures_then_cools_off(client, patient):
    bad = {"username": "patient@example.org", "password": "wrong"}
    codes = [client.post("/accounts/login/", bad).status_code for _ in range(7)]
    assert codes[:5] == [200] * 5 and codes[6] == 429
    # Even the right password is paused from this address...
    good = {"username": "patient@example.org", "password": "correct horse 42"}
    assert client.post("/accounts/login/", good).status_code == 429
    # ...but the owner elsewhere is not locked out (the lock is per e-mail and address).
    other = Client(REMOTE_ADDR="203.0.113.9")
    assert other.post("/accounts/login/", good).status_code == 302


def test_sign_up_is_throttled(client, db):
    codes = []
    for i in range(6):
        codes.append(client.post("/accounts/signup/", {**SIGNUP, "email": f"n{i}@example.org",
                                                       "pseudonym": f"Badger {i}x"}).status_code)
    assert codes[:5] == [302] * 5 and codes[5] == 429
    assert User.objects.count() == 5


def test_password_reset_sends_a_working_link(client, patient):
    client.post("/accounts/password/reset/", {"email": "patient@example.org"})
    link = re.search(r"http://testserver(/accounts/password/reset/\S+/)", mail.outbox[-1].body).group(1)
    r = client.get(link, follow=True)
    form_url = r.redirect_chain[-1][0]
    client.post(form_url, {"new_password1": "fresh meadow 77", "new_password2": "fresh meadow 77"})
    assert can_log_in("patient@example.org", "fresh meadow 77")


@pytest.mark.parametrize("url,data", [
    ("/accounts/signup/", SIGNUP),
    ("/community/ORPHA:2905/join/", {"role": "patient"}),
    ("/community/ORPHA:2905/questions/hereditary/", {"text": "x" * 40}),
    ("/accounts/logout/", {}),
    ("/accounts/delete/", {"posts": "delete", "password": "correct horse 42"}),
    ("/inquiries/ask/ORPHA:2905/", {"email": "a@example.org", "question": "q" * 30}),
    ("/community/ORPHA:2905/symptoms/", {"symptoms": [], "extra": "HP:0001250"}),
])
def test_csrf_is_enforced_on_forms(patient, url, data):
    client = Client(enforce_csrf_checks=True)
    client.force_login(patient, backend="raremap.web.accounts.backends.EmailBackend")
    assert client.post(url, data).status_code == 403


def test_a_new_account_is_a_member_only(db):
    user = make_user("Plain Puffin", "plain@example.org")
    assert not user.has_perm("community.moderate_experience")
    assert not user.has_perm("inquiries.answer_inquiry")
