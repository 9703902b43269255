"""The describe box in a real browser (headless Debian Chromium via Playwright): text →
editable term chips → the symptom checker's URL."""

from __future__ import annotations

import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"


@pytest.fixture(scope="module")
def site(live_url):
    """The shared live site (tests/browser_fixtures.py), its tagger warmed: the first request
    builds the dictionary (seconds on a busy machine)."""
    warm = urllib.request.Request(live_url + "/api/v1/text-to-terms", data=b'{"text": "fever"}',
                                  headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(warm, timeout=120):
        pass
    return live_url


@pytest.fixture
def page(browser, kb):
    context = browser.new_context(viewport={"width": 1100, "height": 900})
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


def test_text_in_another_language_says_so_and_english_after_it_does_not(page, site):
    page.goto(site + "/tagging/")
    box = page.get_by_label("What have you noticed?")
    box.fill("mi hija tiene mucho dolor de cabeza y fiebre desde hace dos semanas")
    page.get_by_role("button", name="Find the medical terms").click()
    notice = page.locator(".describe-language")
    notice.wait_for(state="visible")
    assert "written in Spanish" in notice.inner_text()
    box.fill("my daughter has headaches and a fever")
    page.get_by_role("button", name="Find the medical terms").click()
    notice.wait_for(state="hidden")


def test_nothing_found_in_another_language_asks_for_english(page, site):
    page.goto(site + "/tagging/")
    box = page.get_by_label("What have you noticed?")
    box.fill("Mi madre tiene la piel muy oscura en las manos")
    page.get_by_role("button", name="Find the medical terms").click()
    empty = page.locator(".describe-empty")
    empty.wait_for(state="visible")
    assert "in a few words of English" in empty.inner_text()
    assert page.locator(".chips .chip").count() == 0  # no guess by meaning in Spanish
    box.fill("the weather was lovely on our holiday")
    page.get_by_role("button", name="Find the medical terms").click()
    # a locator assertion, not a page function: the site's CSP allows no evaluated script
    expect(empty).not_to_contain_text("English")
    expect(empty).to_be_visible()


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


def test_without_javascript_the_terms_fit_a_phone(browser, site):
    # The page's own table (the form posted without the describe box's script): four
    # columns did not fit in 390 px, so the last box was cut off.
    context = browser.new_context(viewport={"width": 390, "height": 800}, java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/tagging/?text=my son has pins and needles in his feet and his skin is getting darker")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    row = page.locator(".describe-table tbody tr").first
    assert row.get_by_text("I do not have this").is_visible()
    absent = row.get_by_role("checkbox", name="I do not have")
    absent.check()
    assert absent.is_checked()
    context.close()
