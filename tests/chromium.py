"""Headless Debian Chromium for page tests, driven by Playwright's sync API.

One place for the executable, its flags (no background networking: this machine's network
is closed) and the launch, so every folder's browser tests start it the same way. Only one
Playwright instance may run at a time: fixtures built on :func:`launched` are module- or
function-scoped.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


@contextmanager
def launched() -> Iterator:
    """A running Chromium browser; skips the test when Chromium is not installed."""
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (scripts/ensure-browser.sh installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
