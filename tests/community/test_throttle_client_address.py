"""Rate limits and login throttling against an attacker who changes how their address
looks: behind trusted proxies each client has its own budget (and the proxy's address is
not one shared budget anyone can use up), a forged X-Forwarded-For entry gives no fresh
budget, and a fresh IPv6 address from the same /64 or an IPv4-mapped spelling is the same
client."""

from __future__ import annotations

from django.test import Client

from raremap.web.client_address import counted_as
from tests.factories import make_user

PROXY = "10.9.8.7"


def _login(client: Client, email: str, password: str = "wrong guess", **headers) -> int:
    return client.post("/accounts/login/", {"username": email, "password": password}, **headers).status_code


def test_addresses_are_counted_per_client_not_per_spelling():
    assert counted_as("::ffff:192.0.2.1") == "192.0.2.1"
    assert counted_as("2001:db8:1:2::7") == counted_as("2001:db8:1:2:ffff::1") == "2001:db8:1:2::"
    assert counted_as("[2001:db8:1:2::7]:443") == "2001:db8:1:2::"
    assert counted_as(" 192.0.2.1:5678 ") == "192.0.2.1"
    assert counted_as("2001:db8:1:3::7") != counted_as("2001:db8:1:2::7")


def test_rotating_ipv6_addresses_in_one_64_does_not_dodge_the_login_pause(db):
    for i in range(12):
        make_user(f"Member {i:02d}", f"six{i}@example.org")
    codes = [_login(Client(REMOTE_ADDR=f"2001:db8:7:7::{i + 1:x}"), f"six{i}@example.org") for i in range(12)]
    assert codes[:10] == [200] * 10 and codes[10:] == [429, 429]
    assert _login(Client(REMOTE_ADDR="2001:db8:7:7:abcd::1"), "six0@example.org", "correct horse 42") == 429
    assert _login(Client(REMOTE_ADDR="2001:db8:7:8::1"), "six0@example.org", "correct horse 42") == 302


def test_behind_a_proxy_one_attacker_does_not_pause_everyone(db, settings):
    settings.NINJA_NUM_PROXIES = 1
    for i in range(12):
        make_user(f"Member {i:02d}", f"px{i}@example.org")
    attacker = Client(REMOTE_ADDR=PROXY)
    # Every request forges a different left-hand entry; the proxy appends the real address.
    codes = [_login(attacker, f"px{i}@example.org", HTTP_X_FORWARDED_FOR=f"203.0.113.{i}, 198.51.100.66")
             for i in range(12)]
    assert codes[:10] == [200] * 10 and codes[10:] == [429, 429]
    # Another visitor behind the same proxy still logs in.
    assert _login(Client(REMOTE_ADDR=PROXY), "px0@example.org", "correct horse 42",
                  HTTP_X_FORWARDED_FOR="198.51.100.77") == 302


def test_behind_a_proxy_the_api_limit_is_per_client(db, settings):
    settings.NINJA_NUM_PROXIES = 1
    settings.RAREMAP_API_ANON_RATE = "5/hour"
    client = Client(REMOTE_ADDR=PROXY)
    forged = [client.get("/api/v1/diseases/ORPHA:558", HTTP_X_FORWARDED_FOR=f"203.0.113.{i}, 198.51.100.66")
              .status_code for i in range(7)]
    assert forged[:5] == [200] * 5 and forged[5:] == [429, 429]
    assert client.get("/api/v1/diseases/ORPHA:558", HTTP_X_FORWARDED_FOR="198.51.100.77").status_code == 200
