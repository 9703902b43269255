"""Password-reset and sign-up requests cannot flood a mailbox: each address gets at most 5
reset mails and 5 sign-up mails an hour whoever asks, each client can ask for a reset 10
times an hour, and over a limit the answer is the same "sent" page as always."""

from __future__ import annotations

import re

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


def _page(client: Client, location: str) -> str:
    page = client.get(location).content.decode()
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", page)


def _signup(client: Client, email: str, n: int):
    return client.post("/accounts/signup/", {"email": email, "pseudonym": f"Asker {n}",
                                             "password1": "violet tractor 19", "password2": "violet tractor 19"})


def test_an_owner_whose_sign_up_mail_is_held_back_is_told_what_to_do_and_nothing_else(db, settings):
    """Someone signs up 5 times with the owner's address; the owner's own request sends no
    mail (the limit holds) and the page tells them to wait or write to the team, exactly as
    it tells anyone about any address, flooded or not, with or without an account."""
    settings.RAREMAP_CONTACT_EMAIL = "help@raremap.example.org"
    for i in range(5):
        _signup(Client(REMOTE_ADDR=f"198.51.100.{i + 1}"), EMAIL.upper(), i)
    before = len(mail.outbox)
    owner = Client(REMOTE_ADDR="203.0.113.5")
    response = _signup(owner, EMAIL, 9)
    assert response.status_code == 302 and len(mail.outbox) == before  # held back
    page = _page(owner, response["Location"])
    assert "wait an hour" in page and "mailto:help@raremap.example.org" in page and "spam" in page

    make_user("Known Kite", "known@example.org")
    stranger = Client(REMOTE_ADDR="203.0.113.77")
    for email, n in (("nobody@example.org", 20), ("known@example.org", 21)):
        answer = _signup(stranger, email, n)
        assert answer["Location"] == response["Location"] and _page(stranger, answer["Location"]) == page


def test_an_owner_whose_reset_mail_is_held_back_is_told_what_to_do_and_nothing_else(db, settings):
    make_user("Flooded Finch", EMAIL)
    for i in range(5):
        _reset(Client(REMOTE_ADDR=f"198.51.100.{i + 1}"))
    sent = len(mail.outbox)
    owner = Client(REMOTE_ADDR="203.0.113.5")
    location = _reset(owner)
    assert len(mail.outbox) == sent == 5  # the owner's request was held back too
    page = _page(owner, location)
    assert "wait an hour" in page and "spam" in page and "mailto:" not in page  # no contact set
    stranger = Client(REMOTE_ADDR="203.0.113.77")
    assert _page(stranger, _reset(stranger, "nobody@example.org")) == page
