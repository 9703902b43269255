"""The rate limits' cache keys must not give back the address or e-mail they count. They were
plain SHA-256 hashes of "action:key": whoever reads the cache (a table in the database by
default, and in its backups) got every client's IPv4 address back by hashing the 2^32
candidates, and could test a list of e-mails for "asked for a reset this hour". They are keyed
with the site's secret key now."""

from __future__ import annotations

import hashlib

from django.test import Client

from raremap.web import sliding_window

EMAIL = "victim@example.org"
CLIENT = "198.51.100.23"


def _names(monkeypatch, secret_key: str, settings) -> list[str]:
    settings.SECRET_KEY = secret_key
    seen: list[str] = []
    real_hit = sliding_window.hit

    def recording_hit(name, limit, period):
        seen.append(name)
        return real_hit(name, limit, period)

    monkeypatch.setattr(sliding_window, "hit", recording_hit)
    Client(REMOTE_ADDR=CLIENT).post("/accounts/password/reset/", {"email": EMAIL})
    Client(REMOTE_ADDR=CLIENT).get("/api/v1/health")
    Client(REMOTE_ADDR=CLIENT).get("/api/v1/diseases/ORPHA:2905")
    return list(seen)


def test_throttle_keys_cannot_be_reversed_by_hashing_candidates(monkeypatch, settings, db):
    names = _names(monkeypatch, "first secret key for the test, long enough to be one", settings)
    assert any("reset-address" in n for n in names) and any("api-rate" in n for n in names)
    plain = {hashlib.sha256(f"{action}:{key}".encode()).hexdigest()[:24]
             for action, key in [("reset-address", EMAIL), ("reset-client", f"ip:{CLIENT}")]}
    plain.add(hashlib.sha256(CLIENT.encode()).hexdigest()[:24])
    assert not [n for n in names if any(p in n for p in plain)], names
    again = _names(monkeypatch, "another secret key for the test, long enough as well", settings)
    assert len(again) == len(names) and not set(again) & set(names)
