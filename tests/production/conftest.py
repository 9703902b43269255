"""Fixtures for production tests: a real PostgreSQL server of our own (skipped, with the
reason, only where no PostgreSQL binary exists; CI installs it), a Redis, and live gunicorn sites."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from tests.production.postgres_server import PostgresServer, pg_bin
from tests.production.redis_server import RedisServer


@pytest.fixture(scope="session")
def postgres():
    if pg_bin() is None:
        pytest.skip("PostgreSQL is not installed here (CI installs it: apt-get install postgresql)")
    # Directly under /tmp: pytest's own temporary folders are private to root, and the
    # server runs as the postgres user.
    workdir = Path(tempfile.mkdtemp(prefix="raremap-pg-"))
    server = PostgresServer(workdir).init()  # chowned to postgres when run as root
    yield server
    server.stop()
    shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    """A Redis of our own on loopback (skipped, with the reason, only where redis-server is
    not installed; CI installs it)."""
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed here (CI installs it: scripts/redis-server.sh install)")
    server = RedisServer(tmp_path_factory.mktemp("redis")).start()
    yield server.url
    server.stop()


@pytest.fixture
def database_url(request, tmp_path):
    """A fresh, empty database of the kind the test is parametrised with."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'site.sqlite3'}"
    server = request.getfixturevalue("postgres")
    name = "site_" + request.node.name.split("[")[0][-20:].replace("-", "_").lower() + f"_{id(request) % 100000}"
    return server.create_database(name)
