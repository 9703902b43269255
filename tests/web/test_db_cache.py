"""The default shared cache (a database table): increments keep the key's expiry, so a
throttle window of an hour stays an hour, and an expired or missing key is not counted."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

pytestmark = pytest.mark.django_db


def expires_of(key: str):
    with connection.cursor() as cursor:
        cursor.execute("SELECT expires FROM raremap_cache WHERE cache_key = %s", [cache.make_key(key)])
        value = cursor.fetchone()[0]
    return value if not isinstance(value, str) else timezone.datetime.fromisoformat(value)


def test_the_site_cache_is_the_shared_database_cache():
    from django.core.cache import caches

    from raremap.web.ops.db_cache import DatabaseCache

    assert isinstance(caches["default"], DatabaseCache)


def test_incr_counts_and_keeps_the_expiry():
    cache.add("throttle-test", 0, timeout=3600)
    before = expires_of("throttle-test")
    assert [cache.incr("throttle-test") for _ in range(3)] == [1, 2, 3]
    assert cache.get("throttle-test") == 3
    assert expires_of("throttle-test") == before  # Django's generic incr would reset it to 300 s


def test_incr_of_a_missing_or_expired_key_is_an_error():
    with pytest.raises(ValueError):
        cache.incr("never-set")
    cache.set("short-lived", 5, timeout=3600)
    with connection.cursor() as cursor:
        cursor.execute("UPDATE raremap_cache SET expires = %s WHERE cache_key = %s",
                       [timezone.now() - timedelta(seconds=5), cache.make_key("short-lived")])
    with pytest.raises(ValueError):
        cache.incr("short-lived")
