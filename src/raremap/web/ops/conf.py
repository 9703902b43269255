"""Production settings (issue 8), applied by one line at the end of ``settings.py``.

Environment variables (all optional; defaults in brackets):

- ``DATABASE_URL`` [unset: SQLite in the data directory] — ``postgres://user:pw@host:5432/name``
  or ``sqlite:////abs/path.sqlite3``; the password may instead come from
  ``DATABASE_PASSWORD_FILE``.
- ``RAREMAP_DB_CONN_MAX_AGE`` [60] seconds a PostgreSQL connection is kept; ``RAREMAP_DB_CONNECT_TIMEOUT`` [5].
- ``RAREMAP_CACHE_URL`` [locmem://] — ``redis://host:6379/0`` (shared by every app server; needs
  the ``redis`` package), ``file:///abs/dir`` (shared by the workers of one machine) or ``locmem://``.
- ``RAREMAP_PAGE_CACHE_SECONDS`` [300] — anonymous disease/term/answer pages; 0 turns it off.
- ``RAREMAP_API_ANON_RATE`` [120/min] — anonymous API requests per client address.
- ``RAREMAP_NUM_PROXIES`` [0] — reverse proxies in front (client address from X-Forwarded-For).
- ``RAREMAP_LOG_FORMAT`` [json] or ``text``; ``RAREMAP_ACCESS_LOG`` [0] — one line per request.
- ``RAREMAP_SSL_REDIRECT`` [=RAREMAP_HTTPS], ``RAREMAP_HSTS_SECONDS`` [31536000 under HTTPS],
  ``RAREMAP_HSTS_PRELOAD`` [=RAREMAP_HTTPS].
- ``RAREMAP_RETRY_AFTER`` [5] — seconds in the Retry-After of a 503 during a database outage.
"""

from __future__ import annotations

import os

from django.core.exceptions import ImproperlyConfigured

from raremap.web.env import envbool, envint, envsecret, envstr
from raremap.web.ops.database import SQLITE_OPTIONS, database_from_url

APPS = ["ninja", "raremap.web.ops"]


def cache_from_url(url: str) -> dict:
    if url.startswith(("redis://", "rediss://")):
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    if url.startswith("file://"):
        return {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": url[len("file://"):],
                "OPTIONS": {"MAX_ENTRIES": 20000}}
    if url.startswith("locmem://"):
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": url[len("locmem://"):],
                "OPTIONS": {"MAX_ENTRIES": 5000}}
    raise ImproperlyConfigured(f"RAREMAP_CACHE_URL must start with redis://, file:// or locmem://, not {url!r}.")


def _database(s: dict) -> None:
    url = os.environ.get("DATABASE_URL", "").strip()
    if url:
        config = database_from_url(url, envint("RAREMAP_DB_CONN_MAX_AGE", 60), envint("RAREMAP_DB_CONNECT_TIMEOUT", 5))
        password = envsecret("DATABASE_PASSWORD")
        if password and not config.get("PASSWORD"):
            config["PASSWORD"] = password
        s["DATABASES"] = {"default": config}
        return
    default = s["DATABASES"]["default"]
    if default["ENGINE"].endswith("sqlite3"):
        # Busy timeout and WAL for the built-in SQLite (several gunicorn workers write).
        default["OPTIONS"] = {**SQLITE_OPTIONS, **default.get("OPTIONS", {})}
    else:
        default.setdefault("CONN_HEALTH_CHECKS", True)


def _middleware(s: dict) -> None:
    mw = list(s["MIDDLEWARE"])
    # Outermost: headers on every response, and one access line per request.
    mw.insert(0, "raremap.web.ops.logs.RequestLogMiddleware")
    mw.insert(1, "raremap.web.ops.security_headers.SecurityHeadersMiddleware")
    # After sessions (reads their cookie name) and innermost of the rest: serves cached
    # pages without touching the database; its process_exception turns outages into 503.
    mw.append("raremap.web.ops.page_cache.PageCacheMiddleware")
    mw.append("raremap.web.ops.db_unavailable.DatabaseUnavailableMiddleware")
    s["MIDDLEWARE"] = mw


def _https(s: dict) -> None:
    https = bool(s.get("HTTPS"))
    s["SECURE_SSL_REDIRECT"] = envbool("RAREMAP_SSL_REDIRECT", https)
    s["SECURE_HSTS_SECONDS"] = envint("RAREMAP_HSTS_SECONDS", 31536000 if https else 0)
    s["SECURE_HSTS_INCLUDE_SUBDOMAINS"] = https
    s["SECURE_HSTS_PRELOAD"] = envbool("RAREMAP_HSTS_PRELOAD", https)
    s["SECURE_CROSS_ORIGIN_OPENER_POLICY"] = "same-origin"
    # Health probes from the load balancer come over plain HTTP on the private network.
    s["SECURE_REDIRECT_EXEMPT"] = [r"^api/v1/health$"]


def _logging(s: dict) -> None:
    logging = s.setdefault("LOGGING", {"version": 1, "disable_existing_loggers": False})
    handlers = logging.setdefault("handlers", {})
    console = handlers.setdefault("console", {"class": "logging.StreamHandler"})
    if envstr("RAREMAP_LOG_FORMAT", "json") == "json":
        logging.setdefault("formatters", {})["json"] = {"()": "raremap.web.ops.logs.JsonFormatter"}
        console["formatter"] = "json"
    logging.setdefault("loggers", {})["raremap.access"] = {
        "level": "INFO" if envbool("RAREMAP_ACCESS_LOG", False) else "WARNING", "propagate": True,
    }
    # Django's own request logger writes the path and query of failing requests.
    logging["loggers"]["django.request"] = {"level": "ERROR", "propagate": True}


def apply(s: dict) -> None:
    s["INSTALLED_APPS"] = [*s["INSTALLED_APPS"], *[a for a in APPS if a not in s["INSTALLED_APPS"]]]
    _database(s)
    _middleware(s)
    _https(s)
    _logging(s)
    cache_url = envstr("RAREMAP_CACHE_URL", "")
    if cache_url:
        s["CACHES"] = {"default": cache_from_url(cache_url)}
    s.setdefault("CACHES", {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}})
    s["RAREMAP_PAGE_CACHE_SECONDS"] = envint("RAREMAP_PAGE_CACHE_SECONDS", 300)
    s["RAREMAP_API_ANON_RATE"] = envstr("RAREMAP_API_ANON_RATE", "120/min")
    s["NINJA_NUM_PROXIES"] = envint("RAREMAP_NUM_PROXIES", 0)
