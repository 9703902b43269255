"""System checks for production needs: a readable secret key, ALLOWED_HOSTS when DEBUG is
off, a shared cache when there is more than one worker."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

from raremap.web.ops import checks

RAREMAP = Path(sys.executable).with_name("raremap")
LOCMEM = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
DATABASE = {"default": {"BACKEND": "raremap.web.ops.db_cache.DatabaseCache", "LOCATION": "raremap_cache"}}


def ids(messages) -> list[str]:
    return [m.id for m in messages]


@pytest.fixture
def no_key_in_env(monkeypatch):
    monkeypatch.delenv("RAREMAP_SECRET_KEY", raising=False)


def test_a_missing_unreadable_or_short_key_file_is_an_error(tmp_path, no_key_in_env):
    missing, folder, short = tmp_path / "nope", tmp_path / "dir", tmp_path / "short"
    folder.mkdir()
    short.write_text("abc")
    for path, words in [(missing, "does not exist"), (folder, "cannot be read"), (short, "too short")]:
        with override_settings(SECRET_KEY="", SECRET_KEY_FILE=path):
            found = checks.secret_key_check()
        assert ids(found) == ["raremap.E001"] and words in found[0].msg
    with override_settings(SECRET_KEY="k" * 50, SECRET_KEY_FILE=missing):
        assert checks.secret_key_check() == []


def test_allowed_hosts_must_be_set_when_debug_is_off():
    with override_settings(DEBUG=False, ALLOWED_HOSTS=[]):
        assert ids(checks.allowed_hosts_check()) == ["raremap.E002"]
    with override_settings(DEBUG=True, ALLOWED_HOSTS=[]):
        assert checks.allowed_hosts_check() == []
    with override_settings(DEBUG=False, ALLOWED_HOSTS=["127.0.0.1", "localhost"]):
        assert checks.allowed_hosts_check() == []
        assert ids(checks.public_hosts_check()) == ["raremap.W002"]  # a deploy check
    with override_settings(DEBUG=False, ALLOWED_HOSTS=["raremap.example.org"]):
        assert checks.public_hosts_check() == []


def test_several_workers_need_a_shared_cache():
    with override_settings(WEB_WORKERS=2, CACHES=LOCMEM):
        assert ids(checks.shared_cache_check()) == ["raremap.E003"]
    with override_settings(WEB_WORKERS=1, CACHES=LOCMEM):
        assert checks.shared_cache_check() == []
    with override_settings(WEB_WORKERS=4, CACHES=DATABASE):
        assert checks.shared_cache_check() == []


def test_serve_refuses_to_start_several_workers_on_a_per_process_cache(kb):
    env = {**os.environ, "RAREMAP_CACHE_URL": "locmem://", "RAREMAP_SECRET_KEY": "k" * 50}
    done = subprocess.run([str(RAREMAP), "serve", "--port", "1", "--workers", "2"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "raremap.E003" in done.stderr and "Traceback" not in done.stderr


def test_the_site_address_for_e_mail_links_must_be_public_in_production():
    for local in ("http://127.0.0.1:8000", "http://localhost", "http://[::1]:8000"):
        with override_settings(DEBUG=False, RAREMAP_SITE_URL=local):
            assert ids(checks.site_url_check()) == ["raremap.W004"]  # a deploy check
    with override_settings(DEBUG=False, RAREMAP_SITE_URL="https://raremap.example.org"):
        assert checks.site_url_check() == []
    with override_settings(DEBUG=True, RAREMAP_SITE_URL="http://127.0.0.1:8000"):
        assert checks.site_url_check() == []
