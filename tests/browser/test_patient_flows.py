"""Patients and parents walking their journeys in Chromium, at a desktop width (1280 px) and
a phone width (390 px), with screenshots in test-artifacts/browser/patients/."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser" / "patients"
WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(params=list(WIDTHS))
def person(request, browser):
    """A page at one of the two widths; ``person.width_name`` names it in screenshots."""
    phone = request.param == "phone"
    context = browser.new_context(viewport=WIDTHS[request.param], is_mobile=phone, has_touch=phone)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.width_name = request.param
    yield page
    context.close()


def snap(page, name: str, full_page: bool = False) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}-{page.width_name}.png"), full_page=full_page)


def top_in_view(page, selector: str) -> float:
    """Where the element's top is, as a share of the window's height (0 = at the top)."""
    return page.evaluate("""s => document.querySelector(s).getBoundingClientRect().top / window.innerHeight""",
                         selector)


def test_after_rank_the_checker_moves_to_the_results(person, live_url):
    page = person
    page.goto(live_url + "/checker/")
    page.get_by_label("What have you noticed?").fill("pins and needles in my feet, my spleen is enlarged")
    page.get_by_role("button", name="Find the medical terms").click()
    page.locator(".chips .chip").first.wait_for()
    page.get_by_role("button", name="Rank diseases with these terms").click()
    page.wait_for_url("**/checker/?present=*#results")
    page.locator(".checker-results li").first.wait_for()
    assert page.evaluate("document.activeElement.id") == "results"
    assert 0 <= top_in_view(page, "#results") < 0.5
    snap(page, "01-checker-after-rank")
