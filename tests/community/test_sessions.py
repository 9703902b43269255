"""Sessions end when they should: deleting an account deletes the sessions of its other
browsers at once (not two weeks later), and expired sessions are cleared by the day's first
log-in, with no cron line."""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from tests.factories import PASSWORD, logged_in


def sessions_of(user_id) -> list[str]:
    return [s.session_key for s in Session.objects.all() if s.get_decoded().get(SESSION_KEY) == str(user_id)]


def test_deleting_an_account_ends_its_other_sessions_at_once(client, patient, caregiver):
    second_browser, someone_else = Client(), Client()
    logged_in(second_browser, patient)
    logged_in(someone_else, caregiver)
    logged_in(client, patient)
    user_id = patient.pk
    assert len(sessions_of(user_id)) == 2
    assert client.post("/accounts/delete/", {"posts": "delete", "password": PASSWORD}).status_code == 302
    assert sessions_of(user_id) == []  # the row is gone, not merely inert
    assert second_browser.get("/community/me/").status_code == 302  # to the log-in page
    assert len(sessions_of(caregiver.pk)) == 1 and someone_else.get("/community/me/").status_code == 200


def _session(expires_in: timedelta) -> str:
    store = SessionStore()
    store["note"] = "kept by a visitor"
    store.create()
    Session.objects.filter(session_key=store.session_key).update(expire_date=timezone.now() + expires_in)
    return store.session_key


def test_expired_sessions_are_cleared_by_the_days_first_log_in(client, patient):
    expired, live = _session(timedelta(days=-1)), _session(timedelta(days=3))
    response = client.post("/accounts/login/", {"username": patient.email, "password": PASSWORD})
    assert response.status_code == 302
    keys = set(Session.objects.values_list("session_key", flat=True))
    assert expired not in keys and live in keys

    # Once a day over all servers (the mark is in the shared cache), not on every log-in.
    later = _session(timedelta(days=-1))
    Client().post("/accounts/login/", {"username": patient.email, "password": PASSWORD})
    assert Session.objects.filter(session_key=later).exists()
