"""A stranger who floods an address with reset or sign-up mail uses up its limit (5 an hour),
but no longer holds back the owner's own mail: a browser that logged in to the account or
confirmed it has an allowance of its own. Strangers stay capped, the owner's allowance is
capped too, a cookie for another account or a forged one changes nothing, and the "check
your e-mail" page is the same for everyone."""

from __future__ import annotations

import re

from django.core import mail
from django.test import Client

from raremap.web.accounts.known_device import COOKIE
from tests.factories import PASSWORD, make_user

EMAIL = "owner@example.org"
PICK = "violet tractor 19"


def _mails() -> int:
    return len([m for m in mail.outbox if m.to[0].casefold() == EMAIL])


def _owner_browser() -> Client:
    """The owner logs in once from their browser, then logs out."""
    browser = Client(REMOTE_ADDR="203.0.113.5")
    assert browser.post("/accounts/login/", {"username": EMAIL, "password": PASSWORD}).status_code == 302
    browser.post("/accounts/logout/")
    return browser


def _reset(client: Client, email: str = EMAIL) -> str:
    response = client.post("/accounts/password/reset/", {"email": email})
    assert response.status_code == 302
    return response["Location"]


def _signup(client: Client, email: str, n: int) -> str:
    response = client.post("/accounts/signup/", {"email": email, "pseudonym": f"Asker {n}",
                                                 "password1": PICK, "password2": PICK})
    assert response.status_code == 302
    return response["Location"]


