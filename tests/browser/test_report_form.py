"""The "Report an error" form of an answer in Chromium: its question sits above a box as
wide as the form (it sat beside a small box, aligned to its bottom edge)."""

import pytest

pytestmark = pytest.mark.browser

REPORT = "/disease/ORPHA:558/questions/symptoms/report/"


@pytest.mark.parametrize("width", [1280, 390])
def test_the_report_box_is_under_its_question_and_wide(browser, live_url, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, is_mobile=width < 500)
    page = context.new_page()
    page.goto(live_url + REPORT)
    form = page.locator("form.report-form").bounding_box()
    label = page.locator("form.report-form label").bounding_box()
    box = page.locator("form.report-form textarea").bounding_box()
    assert label["y"] + label["height"] <= box["y"] + 1
    assert box["width"] >= 0.9 * min(form["width"], 640)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()
