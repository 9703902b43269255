"""Browser tests: headless Debian Chromium (Playwright) against ``raremap serve`` — the real
gunicorn + whitenoise server — on a free loopback port. Screenshots go to
test-artifacts/browser/."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.chromium import launched

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_url(kb, tmp_path_factory):
    """The site served from a fresh data directory: the knowledge artifact linked in, an
    empty migrated database (so the tests never see or change var/raremap.sqlite3)."""
    data = tmp_path_factory.mktemp("web-data")
    artifact = Path(kb.path)
    (data / artifact.name).symlink_to(artifact)
    shutil.copy(artifact.parent / "current.json", data / "current.json")
    env = {**os.environ, "RAREMAP_DATA_DIR": str(data)}
    raremap = Path(sys.executable).with_name("raremap")
    subprocess.run([str(raremap), "manage", "migrate", "--noinput"], env=env, check=True,
                   capture_output=True, timeout=300)
    port = _free_port()
    proc = subprocess.Popen(
        [str(raremap), "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url + "/", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
                pytest.fail(f"raremap serve did not start: {out[-2000:]}")
            time.sleep(0.2)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


# Module scope, not session: Playwright's sync API refuses to start while another
# instance is running, and other folders' browser tests start their own.
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
