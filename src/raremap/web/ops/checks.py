"""System checks for what must hold before RareMap serves anyone (``raremap manage check``;
``--deploy`` adds the production-only ones). ``raremap serve`` runs them before starting.

- raremap.E001: no usable secret key (RAREMAP_SECRET_KEY unset and its file unreadable).
- raremap.E002: DEBUG off and ALLOWED_HOSTS empty (every request would be refused).
- raremap.W002 (deploy): ALLOWED_HOSTS names only this machine's loopback addresses.
- raremap.W004 (deploy): RAREMAP_SITE_URL unset or pointing at this machine (links in the
  e-mails sent to members would lead nowhere).
- raremap.E003: more than one worker but a cache held in each process's memory (page
  cache, its invalidation counter and the throttles would differ between workers).
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks

LOOPBACK = {"127.0.0.1", "localhost", "[::1]", "::1"}
PER_PROCESS = {"django.core.cache.backends.locmem.LocMemCache", "django.core.cache.backends.dummy.DummyCache"}


@checks.register(checks.Tags.security)
def secret_key_check(app_configs=None, **kwargs):
    from raremap.web.secret_key import problem_with

    if settings._wrapped.SECRET_KEY:  # the raw value: LazySettings raises on an empty key
        return []
    if os.environ.get("RAREMAP_SECRET_KEY", "").strip():
        return []
    why = problem_with(settings.SECRET_KEY_FILE) or f"the secret key file {settings.SECRET_KEY_FILE} is empty"
    return [checks.Error(
        f"No secret key: {why}.",
        hint="Set RAREMAP_SECRET_KEY or RAREMAP_SECRET_KEY_FILE (the same on every app server), or run "
             "'raremap serve' or 'raremap manage' once to generate the data directory's key.",
        id="raremap.E001")]


@checks.register(checks.Tags.security)
def allowed_hosts_check(app_configs=None, **kwargs):
    if settings.DEBUG or settings.ALLOWED_HOSTS:
        return []
    return [checks.Error("DEBUG is off and ALLOWED_HOSTS is empty: every request would be refused.",
                         hint="Set RAREMAP_ALLOWED_HOSTS to the host names the site is reached by.",
                         id="raremap.E002")]


@checks.register(checks.Tags.security, deploy=True)
def public_hosts_check(app_configs=None, **kwargs):
    if settings.DEBUG or not settings.ALLOWED_HOSTS or not set(settings.ALLOWED_HOSTS) <= LOOPBACK:
        return []
    return [checks.Warning("ALLOWED_HOSTS names only this machine's loopback addresses.",
                           hint="Set RAREMAP_ALLOWED_HOSTS to the public host names (e.g. raremap.example.org).",
                           id="raremap.W002")]


@checks.register(checks.Tags.security, deploy=True)
def site_url_check(app_configs=None, **kwargs):
    host = urlsplit(settings.RAREMAP_SITE_URL).hostname or ""
    if settings.DEBUG or host.strip("[]") not in {h.strip("[]") for h in LOOPBACK}:
        return []
    return [checks.Warning(
        f"RAREMAP_SITE_URL is {settings.RAREMAP_SITE_URL}: links in the e-mails sent to members would not reach them.",
        hint="Set RAREMAP_SITE_URL to the address people reach the site at (e.g. https://raremap.example.org).",
        id="raremap.W004")]


@checks.register(checks.Tags.caches)
def shared_cache_check(app_configs=None, **kwargs):
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if settings.WEB_WORKERS <= 1 or backend not in PER_PROCESS:
        return []
    return [checks.Error(
        f"{settings.WEB_WORKERS} workers but the cache lives in each process's memory ({backend.rsplit('.', 1)[-1]}): "
        "hidden posts would stay visible and rate limits would multiply.",
        hint="Leave RAREMAP_CACHE_URL unset (database cache) or point it at Redis (redis://…) or a folder (file:///…).",
        id="raremap.E003")]
