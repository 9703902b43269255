"""Whether an address has an account must show neither in what the sign-up and reset pages
answer nor in how long they take. A sign-up for a new or an unconfirmed address hashed the chosen password
(Argon2: about 300 ms on the test machine) and one for a confirmed address did not (20 ms):
one request told whether an address had an account. Every sign-up now hashes it once."""

from __future__ import annotations

from django.contrib.auth.hashers import MD5PasswordHasher
from django.test import Client

from tests.factories import make_user

PASSWORD = "plum kettle 73"


class CountingHasher(MD5PasswordHasher):
    """The suite's fast hasher, counting the passwords it hashes."""

    hashed = 0

    def encode(self, password, salt):
        CountingHasher.hashed += 1
        return super().encode(password, salt)


def _hashes_for(email: str, n: int) -> tuple[int, str]:
    """(passwords hashed, where the page sends) for one sign-up from a new client."""
    before = CountingHasher.hashed
    response = Client(REMOTE_ADDR=f"192.0.2.{n}").post("/accounts/signup/", {
        "email": email, "pseudonym": f"Probe Puffin {n}", "password1": PASSWORD, "password2": PASSWORD})
    return CountingHasher.hashed - before, response["Location"]


def test_a_sign_up_does_the_same_work_whether_or_not_the_address_has_an_account(settings, db):
    settings.PASSWORD_HASHERS = [f"{__name__}.CountingHasher"]
    make_user("Known Koala", "known@example.org")
    Client(REMOTE_ADDR="192.0.2.1").post("/accounts/signup/", {
        "email": "pending@example.org", "pseudonym": "Pending Panda", "password1": PASSWORD, "password2": PASSWORD})
    for n in range(5):  # another address's mail limit used up by strangers
        Client(REMOTE_ADDR=f"192.0.2.{10 + n}").post("/accounts/signup/", {
            "email": "flooded@example.org", "pseudonym": f"Flood Fox {n}", "password1": PASSWORD,
            "password2": PASSWORD})
    seen = {kind: _hashes_for(email, n) for n, (kind, email) in enumerate([
        ("confirmed account", "known@example.org"), ("no account", "nobody@example.org"),
        ("unconfirmed account", "pending@example.org"), ("mail limit reached", "flooded@example.org")], start=100)}
    assert set(seen.values()) == {(1, "/accounts/signup/sent/")}, seen


def test_a_reset_mails_the_address_whether_or_not_it_has_an_account(db):
    """A reset for an address without an account sent nothing; with one, it sent the link. With
    SMTP the mail is a round trip to the mail server, so the time of the answer told whether the
    address had an account (a live server, an SMTP server on loopback, 20 requests each: median
    66.7 ms with an account, 10.9 ms without; 63.1 and 66.2 ms now). Now an address without an
    account is told so by mail: the same work."""
    from django.core import mail

    make_user("Known Koala", "known@example.org")
    Client(REMOTE_ADDR="192.0.2.1").post("/accounts/signup/", {
        "email": "pending@example.org", "pseudonym": "Pending Panda", "password1": PASSWORD, "password2": PASSWORD})
    mail.outbox.clear()
    answers = {}
    for n, email in enumerate(["known@example.org", "nobody@example.org", "pending@example.org"], start=200):
        answers[email] = Client(REMOTE_ADDR=f"192.0.2.{n}").post("/accounts/password/reset/", {"email": email})["Location"]
    assert set(answers.values()) == {"/accounts/password/reset/sent/"}
    assert sorted(m.to[0] for m in mail.outbox) == sorted(answers)
    [nobody] = [m for m in mail.outbox if m.to == ["nobody@example.org"]]
    assert "/accounts/password/reset/" not in nobody.body and "/accounts/signup/" in nobody.body
