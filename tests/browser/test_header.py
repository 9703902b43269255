"""The header with the longest public name a member may choose (40 characters), for a member
and for staff (with the "Staff" menu), at 1280 and 390 px: "My RareMap (Wilhelm…)" stays whole
and on one line, its bracket closed, the full name in the link's title; nothing runs past the
right edge, and on a desktop the header keeps one row with the search box's placeholder whole."""

import pytest

from tests.browser_fixtures import ARTIFACTS

pytestmark = pytest.mark.browser

LONG = "Wilhelmina Bartholomew-Featherstonehaugh"  # 40 characters, the most a pseudonym holds


@pytest.fixture(scope="module")
def sessions(live_site):
    assert len(LONG) == 40
    return {"member": live_site.staff_session("long-member", LONG, ["member"]),
            "staff": live_site.staff_session("long-staff", LONG[:39] + "s", ["admin"])}


@pytest.mark.parametrize("who", ["member", "staff"])
@pytest.mark.parametrize("width", [1280, 390])
def test_a_long_public_name_fits_the_header(browser, live_site, sessions, who, width):
    context = browser.new_context(viewport={"width": width, "height": 300})
    context.add_cookies([{"name": "sessionid", "value": sessions[who], "url": live_site.base}])
    page = context.new_page()
    page.goto(live_site.base + "/disease/ORPHA:2905/poems-syndrome/")
    link = page.locator(".me-link")
    assert link.get_attribute("title").startswith("My RareMap (Wilhelmina Bartholomew")
    box = link.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width, box
    label = page.evaluate("""() => {
      const name = document.querySelector('.me-name'), link = document.querySelector('.me-link');
      const r = name.getBoundingClientRect(), l = link.getBoundingClientRect();
      return {cut: name.textContent.endsWith('…') && name.scrollWidth <= name.clientWidth, inside: r.right <= l.right + 1,
              lines: Math.round(l.height / parseFloat(getComputedStyle(link).lineHeight))};
    }""")
    assert label["cut"] and label["inside"], label  # "…" seen whole, inside the link
    assert label["lines"] == 1, label  # "My RareMap (…)" is never broken over two lines
    text = page.locator(".me-link").inner_text()
    assert text == "My RareMap (Wilhelm…)"  # the bracket closes after the ellipsis
    closing = page.evaluate("""() => { const link = document.querySelector('.me-link'), r = document.createRange();
      r.setStart(link.lastChild, link.lastChild.length - 1); r.setEnd(link.lastChild, link.lastChild.length);
      const b = r.getBoundingClientRect(), n = document.querySelector('.me-name').getBoundingClientRect();
      return {left: b.left, right: b.right, nameRight: n.right, top: b.top, nameTop: n.top}; }""")
    assert closing["left"] >= closing["nameRight"] - 1 and closing["right"] <= width, closing  # seen, after the name
    assert abs(closing["top"] - closing["nameTop"]) < 4, closing  # on the name's line, not below it
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    if width == 1280:  # the whole header on one row on a desktop
        tops = page.evaluate("[...document.querySelectorAll('.header-row > *')].map(e => e.getBoundingClientRect().top)")
        assert max(tops) - min(tops) < 20, tops
        room, words = page.evaluate("""() => { const e = document.getElementById('header-q'), s = getComputedStyle(e);
            const ctx = document.createElement('canvas').getContext('2d'); ctx.font = s.font;
            return [e.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight),
                    ctx.measureText(e.placeholder).width]; }""")
        assert words <= room, (words, room)  # the search box's placeholder is not cut
    ARTIFACTS.mkdir(parents=True, exist_ok=True)  # the top of the page only: the header is the subject
    page.screenshot(path=str(ARTIFACTS / f"header-long-name-{who}-{width}.png"))
    context.close()
