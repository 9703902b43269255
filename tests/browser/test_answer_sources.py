"""An answer's sources in Chromium, at desktop and phone widths: Marfan syndrome's symptoms
rest on about 120 annotations and publications; the page lists one entry per record or
publication, each record's features folded until the reader opens them, and every
footnote leads to an entry that is there."""

import pytest

pytestmark = pytest.mark.browser

SYMPTOMS = "/disease/ORPHA:558/questions/symptoms/"


@pytest.mark.parametrize("width", [1280, 390])
def test_the_sources_are_a_short_list_whose_features_fold_out(browser, live_url, shot, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, is_mobile=width < 500)
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.goto(live_url + SYMPTOMS)
    entries = page.locator("ol.answer-sources > li")
    count = entries.count()
    assert 5 <= count < 30
    folded = page.locator("ol.answer-sources details.source-features")
    assert folded.count() == 2  # the annotations of ORPHA:558 and of its OMIM record
    first = folded.first
    features = first.locator("li")
    assert not features.first.is_visible()
    summary = first.locator("summary")
    n = int(summary.inner_text().split()[0])
    summary.click()
    assert features.first.is_visible() and features.count() == n > 30
    # A footnote number in the text leads to its entry.
    page.locator("ul.statements sup.refs a").first.click()
    target = page.evaluate("location.hash")
    assert target.startswith("#src-") and page.locator(target).is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.locator("section.sources").scroll_into_view_if_needed()
    shot(page, f"answer-sources-{width}")
    context.close()
