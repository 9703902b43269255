"""Account takeover before confirmation: an attacker signs up with the victim's address
first; the victim's own sign-up and confirmation must leave the attacker with nothing."""

from __future__ import annotations

import re

from django.contrib.auth.hashers import check_password
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client

from tests.factories import POEMS

VICTIM = "victim@example.net"
ATTACKER_PASSWORD = "attacker chosen 11"
VICTIM_PASSWORD = "victim's own 2024"


def _signup(client: Client, pseudonym: str, password: str, email: str = VICTIM):
    return client.post("/accounts/signup/", {"email": email, "pseudonym": pseudonym,
                                             "password1": password, "password2": password})


def _links() -> list[str]:
    return [re.search(r"http://testserver(/accounts/confirm/\S+/)", m.body).group(1)
            for m in mail.outbox if "/accounts/confirm/" in m.body]


def _logs_in(email: str, password: str) -> bool:
    return Client().post("/accounts/login/", {"username": email, "password": password}).status_code == 302


def test_an_earlier_sign_up_never_decides_the_password_of_the_confirmed_account(db, kb):
    attacker, victim = Client(REMOTE_ADDR="198.51.100.7"), Client(REMOTE_ADDR="203.0.113.5")
    _signup(attacker, "Sly Fox", ATTACKER_PASSWORD)
    assert not _logs_in(VICTIM, ATTACKER_PASSWORD)  # nothing before confirmation
    attacker_link = _links()[-1]

    # The victim, knowing nothing of it, signs up with the same address (any letter case).
    _signup(victim, "Quiet Owl", VICTIM_PASSWORD, email="Victim@Example.net")
    victim_link = _links()[-1]
    assert victim_link != attacker_link
    assert "Links sent earlier no longer work" in mail.outbox[-1].body  # the owner is told
    # The earlier request's link is void now.
    assert Client().get(attacker_link).status_code == 400
    assert not _logs_in(VICTIM, ATTACKER_PASSWORD)

    assert victim.get(victim_link).status_code == 302
    victim.post(f"/community/{POEMS}/join/", {"role": "patient", "country": "DE", "share_country": "on"})
    first = kb.disease(POEMS).present_phenotypes[0].hpo_id
    victim.post(f"/community/{POEMS}/symptoms/", {"symptoms": [first], "extra": ""})
    assert first in victim.get("/accounts/export/").content.decode()
    assert User.objects.filter(email__iexact=VICTIM).count() == 1
    assert User.objects.get(email__iexact=VICTIM).profile.pseudonym == "Quiet Owl"

    # The attacker's password does not open the account, and their session gets nothing.
    assert attacker.post("/accounts/login/", {"username": VICTIM, "password": ATTACKER_PASSWORD}
                         ).status_code != 302
    export = attacker.get("/accounts/export/")
    assert export.status_code == 302 and "/accounts/login/" in export["Location"]
    body = export.content.decode()
    assert VICTIM not in body and first not in body and POEMS not in body
    # The victim's own password works.
    assert _logs_in(VICTIM, VICTIM_PASSWORD)


def test_the_only_link_that_works_is_the_latest_requests_and_it_sets_that_password(db):
    first_browser, second_browser = Client(), Client()
    _signup(first_browser, "First Try", "first password 11")
    _signup(second_browser, "Second Try", "second password 22")
    first, second = _links()
    assert Client().get(first).status_code == 400
    assert second_browser.get(second).status_code == 302  # the browser that asked: at once
    assert not _logs_in(VICTIM, "first password 11")
    assert _logs_in(VICTIM, "second password 22")
    # Confirmed: a third sign-up changes nothing and only says an account exists.
    _signup(Client(), "Third Try", "third password 33")
    assert "already has one" in mail.outbox[-1].body
    assert _logs_in(VICTIM, "second password 22") and not _logs_in(VICTIM, "third password 33")


