"""Operations: DATABASE_URL parsing, `check --deploy`, security headers, logs without
personal data, backup and restore (SQLite online backup here; PostgreSQL in test_postgres)."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from raremap.web.ops.database import database_from_url
from raremap.web.ops.logs import JsonFormatter, scrub


def test_database_url_chooses_postgresql_with_psycopg_and_health_checks():
    config = database_from_url("postgres://rm:s3cret@db.internal:6432/raremap", conn_max_age=30)
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["NAME"], config["USER"], config["PASSWORD"], config["HOST"], config["PORT"]) == \
        ("raremap", "rm", "s3cret", "db.internal", 6432)
    assert config["CONN_MAX_AGE"] == 30 and config["CONN_HEALTH_CHECKS"] is True
    assert config["OPTIONS"]["connect_timeout"] == 5


def test_database_url_for_sqlite_gets_wal_and_a_busy_timeout(tmp_path):
    config = database_from_url(f"sqlite:///{tmp_path}/x.sqlite3")
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert "journal_mode=WAL" in config["OPTIONS"]["init_command"]
    assert config["OPTIONS"]["timeout"] >= 10 and config["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


@pytest.mark.parametrize("url", ["mysql://u:p@h/db", "nonsense", "sqlite://:memory:", "postgres://u:p@h:5432/"])
def test_unsupported_or_incomplete_database_urls_fail_loudly(url):
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL"):
        database_from_url(url)


def _django(code: str, **env) -> subprocess.CompletedProcess:
    full = {**os.environ, "DJANGO_SETTINGS_MODULE": "raremap.web.settings", **env}
    return subprocess.run([sys.executable, "-c", code], env=full, capture_output=True, text=True, timeout=120)


PRODUCTION = {"RAREMAP_HTTPS": "1", "RAREMAP_DEBUG": "0", "RAREMAP_ALLOWED_HOSTS": "raremap.example.org",
              "RAREMAP_SECRET_KEY": "x" * 20 + "Kq8#vP2!mZ7@wR4$tY6^uI9&oL1*eA3(sD5)fG0-hJ",
              "DATABASE_URL": "postgres://raremap:pw@db.internal:5432/raremap",
              "RAREMAP_SITE_URL": "https://raremap.example.org"}


def test_check_deploy_is_clean_under_production_settings(kb):
    done = _django("import django; from django.core.management import call_command; django.setup(); "
                   "call_command('check', deploy=True, fail_level='WARNING')", **PRODUCTION)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "no issues" in done.stdout + done.stderr


def test_check_deploy_warns_without_https_and_with_debug(kb):
    done = _django("import django; from django.core.management import call_command; django.setup(); "
                   "call_command('check', deploy=True, fail_level='WARNING')",
                   **{**PRODUCTION, "RAREMAP_HTTPS": "0", "RAREMAP_DEBUG": "1"})
    assert done.returncode != 0 and "security.W018" in done.stderr  # DEBUG on in deployment


def test_every_page_carries_the_security_headers(client, db):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp and "object-src 'none'" in csp
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]


def test_hsts_is_sent_over_https_when_enabled(client, db, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    response = client.get("/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "Strict-Transport-Security" not in client.get("/")  # never over plain HTTP


def test_the_scrubber_removes_emails_addresses_and_queries():
    text = "jo.doe+x@example.org from 203.0.113.7 and 2001:db8::1 GET /search/?q=my+fatigue"
    out = scrub(text)
    assert "jo.doe" not in out and "203.0.113.7" not in out and "2001:db8" not in out and "fatigue" not in out
    assert "[email]" in out and "[ip]" in out and "/search/?[query]" in out


def test_log_lines_are_json_without_personal_data():
    record = logging.makeLogRecord({"name": "raremap.x", "levelno": logging.WARNING, "levelname": "WARNING",
                                    "msg": "failed for %s", "args": ("ann@example.org",),
                                    "path": "/search/?q=tingling", "client": "198.51.100.4"})
    line = json.loads(JsonFormatter().format(record))
    assert line["level"] == "warning" and line["logger"] == "raremap.x"
    blob = json.dumps(line)
    assert "ann@example.org" not in blob and "tingling" not in blob and "198.51.100.4" not in blob


def test_the_access_log_records_routes_not_what_people_typed(client, db, caplog):
    with caplog.at_level(logging.INFO, logger="raremap.access"):
        client.get("/search/", {"q": "numb feet since march"}, REMOTE_ADDR="192.0.2.44")
        client.get("/disease/ORPHA:2905/poems-syndrome/")
    lines = [JsonFormatter().format(r) for r in caplog.records if r.name == "raremap.access"]
    assert len(lines) == 2
    assert json.loads(lines[0])["route"] == "search/" and json.loads(lines[0])["status"] == 200
    assert json.loads(lines[1])["route"] == "disease/<str:disease_id>/<slug:slug>/"
    blob = "\n".join(lines)
    assert "numb" not in blob and "192.0.2.44" not in blob


def test_a_page_during_a_database_outage_is_a_friendly_503(client, db):
    from unittest import mock

    from django.db import OperationalError

    with mock.patch("django.db.backends.base.base.BaseDatabaseWrapper.cursor",
                    side_effect=OperationalError("server closed the connection")):
        response = client.get("/community/ORPHA:2905/")
    assert response.status_code == 503 and response["Retry-After"].isdigit()
    assert "Back in a moment" in response.content.decode()


# The first step migrates the new SQLite file; the next ones find it migrated.
SETUP = ("import django; django.setup(); from django.core.management import call_command as c; "
         "from django.contrib.auth.models import User; ")
MIGRATE = SETUP + "c('migrate', verbosity=0); "


def test_sqlite_backup_and_restore_round_trip(tmp_path, kb):
    """On a real SQLite file through the management commands, in subprocesses (the test
    database of this process is in memory)."""
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'live.sqlite3'}", "RAREMAP_SECRET_KEY": "k" * 50}
    assert _django(MIGRATE + "User.objects.create_user('kept')", **env).returncode == 0
    done = _django(SETUP + f"c('backup', '{tmp_path / 'b.sqlite3'}')", **env)
    assert done.returncode == 0 and "Backed up" in done.stdout, done.stderr
    assert _django(SETUP + "User.objects.all().delete(); User.objects.create_user('after-backup')", **env).returncode == 0
    done = _django(SETUP + f"c('restore', '{tmp_path / 'b.sqlite3'}', yes=True); "
                   "print(sorted(User.objects.values_list('username', flat=True)))", **env)
    assert done.returncode == 0, done.stderr
    assert "['kept']" in done.stdout


def test_restoring_something_that_is_not_a_backup_changes_nothing(tmp_path, kb):
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'live.sqlite3'}", "RAREMAP_SECRET_KEY": "k" * 50}
    (tmp_path / "junk.bin").write_bytes(b"not a database at all" * 100)
    _django(MIGRATE + "User.objects.create_user('kept')", **env)
    done = _django(SETUP + f"c('restore', '{tmp_path / 'junk.bin'}', yes=True)", **env)
    assert done.returncode != 0 and "not a valid SQLite backup" in done.stderr
    done = _django(SETUP + "print(list(User.objects.values_list('username', flat=True)))", **env)
    assert "['kept']" in done.stdout
