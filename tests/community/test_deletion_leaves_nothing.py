"""Deleting an account leaves nothing about the person behind: no mail addressed to it in the
outbox folder (the default file backend keeps every message: the address, confirmation and
reset links), whatever letter case it was sent under, and no log-in record; the export lists
every log-in. Mail to other people stays."""

from __future__ import annotations

import re

import pytest

EMAIL = "leaving.person@example.org"
PASSWORD = "violet tractor 19"
LINK = re.compile(r"https?://testserver(/accounts/[^\s]+/)")


@pytest.fixture
def mail_dir(settings, tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = tmp_path / "mail"
    return tmp_path / "mail"


def _signup(client, email: str, pseudonym: str) -> None:
    client.post("/accounts/signup/", {"email": email, "pseudonym": pseudonym,
                                      "password1": PASSWORD, "password2": PASSWORD})


def _outbox_text(mail_dir) -> str:
    return "".join(p.read_text() for p in mail_dir.iterdir()).casefold()


def test_account_deletion_removes_its_mail_from_the_outbox(client, mail_dir,
                                                           django_capture_on_commit_callbacks):
    from django.test import Client

    other = Client()
    _signup(other, "someone.else@example.org", "Other Otter")
    _signup(client, EMAIL.upper(), "Leaving Lynx")  # sent under another letter case
    _signup(client, EMAIL, "Leaving Lynx")
    newest = max(mail_dir.iterdir(), key=lambda p: p.stat().st_mtime_ns)
    assert client.get(LINK.findall(newest.read_text())[-1]).status_code == 302
    client.post("/accounts/password/reset/", {"email": EMAIL})
    assert EMAIL in _outbox_text(mail_dir)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/accounts/delete/", {"posts": "delete", "password": PASSWORD})
    assert response.status_code == 302
    text = _outbox_text(mail_dir)
    assert EMAIL not in text and "leaving lynx" not in text
    assert "someone.else@example.org" in text


def test_a_log_in_leaves_no_record_of_the_address_or_the_browser(mail_dir, django_capture_on_commit_callbacks):
    """django-axes recorded every successful log-in (the confirmation link's too) with the
    client's address, its browser and the path (the confirmation link's token), for ever: a
    history of where each member logged in from, kept until they deleted the account. The site
    keeps none now; failed log-ins stay only as long as the throttle needs them, are in the
    export and go with the account."""
    from axes.models import AccessAttempt, AccessLog
    from django.test import Client

    browser = Client(REMOTE_ADDR="198.51.100.9", HTTP_USER_AGENT="Leaving-Agent/1.0")
    _signup(browser, EMAIL, "Leaving Lynx")
    newest = max(mail_dir.iterdir(), key=lambda p: p.stat().st_mtime_ns)
    assert browser.get(LINK.findall(newest.read_text())[-1]).status_code == 302  # logs in
    browser.post("/accounts/logout/")
    assert browser.post("/accounts/login/", {"username": EMAIL, "password": "wrong guess 1"}).status_code == 200
    assert browser.post("/accounts/login/", {"username": EMAIL, "password": PASSWORD}).status_code == 302
    assert not AccessLog.objects.exists()
    Client(REMOTE_ADDR="198.51.100.9").post("/accounts/login/", {"username": EMAIL, "password": "wrong guess 2"})
    exported = browser.get("/accounts/export/").json()
    kinds = [row["kind"] for row in exported["login_attempts"]]
    assert kinds and set(kinds) == {"failed"}
    with django_capture_on_commit_callbacks(execute=True):
        assert browser.post("/accounts/delete/", {"posts": "delete", "password": PASSWORD}).status_code == 302
    assert not AccessAttempt.objects.filter(ip_address="198.51.100.9").exists()
