"""The describe box in a real browser (headless Debian Chromium via Playwright): text →
editable term chips → the symptom checker's URL."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from tests.chromium import launched

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"


@pytest.fixture(scope="module")
def site(kb, tmp_path_factory):
    """``raremap serve`` (gunicorn + whitenoise) on a free port, over a fresh data directory
    with the knowledge artifact linked in and an empty migrated database."""
    data = tmp_path_factory.mktemp("tagging-web")
    artifact = Path(kb.path)
    (data / artifact.name).symlink_to(artifact)
    shutil.copy(artifact.parent / "current.json", data / "current.json")
    env = {**os.environ, "RAREMAP_DATA_DIR": str(data)}
    raremap = str(Path(sys.executable).with_name("raremap"))
    subprocess.run([raremap, "manage", "migrate", "--noinput"], env=env, check=True, capture_output=True, timeout=300)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([raremap, "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url + "/tagging/", timeout=2):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("raremap serve did not start")
            time.sleep(0.2)
    # The first request builds the tagger's dictionary (seconds on a busy machine).
    warm = urllib.request.Request(url + "/api/v1/text-to-terms", data=b'{"text": "fever"}',
                                  headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(warm, timeout=120):
        pass
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def chromium():
    with launched() as browser:
        yield browser


@pytest.fixture
def page(chromium, kb):
    context = chromium.new_context(viewport={"width": 1100, "height": 900})
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


def test_text_becomes_chips_that_can_be_flipped_removed_added_and_ranked(page, site):
    page.goto(site + "/tagging/")
    page.get_by_label("What have you noticed?").fill("I get winded on the stairs, no fever, and my skin is weird")
    page.get_by_role("button", name="Find the medical terms").click()
    chips = page.locator(".chips .chip")
    chips.first.wait_for()
    labels = chips.locator(".chip-label").all_inner_texts()
    assert "Dyspnea" in labels and "Fever" in labels
    fever = page.get_by_role("button", name="Fever: you do not have this. Click if you do.")
    assert fever.get_attribute("aria-pressed") == "false"

    # flip Fever to present, with the keyboard
    fever.focus()
    page.keyboard.press("Enter")
    assert page.get_by_role("button", name="Fever: you have this. Click if you do not.").get_attribute("aria-pressed") == "true"

    # remove Dyspnea
    page.get_by_role("button", name="Remove Dyspnea").click()
    assert "Dyspnea" not in page.locator(".chips .chip-label").all_inner_texts()

    # "which of these do you mean?" for the vague part: pick the first choice
    question = page.locator(".questions fieldset").first
    assert "Which of these do you mean" in question.locator("legend").inner_text()
    choice = question.locator("button.choice-add").first
    picked = choice.locator("strong").inner_text()
    choice.click()
    assert choice.get_attribute("aria-pressed") == "true"
    assert picked in page.locator(".chips .chip-label").all_inner_texts()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "tagging-chips.png"), full_page=True)

    page.get_by_role("button", name="Rank diseases with these terms").click()
    page.wait_for_url("**/checker/**")
    query = parse_qs(urlparse(page.url).query)
    present = query["present"][0].split(",")
    assert "HP:0001945" in present
    assert "HP:0002094" not in present
    assert "absent" not in query or "HP:0001945" not in query["absent"][0]


def test_without_terms_it_says_so(page, site):
    page.goto(site + "/tagging/")
    page.get_by_label("What have you noticed?").fill("we went to the seaside")
    page.get_by_role("button", name="Find the medical terms").click()
    page.locator(".describe-empty").wait_for(state="visible")
    assert page.get_by_role("button", name="Rank diseases with these terms").is_disabled()


def test_on_the_checker_page_the_terms_join_its_state(page, site):
    import importlib.util

    if importlib.util.find_spec("raremap.web.checker") is None:
        pytest.skip("the symptom checker app (issue 4) is not installed")
    page.goto(site + "/checker/?present=HP:0001250&sex=female")
    page.get_by_label("What have you noticed?").fill("pins and needles in my feet, no fever")
    page.get_by_role("button", name="Find the medical terms").click()
    page.locator(".chips .chip").first.wait_for()
    page.get_by_role("button", name="Rank diseases with these terms").click()
    page.wait_for_url("**/checker/?*HP:0003401*")
    query = parse_qs(urlparse(page.url).query)
    assert query["present"][0].split(",")[:2] == ["HP:0001250", "HP:0003401"]
    assert query["absent"] == ["HP:0001945"]
    assert query["sex"] == ["female"]
    page.locator(".checker-results li").first.wait_for()
