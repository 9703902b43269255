import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from raremap.web.env import envbool, envint, envlist, envsecret, envurl
from raremap.web.secret_key import ensure_secret_key, problem_with, read_secret_key

RAREMAP = Path(sys.executable).with_name("raremap")


def _fresh_env(tmp_path, **extra) -> dict:
    # A fresh process: the test run swaps in its own database.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RAREMAP_", "DATABASE_"))}
    return {**env, "RAREMAP_DATA_DIR": str(tmp_path), **extra}


def test_defaults_debug_off_sqlite_in_the_data_dir_loopback_hosts_shared_cache(tmp_path):
    code = ("from raremap.web import settings as s; d = s.DATABASES['default']; "
            "print(s.DEBUG, d['ENGINE'], d['NAME'], d['CONN_MAX_AGE'], s.CACHES['default']['BACKEND'], s.ALLOWED_HOSTS)")
    done = subprocess.run([sys.executable, "-c", code], env=_fresh_env(tmp_path), capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    debug, engine, name, max_age, cache, hosts = done.stdout.split(" ", 5)
    assert debug == "False"
    assert engine == "django.db.backends.sqlite3" and name.startswith(str(tmp_path)) and max_age == "0"
    assert cache == "raremap.web.ops.db_cache.DatabaseCache"  # shared by every worker
    assert "'127.0.0.1'" in hosts and "'localhost'" in hosts
    assert list(tmp_path.iterdir()) == []  # importing the settings wrote nothing


def test_one_database_setting_postgres_url_with_its_password_from_a_file(tmp_path):
    (tmp_path / "pw").write_text("s3cret\n")
    env = _fresh_env(tmp_path, DATABASE_URL="postgres://rm@db.internal:5432/raremap",
                     DATABASE_PASSWORD_FILE=str(tmp_path / "pw"), RAREMAP_DB_CONN_MAX_AGE="30")
    code = "from raremap.web import settings as s; d = s.DATABASES['default']; print(d['ENGINE'], d['PASSWORD'], d['CONN_MAX_AGE'])"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["django.db.backends.postgresql", "s3cret", "30"]


def test_envbool_is_strict(monkeypatch):
    monkeypatch.setenv("X_FLAG", "Yes")
    assert envbool("X_FLAG", False) is True
    monkeypatch.setenv("X_FLAG", "0")
    assert envbool("X_FLAG", True) is False
    monkeypatch.setenv("X_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="X_FLAG must be a boolean"):
        envbool("X_FLAG", False)
    monkeypatch.delenv("X_FLAG")
    assert envbool("X_FLAG", True) is True


def test_envint_and_envlist(monkeypatch):
    monkeypatch.setenv("X_NUM", " 42 ")
    assert envint("X_NUM", 1) == 42
    monkeypatch.setenv("X_NUM", "4x")
    with pytest.raises(ImproperlyConfigured, match="X_NUM must be a whole number"):
        envint("X_NUM", 1)
    monkeypatch.setenv("X_LIST", "a.org, ,b.org")
    assert envlist("X_LIST", []) == ["a.org", "b.org"]


def test_envurl_wants_the_sites_address(monkeypatch):
    monkeypatch.delenv("X_SITE", raising=False)
    assert envurl("X_SITE", "http://127.0.0.1:8000") == "http://127.0.0.1:8000"
    monkeypatch.setenv("X_SITE", " https://raremap.example.org/ ")
    assert envurl("X_SITE", "http://127.0.0.1:8000") == "https://raremap.example.org"
    for bad in ("raremap.example.org", "ftp://raremap.example.org", "https://", "https://a.org/path", "https://a.org?x"):
        monkeypatch.setenv("X_SITE", bad)
        with pytest.raises(ImproperlyConfigured, match="X_SITE must be the site's address"):
            envurl("X_SITE", "http://127.0.0.1:8000")


def test_envsecret_reads_a_file(monkeypatch, tmp_path):
    secret = tmp_path / "s"
    secret.write_text("hunter2\n")
    monkeypatch.setenv("X_SECRET_FILE", str(secret))
    assert envsecret("X_SECRET") == "hunter2"
    monkeypatch.setenv("X_SECRET_FILE", str(tmp_path / "missing"))
    with pytest.raises(ImproperlyConfigured, match="cannot be read"):
        envsecret("X_SECRET")


def test_the_secret_key_is_generated_once_private_and_kept(tmp_path):
    path = tmp_path / "secret_key"
    ensure_secret_key(path)
    first = read_secret_key(path)
    assert len(first) >= 50 and problem_with(path) is None
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    ensure_secret_key(path)
    assert read_secret_key(path) == first
    assert [p.name for p in tmp_path.iterdir()] == ["secret_key"]  # no temporary file left


def test_a_truncated_secret_key_file_is_refused(tmp_path):
    (tmp_path / "secret_key").write_text("short")
    assert read_secret_key(tmp_path / "secret_key") == ""
    assert "too short" in problem_with(tmp_path / "secret_key")


def test_manage_creates_the_secret_key_at_first_use(tmp_path):
    done = subprocess.run([str(RAREMAP), "manage", "check"], env=_fresh_env(tmp_path), capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(read_secret_key(tmp_path / "secret_key")) >= 50


def test_a_malformed_setting_stops_start_up_with_its_name(tmp_path):
    env = {**os.environ, "RAREMAP_DEBUG": "perhaps", "RAREMAP_DATA_DIR": str(tmp_path),
           "DJANGO_SETTINGS_MODULE": "raremap.web.settings"}
    done = subprocess.run([sys.executable, "-c", "import django; django.setup()"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "RAREMAP_DEBUG must be a boolean" in done.stderr
