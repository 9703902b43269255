"""Two app servers (gunicorn, two workers each) on one PostgreSQL and one Redis, as in
docs/deploy.md: what one server changes, the other serves at once, and a rate limit counts
across both. Each server's workers also share it (issue: per-worker caches kept hidden
posts public for minutes and doubled the anonymous API limit)."""

from __future__ import annotations

import itertools
import json
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.live_site import LiveSite, member_client

POEMS = "ORPHA:2905"
PAGE = f"/disease/{POEMS}/questions/contagious/"

SEED = """
import json, django
django.setup()
from django.contrib.auth.models import Group, User
from django.test import Client
from raremap.web.accounts.models import Profile
from raremap.web.community.models import Experience, Membership
def person(name, *groups):
    u = User.objects.create_user(username=f"cache-{name}", email=f"{name}@example.org")
    Profile.objects.create(user=u, pseudonym=f"Cache {name}", email_confirmed=True)
    for g in ("member", *groups):
        u.groups.add(Group.objects.get(name=g))
    return u
author, moderator = person("author"), person("moderator", "moderator")
Membership.objects.create(user=author, disease_id="ORPHA:2905", role="patient")
post = Experience.objects.create(author=author, disease_id="ORPHA:2905", question="contagious",
                                 text="Marker sentence about waiting rooms and quiet afternoons.",
                                 status=Experience.Status.PUBLISHED)
c = Client()
c.force_login(moderator, backend="raremap.web.accounts.backends.EmailBackend")
print(json.dumps({"post": post.pk, "moderator": c.cookies["sessionid"].value}))
"""
MARKER = "Marker sentence about waiting rooms"


@pytest.fixture(scope="module")
def two_servers(postgres, redis_url, tmp_path_factory, kb):
    """Started once for this module: the tests below use different pages and API clients."""
    database_url = postgres.create_database("shared_cache")
    work = tmp_path_factory.mktemp("two-servers")
    env = {"RAREMAP_CACHE_URL": redis_url, "RAREMAP_API_ANON_RATE": "20/day", "RAREMAP_WARMUP": "0"}
    first = LiveSite(database_url, work / "a", workers=2, env=env)
    second = LiveSite(database_url, work / "b", workers=2, env={**env, "RAREMAP_SECRET_KEY": first.env["RAREMAP_SECRET_KEY"]})
    try:
        first.start()
        second.start()
        yield first, second
    finally:
        first.stop()
        second.stop()


@pytest.mark.slow
def test_a_post_hidden_through_one_server_disappears_from_the_other_at_once(two_servers):
    first, second = two_servers
    seeded = json.loads(first.python(SEED))
    # Both servers, all their workers: the page is cached once, in Redis.
    pages = [httpx.get(site.base + PAGE, timeout=30) for site in (second, first, second, first)]
    assert all(p.status_code == 200 and MARKER in p.text for p in pages)
    assert [p.headers["X-Cache"] for p in pages] == ["miss", "hit", "hit", "hit"]

    with member_client(first, seeded["moderator"]) as moderator:
        done = moderator.post(f"/community/moderation/{seeded['post']}/hide/", data={"reason": "off-topic test"})
    assert done.status_code == 302
    for _ in range(10):  # right away, whichever worker answers
        for site in (second, first):
            page = httpx.get(site.base + PAGE, timeout=30)
            assert page.status_code == 200 and MARKER not in page.text


@pytest.mark.slow
def test_the_anonymous_api_limit_counts_across_both_servers(two_servers):
    first, second = two_servers
    codes = [httpx.get(site.base + "/api/v1/questions", timeout=30).status_code
             for site in itertools.islice(itertools.cycle((first, second)), 30)]
    assert codes.count(200) == 20 and codes.count(429) == 10  # 20 per client, not 20 per server
    assert codes[:20] == [200] * 20


@pytest.mark.slow
def test_the_default_database_cache_is_shared_and_counts_concurrent_requests_right(tmp_path, kb):
    """`make run` as it is (no Redis): two workers of four threads on SQLite and the
    database cache; 40 requests at once against a limit of 20."""
    env = {"RAREMAP_API_ANON_RATE": "20/day", "RAREMAP_WARMUP": "0"}
    with LiveSite(None, tmp_path, workers=2, env=env) as site:
        pages = [httpx.get(site.base + PAGE, timeout=60).headers.get("X-Cache") for _ in range(6)]
        with ThreadPoolExecutor(max_workers=8) as pool:
            codes = list(pool.map(lambda _: httpx.get(site.base + "/api/v1/questions", timeout=120).status_code,
                                  range(40)))
    assert pages == ["miss"] + ["hit"] * 5  # whichever worker answers
    assert codes.count(200) == 20 and codes.count(429) == 20, codes
