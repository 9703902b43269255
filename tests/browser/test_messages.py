"""A message after a form ("Please choose patient, caregiver or other.") is a box across the
content column, in line with the page below it. As bare text in a flex item of the body it
shrank to its own width and sat centred above a left-aligned page."""

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [1280, 390])
def test_a_message_spans_the_content_column(browser, live_site, width):
    session = live_site.staff_session(f"message-member-{width}", f"Message Member {width}", ["member"])
    context = browser.new_context(viewport={"width": width, "height": 800})
    context.add_cookies([{"name": "sessionid", "value": session, "url": live_site.base}])
    page = context.new_page()
    page.goto(live_site.base + "/community/ORPHA:2905/")
    # Join without choosing patient, caregiver or other (the browser would otherwise ask first)
    page.evaluate("document.querySelectorAll('input[type=radio]').forEach(r => r.removeAttribute('required'))")
    page.locator("main form button", has_text="Join").click()
    message = page.locator(".message.error")
    assert message.inner_text() == "Please choose patient, caregiver or other."
    box, crumbs = message.bounding_box(), page.locator("main h1").bounding_box()
    assert abs(box["x"] - crumbs["x"]) <= 1, (box, crumbs)  # starts where the page does
    content = page.evaluate("document.querySelector('main .wrap').getBoundingClientRect().width")
    assert box["width"] >= content - 2 * 20 - 1, (box, content)  # the whole column, less the padding
    context.close()
