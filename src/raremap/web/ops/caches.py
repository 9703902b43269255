"""The shared cache from one URL (``RAREMAP_CACHE_URL``): what holds the page cache, its
invalidation counter and every throttle, so all workers and app servers see one copy.

Unset, it is a table in the site's database (``db://raremap_cache``): shared by every
worker and every app server on that database, with no extra server to run. The table is
created by ``raremap manage migrate`` (a ``post_migrate`` hook runs ``createcachetable``).

    >>> cache_from_url("redis://cache.internal:6379/0")["BACKEND"]
    'django.core.cache.backends.redis.RedisCache'
"""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured

DEFAULT = "db://raremap_cache"


def cache_from_url(url: str) -> dict:
    if url.startswith("db://"):
        return {"BACKEND": "raremap.web.ops.db_cache.DatabaseCache", "LOCATION": url[len("db://"):] or "raremap_cache",
                "OPTIONS": {"MAX_ENTRIES": 20000}}
    if url.startswith(("redis://", "rediss://")):
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    if url.startswith("file://"):
        return {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": url[len("file://"):],
                "OPTIONS": {"MAX_ENTRIES": 20000}}
    if url.startswith("locmem://"):
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": url[len("locmem://"):],
                "OPTIONS": {"MAX_ENTRIES": 5000}}
    raise ImproperlyConfigured(f"RAREMAP_CACHE_URL must start with db://, redis://, file:// or locmem://, not {url!r}.")


def create_cache_table(using: str = "default", **_ignored) -> None:
    """Create the database cache's table when the cache is one (no-op otherwise)."""
    from django.core.management import call_command

    call_command("createcachetable", database=using, verbosity=0)

