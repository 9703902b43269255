"""axe-core (the npm package pinned in tests/browser/package.json, installed by
scripts/ensure-axe.sh from `make test`) run in Chromium on the public and staff pages, at
desktop and phone widths: no serious or critical violation."""

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
PUBLIC = ["/", "/search/?q=poems", "/disease/ORPHA:2905/poems-syndrome/", "/disease/ORPHA:2905/questions/outlook/",
          "/checker/", "/community/ORPHA:2905/", "/accounts/login/", "/disease/ORPHA:29050/",
          "/disease/ORPHA:634/netherton-syndrome/",  # published patients
          "/disease/ORPHA:558/questions/symptoms/",  # sources folded per record
          "/checker/?present=HP:0001166,HP:0001519,HP:0001083&top=3"]  # explanations with published patients
STAFF = ["/editorial/", "/editorial/review/", "/editorial/signature/", "/community/moderation/", "/inquiries/queue/", "/inquiries/1/publish/"]
RUN = """async () => {
  const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}});
  return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
}"""


def violations(page) -> list[str]:
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `bash scripts/ensure-axe.sh` (make test does)")
    page.add_script_tag(path=str(AXE))
    return page.evaluate(RUN)


@pytest.fixture(scope="module")
def staff_session(live_site):
    live_site.manage("import_packs")
    return live_site.staff_session("axe-admin", "Admin Alexandrina", ["admin"], "Alex", "Andrews")


@pytest.mark.parametrize("width", [1280, 390])
def test_public_pages_have_no_serious_violation(browser, live_site, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True)  # lets axe in
    page = context.new_page()
    found = {}
    for path in PUBLIC:
        page.goto(live_site.base + path)
        found[path] = violations(page)
    context.close()
    assert {p: v for p, v in found.items() if v} == {}


@pytest.mark.parametrize("width", [1280, 390])
def test_staff_pages_have_no_serious_violation(browser, live_site, staff_session, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True)  # lets axe in
    context.add_cookies([{"name": "sessionid", "value": staff_session, "url": live_site.base}])
    page = context.new_page()
    page.goto(live_site.base + "/editorial/")
    first = page.locator(".queue-item a").first.get_attribute("href")
    found = {}
    for path in [*STAFF, first]:
        page.goto(live_site.base + path)
        found[path] = violations(page)
    page.goto(live_site.base + "/about/")
    page.locator(".staff-menu summary").click()  # the open staff menu too
    found["staff menu"] = violations(page)
    context.close()
    assert {p: v for p, v in found.items() if v} == {}


def test_axe_finds_what_it_should(desktop):
    desktop.set_content('<html><body><main><img src="x.png"><button></button>'
                        '<p style="color:#bbb;background:#fff">faint</p></main></body></html>')
    found = " ".join(violations(desktop))
    assert "image-alt" in found and "button-name" in found and "color-contrast" in found
