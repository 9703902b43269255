"""The database connection from ``DATABASE_URL`` (dj-database-url), with the options each
engine needs to serve several workers: SQLite in WAL mode with a busy timeout and
IMMEDIATE transactions (no "database is locked" between concurrent writers); PostgreSQL
through psycopg 3 with persistent, health-checked connections and a short connect timeout
so that requests during an outage fail fast (and become a 503, see ``db_unavailable``).

    >>> database_from_url("postgres://raremap:pw@db.internal:5432/raremap")["ENGINE"]
    'django.db.backends.postgresql'
"""

from __future__ import annotations

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

SQLITE_OPTIONS = {
    # WAL lets readers work while one writer commits; IMMEDIATE takes the write lock at
    # BEGIN so two writers queue on the busy timeout instead of failing on upgrade.
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
ENGINES = {"django.db.backends.sqlite3", "django.db.backends.postgresql"}


def sqlite_database(path) -> dict:
    """``DATABASES['default']`` for a SQLite file (the default: the data directory's)."""
    return {"ENGINE": "django.db.backends.sqlite3", "NAME": path, "CONN_MAX_AGE": 0,
            "CONN_HEALTH_CHECKS": False, "OPTIONS": dict(SQLITE_OPTIONS)}


def database_from_url(url: str, conn_max_age: int = 60, connect_timeout: int = 5, password: str = "") -> dict:
    """Django's ``DATABASES['default']`` for a URL (``sqlite:////abs/path.sqlite3`` or
    ``postgres://user:password@host:port/name``); ``password`` is used when the URL has
    none. Raises ImproperlyConfigured, naming the variable, for anything else."""
    try:
        config = dj_database_url.parse(url.strip(), conn_max_age=conn_max_age, conn_health_checks=True)
    except Exception as exc:  # dj-database-url raises ValueError/KeyError on odd schemes
        raise ImproperlyConfigured(f"DATABASE_URL cannot be read ({exc}); use postgres://user:password@host:port/name or sqlite:////path/to/file.sqlite3.") from None
    engine = config.get("ENGINE")
    if engine not in ENGINES:
        raise ImproperlyConfigured(f"DATABASE_URL names the engine {engine!r}; RareMap supports PostgreSQL and SQLite.")
    options = dict(config.get("OPTIONS") or {})
    if engine == "django.db.backends.sqlite3":
        if not config.get("NAME") or config["NAME"] == ":memory:":
            raise ImproperlyConfigured("DATABASE_URL for SQLite must name a file (sqlite:////path/to/raremap.sqlite3).")
        config["CONN_MAX_AGE"] = 0
        config["CONN_HEALTH_CHECKS"] = False
        options = {**SQLITE_OPTIONS, **options}
    else:
        if not config.get("NAME"):
            raise ImproperlyConfigured("DATABASE_URL for PostgreSQL must name a database (…/raremap).")
        options.setdefault("connect_timeout", connect_timeout)
        if password and not config.get("PASSWORD"):
            config["PASSWORD"] = password
    config["OPTIONS"] = options
    return config


def describe(config: dict) -> str:
    """A one-line description without the password (for logs and `raremap` output)."""
    if config["ENGINE"].endswith("sqlite3"):
        return f"SQLite {config['NAME']}"
    return f"PostgreSQL {config.get('NAME')} on {config.get('HOST') or 'localhost'}:{config.get('PORT') or 5432}"
