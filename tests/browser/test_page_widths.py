"""Nothing runs past the right edge between a phone and a desktop. Marfan syndrome's page
joins an Orphanet and an OMIM record, so its symptom table holds cells such as "OMIM: 112 of
140 people (80%); Orphanet: 30%-79% of people": kept on one line, the table was 1,059 px wide
and the page scrolled sideways at every width below 1,100 px; its published-patients table
(five columns with minimum widths) did the same between 641 and 790 px, and a symptom's list
of diseases (Seizure) by a few pixels at 660 px."""

import pytest

pytestmark = pytest.mark.browser

WIDTHS = [1280, 1024, 800, 700, 660, 641, 390]
PAGES = ["/disease/ORPHA:558/marfan-syndrome/", "/disease/ORPHA:2332/kbg-syndrome/", "/term/HP:0001166/",
         "/term/HP:0001250/"]


@pytest.mark.parametrize("path", PAGES)
def test_no_page_is_wider_than_the_screen(browser, live_site, path):
    for width in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": 800})
        page = context.new_page()
        page.goto(live_site.base + path)
        wide = page.evaluate("""() => [...document.querySelectorAll('main table')]
            .filter(t => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .map(t => t.className + ' ' + Math.round(t.getBoundingClientRect().right))""")
        assert page.evaluate("document.documentElement.scrollWidth") <= width, (width, wide)
        context.close()
