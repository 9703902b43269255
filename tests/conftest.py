"""Shared fixtures.

``kb`` is the real knowledge base compiled from the HPO 2025-01-16 release (the artifact
in the data directory; built first when missing), loaded once for the whole session.
``mini_release`` is a hand-made release folder, drawn here:

    All (HP:0000001)
    ├── Phenotypic abnormality (HP:0000118)
    │   └── Abnormality of the nervous system (HP:0000707)
    │       ├── Polyneuropathy (HP:0001271)
    │       ├── Paresthesia (HP:0003401, alt HP:0002082)
    │       │   └── Acroparesthesia (HP:0031006)
    │       └── Seizure (HP:0001250)   ← Old seizure term (HP:0000999, obsolete)
    ├── Mode of inheritance (HP:0000005)
    │   └── Autosomal recessive inheritance (HP:0000007)
    └── Onset (HP:0003674)
        └── Adult onset (HP:0003581)
"""

from __future__ import annotations

import gc
import secrets
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
# live_url, browser, desktop, phone, shot: for page tests in any folder.
pytest_plugins = ["tests.browser_fixtures"]


def pytest_configure(config):
    # The site's secret key is made at first use by `raremap serve`/`manage` (importing the
    # settings writes no file); the suite signs its cookies with a key of its own.
    from django.conf import settings

    settings.SECRET_KEY = "test-" + secrets.token_urlsafe(40)
    # Argon2 is the production hasher (tested in community/test_accounts.py); MD5 keeps the
    # many log-ins of the suite fast.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Community counts: the suite checks the minimum, rounding and batch rules exactly, without
    # the per-snapshot noise (on in production); tests/community/test_count_noise.py turns
    # the noise on and attacks it.
    settings.RAREMAP_AGGREGATE_NOISE = 0


def pytest_collection_modifyitems(config, items):
    # `make check` leaves out page tests and what needs a PostgreSQL server of its own
    # (-m "not browser and not postgres"), whatever folder they are in.
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if "postgres" in names:
            item.add_marker(pytest.mark.postgres)
        if names & {"browser", "live_url", "desktop", "phone"}:
            item.add_marker(pytest.mark.browser)


def _transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    names = set(getattr(item, "fixturenames", ()))
    return bool(marker and (marker.kwargs.get("transaction") or marker.args[:1] == (True,))) or bool(
        names & {"transactional_db", "live_server", "django_db_serialized_rollback"})


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    # A transactional test ends by emptying every table, the rows the data migrations wrote
    # too (the role groups of accounts/roles.py, content types, permissions). Put them back
    # at once, so that the tests after it find the database as migrated whatever the order.
    # After the last test the session's fixtures are gone too: the test databases are
    # destroyed and the connections point at the real database again, which must never
    # be flushed.
    result = yield
    if nextitem is not None and _transactional(item):
        _restore_migrated_rows(item.config)
    return result


def _restore_migrated_rows(config) -> None:
    from django.core.management import call_command
    from django.db import connections
    from pytest_django.plugin import blocking_manager_key

    with config.stash[blocking_manager_key].unblock():
        for connection in connections.all(initialized_only=True):
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                call_command("flush", database=connection.alias, interactive=False, verbosity=0,
                             inhibit_post_migrate=True)
                connection.creation.deserialize_db_from_string(contents)
                _reset_sequences(connection)


def _reset_sequences(connection) -> None:
    """The restored rows keep their ids; move PostgreSQL's id sequences past them (as
    loaddata does), or the next row made gets an id already taken."""
    from django.apps import apps
    from django.core.management.color import no_style

    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


@pytest.fixture(scope="session")
def kb():
    from raremap.knowledge import ensure_knowledge
    from raremap.sections import SECTIONS

    loaded = ensure_knowledge(sections=SECTIONS)
    # The knowledge base lives as long as the session: leave its objects out of the
    # garbage collector's full passes, which would otherwise walk all of them again and again.
    gc.freeze()
    return loaded


@pytest.fixture(scope="session")
def mini_release() -> Path:
    return FIXTURES / "mini_release"


@pytest.fixture(scope="session")
def mini_kb(tmp_path_factory, mini_release):
    from raremap.knowledge import build_knowledge, open_knowledge
    from raremap.sections import SECTIONS

    data = tmp_path_factory.mktemp("mini-data")
    build_knowledge(mini_release, data, sections=SECTIONS)
    return open_knowledge(data, sections=SECTIONS)
