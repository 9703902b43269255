"""Fixtures for page tests in any folder (a pytest plugin loaded by tests/conftest.py):
``live_site`` and its ``live_url``, the site served by ``raremap serve`` (the real gunicorn + whitenoise server,
through tests/live_site.py) over an empty migrated database, once per session; headless
Chromium (``browser``, per module: Playwright allows one instance at a time), ``desktop`` and
``phone`` pages, and ``shot`` for screenshots in test-artifacts/browser/."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.chromium import launched
from tests.live_site import LiveSite

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "browser"


@pytest.fixture(scope="session")
def live_site(kb, tmp_path_factory):
    """One worker, a fresh SQLite database and mail folder (var/ is never touched)."""
    with LiveSite(None, tmp_path_factory.mktemp("live-site"), workers=1) as site:
        yield site


@pytest.fixture(scope="session")
def live_url(live_site):
    return live_site.base


@pytest.fixture(scope="module")
def browser():
    with launched() as b:
        yield b


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


@pytest.fixture
def shot():
    """Save a full-page screenshot as test-artifacts/browser/<name>.png."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def save(page, name: str) -> Path:
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return save
