"""A disease page's "In N published patients" section in Chromium, at desktop and phone
widths: readable, inside the page, bars sized by the counts, folded parts that open."""

import pytest

pytestmark = pytest.mark.browser

KBG = "/disease/ORPHA:2332/kbg-syndrome/"


@pytest.mark.parametrize("width", [1280, 390])
def test_the_published_patients_section_fits_and_reads(browser, live_url, shot, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, is_mobile=width < 500)
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.goto(live_url + KBG)
    section = page.locator("section.published")
    heading = section.get_by_role("heading", level=2)
    assert heading.inner_text().startswith("In ") and heading.inner_text().endswith(" published patients")
    patients = int(heading.inner_text().split()[1])
    # The facts box links to the section.
    page.locator(".facts a[href='#pub-title']").click()
    assert heading.is_visible()
    # Nothing sticks out of the page.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    table = section.locator("table.pp-table")
    first = table.locator("tr.feature").first
    assert first.is_visible()
    # The first row's bar: its "had it" part is as wide as its share of the patients.
    text = first.locator(".pp-text strong").inner_text()
    bar = first.locator(".pp-bar").bounding_box()
    seen = first.locator(".pp-seen").bounding_box()
    assert bar["width"] > 40 and abs(seen["width"] / bar["width"] - int(text) / patients) < 0.03
    # On a phone the table is a column of cards, each label spelled out.
    label = page.evaluate("getComputedStyle(document.querySelector('.pp-table td.pp-cell'), '::before').content")
    assert ("In published patients" in label) == (width < 500)
    extra = table.locator("tbody.pp-extra")
    assert extra.locator("th[scope=rowgroup]").inner_text().startswith("Reported in these patients but not in the HPO annotations")
    silent = section.locator("details.pp-silent")
    silent.locator("summary").click()
    assert silent.locator("li").first.is_visible()
    assert section.get_by_role("link", name="PMID:").first.get_attribute("href").startswith("https://pubmed.ncbi.nlm.nih.gov/")
    section.scroll_into_view_if_needed()
    shot(page, f"published-patients-{width}")
    context.close()
