"""The page cache for anonymous readers: hits, what is never cached, and invalidation."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from raremap.web.ops.page_cache import content_version

POEMS_PAGE = "/disease/ORPHA:2905/poems-syndrome/"


@pytest.fixture(autouse=True)
def _cache_on(settings, db):
    settings.RAREMAP_PAGE_CACHE_SECONDS = 300
    cache.clear()


def test_an_anonymous_disease_page_is_served_from_the_cache_the_second_time(client):
    first = client.get(POEMS_PAGE)
    second = client.get(POEMS_PAGE)
    assert first["X-Cache"] == "miss" and second["X-Cache"] == "hit"
    assert second.content == first.content and second["Vary"] == "Cookie"


def test_a_different_query_string_is_a_different_page(client):
    client.get(POEMS_PAGE)
    assert client.get(POEMS_PAGE + "?filter=neuropathy")["X-Cache"] == "miss"


def test_visitors_with_a_session_are_never_served_cached_pages(client):
    client.get(POEMS_PAGE)
    client.cookies["sessionid"] = "whatever"
    assert "X-Cache" not in client.get(POEMS_PAGE)


def test_search_and_error_pages_are_not_cached(client):
    assert "X-Cache" not in client.get("/search/?q=poems")
    assert "X-Cache" not in client.get("/disease/ORPHA:99999999/")


def test_a_published_post_invalidates_but_a_pending_one_does_not(client):
    from tests.factories import make_user, post

    user = make_user("Cache Crane", "crane@example.org")
    client.get(POEMS_PAGE)
    before = content_version()
    exp = post(user, "pending text", status="pending")
    assert content_version() == before and client.get(POEMS_PAGE)["X-Cache"] == "hit"
    exp.status = "published"
    exp.save()
    assert content_version() == before + 1 and client.get(POEMS_PAGE)["X-Cache"] == "miss"
