"""PostgreSQL itself (a real server of our own): migrations, the site's writes, and
pg_dump/pg_restore through the backup and restore commands."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow


def _django(code: str, url: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "raremap.web.settings", "DATABASE_URL": url,
           "RAREMAP_SECRET_KEY": "k" * 50}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)


SETUP = ("import django; django.setup(); from django.core.management import call_command as c; "
         "c('migrate', verbosity=0); from django.db import connection; from django.contrib.auth.models import User; ")


def test_migrations_backup_and_restore_on_a_real_postgresql(postgres, tmp_path, kb):
    url = postgres.create_database("backup_round_trip")
    done = _django(SETUP + "print(connection.vendor, connection.pg_version); User.objects.create_user('kept')", url)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("postgresql ")
    dump = tmp_path / "raremap.dump"
    done = _django(SETUP + f"c('backup', '{dump}')", url)
    assert done.returncode == 0 and dump.read_bytes()[:5] == b"PGDMP", done.stderr[-2000:]
    assert _django(SETUP + "User.objects.all().delete(); User.objects.create_user('after')", url).returncode == 0
    done = _django(SETUP + f"c('restore', '{dump}', yes=True); print(sorted(User.objects.values_list('username', flat=True)))", url)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "['kept']" in done.stdout


def test_a_bad_dump_is_refused_and_changes_nothing(postgres, tmp_path, kb):
    url = postgres.create_database("backup_refused")
    _django(SETUP + "User.objects.create_user('kept')", url)
    junk = tmp_path / "junk.dump"
    junk.write_bytes(b"PGDMP" + b"\x00garbage" * 50)  # looks like a dump, is not one
    done = _django(SETUP + f"c('restore', '{junk}', yes=True)", url)
    assert done.returncode != 0 and "nothing was changed" in done.stderr
    assert "['kept']" in _django(SETUP + "print(list(User.objects.values_list('username', flat=True)))", url).stdout


def test_nul_bytes_in_user_text_are_refused_before_postgresql_sees_them(client, db):
    # PostgreSQL cannot store NUL in text; the forms and the API refuse it with a 4xx.
    response = client.get("/api/v1/search", {"q": "poems\x00"})
    assert response.status_code == 422
    response = client.post("/inquiries/ask/ORPHA:2905/", {"email": "a@example.org", "question": "Is it inherited?\x00" * 3})
    assert response.status_code < 500
