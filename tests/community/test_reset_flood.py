"""Password-reset and sign-up requests cannot flood a mailbox: each address gets at most 5
reset mails and 5 sign-up mails an hour whoever asks, each client can ask for a reset 10
times an hour, and over a limit the answer is the same "sent" page as always."""

from __future__ import annotations

from django.core import mail
from django.test import Client

from tests.factories import make_user

EMAIL = "flooded@example.org"


def _reset(client: Client, email: str = EMAIL) -> str:
    response = client.post("/accounts/password/reset/", {"email": email})
    assert response.status_code == 302
    return response["Location"]


def test_one_address_gets_at_most_five_reset_mails_an_hour_from_many_clients(db):
    make_user("Flooded Finch", EMAIL)
    answers = {_reset(Client(REMOTE_ADDR=f"198.51.100.{i}"), EMAIL.upper() if i % 2 else EMAIL)
               for i in range(1, 21)}
    assert answers == {"/accounts/password/reset/sent/"}
    assert len([m for m in mail.outbox if m.to == [EMAIL]]) == 5


def test_one_client_can_ask_ten_times_an_hour(db):
    for i in range(12):
        make_user(f"Member {i:02d}", f"many{i}@example.org")
    client = Client(REMOTE_ADDR="198.51.100.99")
    for i in range(12):
        _reset(client, f"many{i}@example.org")
    assert sorted(m.to[0] for m in mail.outbox) == sorted(f"many{i}@example.org" for i in range(10))


def test_sign_up_requests_cannot_flood_an_address_either(db):
    make_user("Flooded Finch", EMAIL)  # each request mails "you already have an account"
    for i in range(1, 21):
        response = Client(REMOTE_ADDR=f"198.51.100.{i}").post("/accounts/signup/", {
            "email": EMAIL if i % 2 else EMAIL.upper(), "pseudonym": f"Flooder {i}",
            "password1": "violet tractor 19", "password2": "violet tractor 19"})
        assert response.status_code == 302 and response["Location"] == "/accounts/signup/sent/"
    assert len([m for m in mail.outbox if m.to == [EMAIL]]) == 5
