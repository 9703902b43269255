"""Sign-up requests for one address arriving at the same moment (on several app servers, in
any letter case) make one account, not one per request: with two, log-in picks one of them
and the owner's confirmed account can sit behind an attacker's unconfirmed one."""

from __future__ import annotations

import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client

pytestmark = pytest.mark.django_db(transaction=True)


def test_simultaneous_sign_ups_for_one_address_make_one_account(settings):
    if connection.vendor != "postgresql":
        # SQLite's write transactions are serial (checked against two live servers); the
        # race is real on PostgreSQL, which `make test-postgres` runs this against.
        pytest.skip("needs the PostgreSQL run (DATABASE_URL)")
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    spellings = ["race@example.net", "RACE@example.net", "Race@Example.net", "race@EXAMPLE.NET"] * 2
    barrier = threading.Barrier(len(spellings))
    codes: list[int] = []

    def sign_up(i: int, email: str) -> None:
        client = Client(REMOTE_ADDR=f"192.0.2.{i + 1}")
        barrier.wait()
        try:
            codes.append(client.post("/accounts/signup/", {
                "email": email, "pseudonym": f"Racer {i}", "password1": f"violet tractor {i}9",
                "password2": f"violet tractor {i}9"}).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=sign_up, args=(i, e)) for i, e in enumerate(spellings)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert codes == [302] * len(spellings)
    assert get_user_model().objects.filter(email__iexact="race@example.net").count() == 1
