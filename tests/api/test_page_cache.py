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


def test_new_code_never_serves_a_page_the_old_code_rendered(client, monkeypatch):
    # The cache outlives the servers (it is in the database or Redis): a deploy that
    # changes a template must not be hidden behind pages cached before it.
    from raremap.web.ops import page_cache

    assert client.get(POEMS_PAGE)["X-Cache"] == "miss"
    assert client.get(POEMS_PAGE)["X-Cache"] == "hit"
    monkeypatch.setattr(page_cache, "code_fingerprint", lambda: "a-newer-deploy")
    assert client.get(POEMS_PAGE)["X-Cache"] == "miss"


def test_the_code_fingerprint_covers_templates_and_code():
    from raremap.web.ops import page_cache

    page_cache.code_fingerprint.cache_clear()
    first = page_cache.code_fingerprint()
    assert len(first) == 12 and first == page_cache.code_fingerprint()
    assert ".html" in page_cache.CODE_SUFFIXES and ".py" in page_cache.CODE_SUFFIXES