def test_the_owner_clicking_a_later_request_by_someone_else_cannot_confirm_it(db):
    """The attacker signs up again after the owner: the owner's mailbox now holds the
    attacker's link. Opened by the owner, it asks for the password of that request, which
    only the attacker knows; the owner's own password does not confirm it."""
    owner, attacker = Client(REMOTE_ADDR="203.0.113.5"), Client(REMOTE_ADDR="198.51.100.7")
    _signup(owner, "Quiet Owl", VICTIM_PASSWORD)
    _signup(attacker, "Sly Fox", ATTACKER_PASSWORD)
    attackers_link = _links()[-1]
    page = owner.get(attackers_link)
    assert page.status_code == 200 and 'name="password"' in page.content.decode()
    r = owner.post(attackers_link, {"password": VICTIM_PASSWORD})
    assert r.status_code == 400 and "sign up again" in r.content.decode()
    assert not User.objects.get(email__iexact=VICTIM).is_active
    assert owner.get("/accounts/export/").status_code == 302  # nobody logged in
    # The owner signs up again; their own link, in their browser, confirms their password.
    _signup(owner, "Quiet Owl", VICTIM_PASSWORD)
    assert owner.get(_links()[-1]).status_code == 302
    assert _logs_in(VICTIM, VICTIM_PASSWORD) and not _logs_in(VICTIM, ATTACKER_PASSWORD)


def test_a_link_opened_in_another_browser_needs_the_requests_password(db):
    _signup(Client(), "Phone User", "phone password 44")
    link = _links()[-1]
    other_device = Client()
    assert other_device.post(link, {"password": "wrong password 00"}).status_code == 400
    assert other_device.post(link, {"password": "phone password 44"}).status_code == 302
    assert _logs_in(VICTIM, "phone password 44")


def test_a_repeated_sign_up_mails_the_address_as_typed_now_and_keeps_nothing_of_the_earlier(db):
    """The attacker signs up first in their own letter case; the owner's later request must
    be mailed to the address the owner typed, and nothing of the attacker's request (letter
    case, pseudonym, password) may stay on the account or appear in the mail."""
    attacker, owner = Client(REMOTE_ADDR="198.51.100.7"), Client(REMOTE_ADDR="203.0.113.5")
    _signup(attacker, "Sly Fox", ATTACKER_PASSWORD, email="VICTIM@Example.NET")
    assert mail.outbox[-1].to == ["VICTIM@Example.NET"]
    attackers_hash = User.objects.get(email__iexact=VICTIM).profile.pending_password

    _signup(owner, "Quiet Owl", VICTIM_PASSWORD, email=VICTIM)
    sent = mail.outbox[-1]
    assert sent.to == [VICTIM]
    assert "VICTIM" not in sent.body and "Example.NET" not in sent.body and "Sly Fox" not in sent.body
    user = User.objects.get(email__iexact=VICTIM)
    assert user.email == VICTIM and user.profile.pseudonym == "Quiet Owl"
    assert user.profile.pending_password != attackers_hash
    assert not check_password(ATTACKER_PASSWORD, user.profile.pending_password)

    assert owner.get(_links()[-1]).status_code == 302
    export = owner.get("/accounts/export/").content.decode()
    assert VICTIM in export and "VICTIM@Example.NET" not in export and "Sly Fox" not in export
    assert _logs_in(VICTIM, VICTIM_PASSWORD) and not _logs_in(VICTIM, ATTACKER_PASSWORD)


def test_a_sign_up_arriving_while_the_owner_confirms_does_not_set_the_password(db, monkeypatch):
    """The attacker's request lands between the owner's password check and the activation:
    the account takes the password the owner's request proved, not the attacker's."""
    from raremap.web.accounts import views

    owner, phone = Client(REMOTE_ADDR="203.0.113.5"), Client(REMOTE_ADDR="203.0.113.6")
    _signup(owner, "Quiet Owl", VICTIM_PASSWORD)
    link = _links()[-1]
    checked = views.check_password

    def check_then_attacker_signs_up(password, encoded):
        ok = checked(password, encoded)
        _signup(Client(REMOTE_ADDR="198.51.100.7"), "Sly Fox", ATTACKER_PASSWORD)
        return ok

    monkeypatch.setattr(views, "check_password", check_then_attacker_signs_up)
    assert phone.post(link, {"password": VICTIM_PASSWORD}).status_code == 302
    assert _logs_in(VICTIM, VICTIM_PASSWORD) and not _logs_in(VICTIM, ATTACKER_PASSWORD)