def _page(client: Client, location: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", client.get(location).content.decode())


def _flood(send) -> None:
    """20 requests for the owner's address from 20 clients, in two letter cases."""
    for i in range(1, 21):
        send(Client(REMOTE_ADDR=f"198.51.100.{i}"), EMAIL.upper() if i % 2 else EMAIL, i)


def test_a_reset_flood_no_longer_holds_back_the_owners_own_reset_mail(db):
    make_user("Owner Otter", EMAIL)
    browser = _owner_browser()
    _flood(lambda client, email, i: _reset(client, email))
    assert _mails() == 5  # the strangers' cap holds

    location = _reset(browser)
    assert _mails() == 6 and "/accounts/password/reset/" in mail.outbox[-1].body  # the owner's mail went
    assert _reset(Client(REMOTE_ADDR="198.51.100.77")) == location and _mails() == 6  # strangers: still capped
    # The page says the same to the owner, to a stranger and about an address with no account.
    stranger = Client(REMOTE_ADDR="198.51.100.78")
    assert _page(browser, location) == _page(stranger, _reset(stranger, "nobody@example.org"))


def test_the_owners_allowance_is_capped_as_well(db):
    make_user("Owner Otter", EMAIL)
    browser = _owner_browser()
    for _ in range(8):
        _reset(browser)
    assert _mails() == 5


def test_a_cookie_for_another_account_or_a_forged_one_is_a_stranger(db):
    make_user("Owner Otter", EMAIL)
    make_user("Attacker Ant", "attacker@example.org")
    attacker = Client(REMOTE_ADDR="198.51.100.50")
    attacker.post("/accounts/login/", {"username": "attacker@example.org", "password": PASSWORD})
    assert COOKIE in attacker.cookies  # a genuine cookie, for the attacker's own account
    for _ in range(5):
        _reset(Client(REMOTE_ADDR="198.51.100.51"))
    _reset(attacker)
    forged = Client(REMOTE_ADDR="198.51.100.52")
    forged.cookies[COOKIE] = attacker.cookies[COOKIE].value.replace(":", ";", 1)
    _reset(forged)
    assert _mails() == 5


def test_a_sign_up_flood_no_longer_holds_back_the_owners_mail(db):
    """The owner confirmed the account in their browser: a stranger's sign-up flood with the
    address does not stop the owner's own request from mailing them."""
    browser = Client(REMOTE_ADDR="203.0.113.5")
    _signup(browser, EMAIL, 0)
    link = re.search(r"http://testserver(/accounts/confirm/\S+/)", mail.outbox[-1].body).group(1)
    assert browser.get(link, follow=True).redirect_chain and COOKIE in browser.cookies
    browser.post("/accounts/logout/")
    mail.outbox.clear()

    _flood(lambda client, email, i: _signup(client, email, i))
    # "You already have an account", 4 times: with the owner's own sign-up, 5 this hour.
    assert _mails() == 4
    location = _signup(browser, EMAIL, 99)
    assert _mails() == 5 and "which already has one" in mail.outbox[-1].body
    stranger = Client(REMOTE_ADDR="198.51.100.79")
    assert _signup(stranger, EMAIL, 98) == location and _mails() == 5
    assert _page(browser, location) == _page(stranger, _signup(stranger, "nobody@example.org", 97))


def test_the_cookie_holds_no_personal_data_and_stays_on_the_accounts_pages(db):
    user = make_user("Owner Otter", EMAIL)
    browser = _owner_browser()
    cookie = browser.cookies[COOKIE]
    assert cookie["path"] == "/accounts/" and cookie["httponly"] and cookie["max-age"] >= 300 * 86400
    for personal in (EMAIL, "owner", "Otter", user.username):
        assert personal.casefold() not in cookie.value.casefold()


def test_deleting_the_account_removes_the_cookie(db):
    make_user("Owner Otter", EMAIL)
    browser = Client(REMOTE_ADDR="203.0.113.5")
    browser.post("/accounts/login/", {"username": EMAIL, "password": PASSWORD})
    assert browser.cookies[COOKIE].value
    browser.post("/accounts/delete/", {"password": PASSWORD, "posts": "delete"})
    assert browser.cookies[COOKIE].value == "" and browser.cookies[COOKIE]["max-age"] == 0


def test_a_sign_up_flood_of_a_new_address_still_lets_its_owner_in(db):
    """Nobody has confirmed the address yet, so no browser can prove anything: strangers sign
    up with it 20 times (5 mails go), and the owner's own request is held back. The newest
    of those mails still lets the owner in: its link proves the mailbox, and the owner sets
    the public name and password; no stranger's password opens the account."""
    _flood(lambda client, email, i: _signup(client, email, i))
    assert _mails() == 5
    owner = Client(REMOTE_ADDR="203.0.113.5")
    _signup(owner, EMAIL, 50)
    assert _mails() == 5  # held back
    newest = re.search(r"http://testserver(/accounts/confirm/\S+/)", mail.outbox[-1].body).group(1)

    assert "choose the public name and password" in owner.get(newest).content.decode()
    done = owner.post(newest, {"pseudonym": "Owner Otter", "password1": "my own 2026 pick",
                               "password2": "my own 2026 pick"})
    assert done.status_code == 302 and COOKIE in owner.cookies
    assert owner.get("/accounts/export/").json()["account"]["email"].casefold() == EMAIL
    logs_in = [Client().post("/accounts/login/", {"username": EMAIL, "password": p}).status_code == 302
               for p in ("my own 2026 pick", PICK)]
    assert logs_in == [True, False]  # the owner's password; not the one the strangers chose


def test_a_stranger_without_the_link_cannot_choose_the_password(db):
    stranger = Client(REMOTE_ADDR="198.51.100.60")
    _signup(stranger, EMAIL, 1)
    link = re.search(r"http://testserver(/accounts/confirm/\S+/)", mail.outbox[-1].body).group(1)
    forged = link.rstrip("/")[:-3] + "abc/"
    answer = stranger.post(forged, {"pseudonym": "Sly Fox", "password1": "taken over 2026",
                                    "password2": "taken over 2026"})
    assert answer.status_code == 400
    assert Client().post("/accounts/login/", {"username": EMAIL, "password": "taken over 2026"}).status_code != 302


def test_a_browser_that_logged_in_before_the_password_changed_is_a_stranger(db):
    """Someone who logged in with a stolen password kept the browser's mark after the owner
    changed the password: their requests then used up the owner's own allowance (5 an hour),
    and the owner's browser, logged in with the new password, got nothing for an hour."""
    owner = make_user("Owner Otter", EMAIL)
    thief = _owner_browser()  # logged in with the password before it changed
    owner.set_password("a new password 77")  # the owner recovers the account
    owner.save()
    browser = Client(REMOTE_ADDR="203.0.113.5")
    assert browser.post("/accounts/login/", {"username": EMAIL, "password": "a new password 77"}).status_code == 302
    browser.post("/accounts/logout/")
    for _ in range(5):
        _reset(thief)
    before = _mails()
    _reset(browser)
    assert _mails() == before + 1 and "/accounts/password/reset/" in mail.outbox[-1].body
