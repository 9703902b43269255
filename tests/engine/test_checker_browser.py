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


def test_a_described_symptom_is_offered_first_and_search_links_to_the_checker(desktop, live_url):  # noqa: F811
    page = desktop
    page.goto(f"{live_url}/checker/")
    page.fill("#checker-add", "skin getting darker")
    page.wait_for_selector("#checker-suggest li")
    assert "Hyperpigmentation of the skin" in page.locator("#checker-suggest li").first.inner_text()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url("**/checker/?present=HP:0000953")
    page.goto(f"{live_url}/search/?q=my+son+has+pins+and+needles+in+his+feet+and+his+skin+is+getting+darker")
    page.get_by_role("link", name="Check these symptoms in the symptom checker").click()
    page.wait_for_url("**/checker/?present=*")
    assert "HP:0003401" in page.url and "HP:0000953" in page.url


def test_the_add_box_hint_is_not_cut_on_a_phone(phone, live_url):
    # The placeholder is the only example the box gives: on a 375 px screen it shows whole.
    phone.goto(f"{live_url}/checker/")
    room, text = phone.evaluate("""() => { const e = document.getElementById('checker-add'), s = getComputedStyle(e);
        const ctx = document.createElement('canvas').getContext('2d'); ctx.font = s.font;
        return [e.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight),
                ctx.measureText(e.placeholder).width]; }""")
    assert text <= room, (text, room)
