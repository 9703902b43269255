"""Rate limits hold across a window boundary: N − 1 requests just before a window ends and N
just after it must not all pass (a fixed window let 2N − 2 through in two seconds). Every
limit of the site is attacked this way — sign-up, log-in, mail to an address, password reset,
posting, reporting, asking, the anonymous API — on the database cache and on Redis, with a
faked clock instead of sleeping."""

from __future__ import annotations

import datetime as dt
import math
import shutil
import time

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from raremap.web.accounts import throttle
from tests.production.redis_server import RedisServer

SIGNUP = {"password1": "violet tractor 19", "password2": "violet tractor 19"}


class FakeClock:
    """Moves time.time and django's timezone.now together (the database cache's expiry reads
    the latter, the windows the former)."""

    def __init__(self, monkeypatch) -> None:
        self.now = time.time()
        monkeypatch.setattr(time, "time", lambda: self.now)
        monkeypatch.setattr(timezone, "now", lambda: dt.datetime.fromtimestamp(self.now, tz=dt.UTC))

    def at(self, t: float) -> None:
        self.now = t


@pytest.fixture
def clock(monkeypatch):
    return FakeClock(monkeypatch)


@pytest.fixture(scope="module")
def redis_location(tmp_path_factory):
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed here (CI installs it: scripts/redis-server.sh install)")
    server = RedisServer(tmp_path_factory.mktemp("redis")).start()
    yield server.url
    server.stop()


@pytest.fixture(params=["db", "redis"])
def shared_cache(request, settings):
    """The database cache of ``make run``, or Redis as in production."""
    if request.param == "redis":
        settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                       "LOCATION": request.getfixturevalue("redis_location")}}
    cache.clear()
    yield request.param
    cache.clear()


def straddle(clock: FakeClock, period: int, limit: int, request) -> int:
    """The attack: one request opens a window, N − 2 more come one second before it ends
    and N one second after. Returns how many of the last 2N − 2 passed."""
    start = (math.floor(time.time() / period) + 1) * period  # a window boundary ahead
    clock.at(start)
    assert request()
    clock.at(start + period - 1)
    passed = sum(bool(request()) for _ in range(limit - 2))
    clock.at(start + period + 1)
    return passed + sum(bool(request()) for _ in range(limit))


@pytest.mark.parametrize("action", sorted(throttle.LIMITS))
def test_no_limit_lets_twice_through_across_a_boundary(action, clock, shared_cache):
    limit, period = throttle.LIMITS[action]
    passed = straddle(clock, period, limit, lambda: throttle.allow(action, "attacker"))
    assert passed <= limit - 1  # the one of the window's start counts as well: N in all


def test_a_client_over_the_limit_gets_the_limit_back_as_the_window_slides(clock, shared_cache):
    """Refused attempts are not counted: a client who keeps asking is not locked out for ever."""
    limit, period = throttle.LIMITS["post"]
    start = (math.floor(time.time() / period) + 1) * period
    clock.at(start)
    assert sum(throttle.allow("post", "eager") for _ in range(3 * limit)) == limit
    clock.at(start + period)  # the first window's count weighs 1 now: still full
    assert not throttle.allow("post", "eager")
    clock.at(start + 2 * period)  # a whole window later, a whole budget again
    assert sum(throttle.allow("post", "eager") for _ in range(3 * limit)) == limit


def test_sign_up_across_a_boundary(client, clock, db):
    limit, period = throttle.LIMITS["signup"]
    emails = iter(range(100))

    def signup() -> bool:
        i = next(emails)
        answer = client.post("/accounts/signup/", {**SIGNUP, "email": f"b{i}@example.org", "pseudonym": f"Bat {i}x"})
        return answer.status_code == 302

    assert straddle(clock, period, limit, signup) <= limit - 1


def test_failed_log_ins_across_a_boundary(clock, db):
    limit, period = throttle.LIMITS["login-client"]
    guesser, names = Client(REMOTE_ADDR="198.51.100.40"), iter(range(100))

    def guess() -> bool:  # a different account each time (django-axes counts each account)
        answer = guesser.post("/accounts/login/", {"username": f"g{next(names)}@example.org", "password": "nope"})
        return answer.status_code == 200  # 429 once the client is paused

    assert straddle(clock, period, limit, guess) <= limit - 1


def test_the_anonymous_api_across_a_boundary(clock, settings, shared_cache, db):
    settings.RAREMAP_API_ANON_RATE = "20/min"
    reader = Client(REMOTE_ADDR="198.51.100.41")
    answers = []

    def read() -> bool:
        answers.append(reader.get("/api/v1/sources"))
        return answers[-1].status_code == 200

    assert straddle(clock, 60, 20, read) <= 19
    refused = answers[-1]
    assert refused.status_code == 429 and 1 <= int(refused["Retry-After"]) <= 60
