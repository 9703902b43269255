"""Fixtures for production tests: a real PostgreSQL server of our own (skipped, with the
reason, only where no PostgreSQL binary exists; CI installs it) and live gunicorn sites."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from tests.production.postgres_server import PostgresServer, pg_bin


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


@pytest.fixture
def database_url(request, tmp_path):
    """A fresh, empty database of the kind the test is parametrised with."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'site.sqlite3'}"
    server = request.getfixturevalue("postgres")
    name = "site_" + request.node.name.split("[")[0][-20:].replace("-", "_").lower() + f"_{id(request) % 100000}"
    return server.create_database(name)
