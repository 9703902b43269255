"""Login lockout against an attacker: letter case does not give fresh counters, and one
client trying many accounts is paused."""

from __future__ import annotations

from django.test import Client

from tests.factories import make_user

RIGHT = "correct horse 42"


def _login(client: Client, email: str, password: str) -> int:
    return client.post("/accounts/login/", {"username": email, "password": password}).status_code


def _case_variants(local: str, domain: str = "example.org"):
    i = 0
    while True:
        yield "".join(c.upper() if (i >> k) & 1 else c for k, c in enumerate(f"{local}@{domain}"))
        i += 1


def test_changing_letter_case_does_not_dodge_the_lockout(db):
    make_user("Member Two", "m02@example.org")
    attacker = Client(REMOTE_ADDR="198.51.100.20")
    variants = _case_variants("m02")
    codes = [_login(attacker, next(variants), "wrong guess") for _ in range(8)]
    assert codes[:5] == [200] * 5 and set(codes[6:]) == {429}
    # The right password, in yet another spelling of the address, is paused too.
    assert _login(attacker, "M02@EXAMPLE.ORG", RIGHT) == 429
    # The owner from elsewhere is not locked out.
    assert _login(Client(REMOTE_ADDR="203.0.113.20"), "m02@example.org", RIGHT) == 302


def test_a_locked_account_stays_locked_under_another_spelling(db):
    make_user("Member One", "m01@example.org")
    attacker = Client(REMOTE_ADDR="198.51.100.21")
    for _ in range(6):
        _login(attacker, "m01@example.org", "wrong guess")
    assert _login(attacker, "m01@example.org", RIGHT) == 429
    assert _login(attacker, "M01@example.org", RIGHT) == 429
    assert _login(attacker, " M01@Example.Org ", RIGHT) == 429


def test_one_client_trying_many_accounts_is_paused(db):
    for i in range(12):
        make_user(f"Member {i:02d}", f"many{i}@example.org")
    attacker = Client(REMOTE_ADDR="198.51.100.22")
    codes = [_login(attacker, f"many{i}@example.org", "wrong guess") for i in range(12)]
    assert codes[:10] == [200] * 10 and codes[10:] == [429, 429]
    # Even a right password is paused from that client now...
    assert _login(attacker, "many0@example.org", RIGHT) == 429
    # ...while other clients log in normally.
    assert _login(Client(REMOTE_ADDR="203.0.113.22"), "many0@example.org", RIGHT) == 302


def test_the_admin_log_in_page_counts_against_the_same_client_limit(db):
    """The limit on one client's failed log-ins over all accounts was kept by the site's log-in
    page only: through /admin/login/ one client tried 14 accounts, each answered. Staff
    accounts, the ones the admin opens, were the ones left to spray."""
    for i in range(12):
        make_user(f"Staff {i:02d}", f"staff{i}@example.org", staff=True)
    attacker = Client(REMOTE_ADDR="198.51.100.23")

    def admin_login(email: str, password: str) -> bool:
        attacker.post("/admin/login/", {"username": email, "password": password, "next": "/admin/"})
        return "_auth_user_id" in attacker.session

    assert not any(admin_login(f"staff{i}@example.org", "wrong guess") for i in range(10))
    assert not admin_login("staff11@example.org", RIGHT)  # paused, the right password too
    assert _login(attacker, "staff11@example.org", RIGHT) == 429  # and on the site's page
    other = Client(REMOTE_ADDR="203.0.113.23")
    other.post("/admin/login/", {"username": "staff11@example.org", "password": RIGHT, "next": "/admin/"})
    assert "_auth_user_id" in other.session
