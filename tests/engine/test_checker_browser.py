"""The symptom checker in headless Chromium against the real server: add a symptom through
the suggestions, mark one absent, and share the result by its URL."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_a_person_builds_a_shareable_ranking_with_the_keyboard(desktop, live_url):  # noqa: F811
    page = desktop
    page.goto(f"{live_url}/checker/?present=HP:0001271,HP:0001744")
    page.fill("#checker-add", "pins and needles")
    page.wait_for_selector("#checker-suggest li")
    assert "HP:0003401" in page.inner_text("#checker-suggest")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url("**/checker/?present=HP:0001271,HP:0001744,HP:0003401")
    page.get_by_role("link", name="mark as absent").first.click()
    page.wait_for_url("**absent=HP:0001271")
    shared = page.url
    assert "present=HP:0001744,HP:0003401" in shared
    first = page.locator(".checker-results > li").first
    first.locator("summary").click()
    assert first.locator(".checker-why").is_visible()
    # The same address shows the same ranking to someone else.
    names = page.locator(".checker-name").all_inner_texts()
    other = page.context.new_page()
    other.goto(shared)
    assert other.locator(".checker-name").all_inner_texts() == names
    assert "not a diagnosis" in other.inner_text("main")
