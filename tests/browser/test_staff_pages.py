"""Staff in the site: each role finds its queues in the header's "Staff" menu (and nobody
else sees it), a page the role does not allow explains itself, and a long public name does
not push the header onto a second line. Desktop (1280 px) and phone (390 px)."""

import pytest

pytestmark = pytest.mark.browser


def signed_in(browser, live_site, session, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, is_mobile=width < 600,
                                  has_touch=width < 600)
    context.set_default_timeout(10_000)
    context.add_cookies([{"name": "sessionid", "value": session, "url": live_site.base}])
    return context


def staff_menu(page) -> list[str]:
    if page.locator(".staff-menu summary").count() == 0:
        return []
    page.locator(".staff-menu summary").click()
    return page.locator(".staff-menu li a").all_inner_texts()


@pytest.mark.parametrize("width", [1280, 390])
def test_a_specialist_finds_the_queue_and_a_refusal_explains_itself(browser, live_site, shot, width):
    session = live_site.staff_session("spec", "Specialist Annabelle-Marie", ["information specialist"])
    context = signed_in(browser, live_site, session, width)
    page = context.new_page()
    page.goto(live_site.base + "/about/")
    header = page.locator(".header-row").bounding_box()
    if width == 1280:
        # One line: the brand, the menu and the search box share a row.
        brand = page.locator(".brand").bounding_box()
        search = page.locator(".header-search").bounding_box()
        assert abs(brand["y"] + brand["height"] / 2 - (search["y"] + search["height"] / 2)) < 12, (brand, search)
        assert header["height"] < 80, header
        name = page.locator(".me-name")
        assert name.inner_text() == "Special…"  # cut with an ellipsis
        assert "Specialist Annabelle-Marie" in page.locator(".me-link").get_attribute("title")
        room, text = page.evaluate("""() => { const e = document.getElementById('header-q'), s = getComputedStyle(e);
            const ctx = document.createElement('canvas').getContext('2d'); ctx.font = s.font;
            return [e.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight),
                    ctx.measureText(e.placeholder).width]; }""")
        assert text <= room, (text, room)  # the search box's placeholder is not cut
    assert staff_menu(page) == ["Inquiries"]
    shot(page, f"staff-menu-{width}")
    page.get_by_role("link", name="Inquiries").click()
    page.wait_for_url("**/inquiries/queue/")
    response = page.goto(live_site.base + "/inquiries/1/publish/", referer=live_site.base + "/inquiries/queue/")
    assert response.status == 403
    assert page.get_by_role("heading", level=1).inner_text() == "You cannot open this page"
    assert "This page is for an editor" in page.locator("main").inner_text()
    assert page.locator("link[rel=stylesheet]").count() >= 1 and page.locator(".site-header").is_visible()
    shot(page, f"staff-403-{width}")
    page.get_by_role("link", name="Go back to the page you came from").click()
    page.wait_for_url("**/inquiries/queue/")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()


def test_each_role_sees_only_its_queues(browser, live_site):
    expected = {
        "member": [],
        "moderator": ["Moderation"],
        "editor": ["Inquiries", "Editor queue"],
        "reviewer": ["Inquiries", "Editor queue", "Reviewer queue"],
    }
    for role, links in expected.items():
        session = live_site.staff_session(f"role-{role}", f"Role {role}", [role])
        context = signed_in(browser, live_site, session, 1280)
        page = context.new_page()
        page.goto(live_site.base + "/about/")
        assert staff_menu(page) == links, role
        if not links:
            assert page.locator(".staff-menu").count() == 0
        context.close()


def test_a_moderator_opening_the_inquiry_queue_is_told_why(browser, live_site, shot):
    session = live_site.staff_session("mod", "Moderator Bartholomew", ["moderator"])
    context = signed_in(browser, live_site, session, 1280)
    page = context.new_page()
    response = page.goto(live_site.base + "/inquiries/queue/")
    assert response.status == 403
    text = page.locator("main").inner_text()
    assert "information specialist or an editor" in text
    assert page.get_by_role("link", name="Moderation").count() >= 1  # their own queue is offered
    context.close()


@pytest.mark.parametrize("width, slug, short", [(1280, "outlook", "Outlook"),
                                                (390, "prevalence", "How common is it?")])
def test_an_editor_and_a_reviewer_take_a_pack_answer_to_publication(browser, live_site, shot, width, slug, short):
    live_site.manage("import_packs")
    editor = signed_in(browser, live_site, live_site.staff_session("ed", "Editor Evangeline", ["editor"]), width)
    page = editor.new_page()
    page.goto(live_site.base + "/about/")
    staff_menu(page)
    page.get_by_role("link", name="Editor queue").click()
    page.wait_for_url("**/editorial/")
    shot(page, f"editorial-editor-queue-{width}")
    page.get_by_role("link", name=f"POEMS syndrome: {short}").click()
    tldr = page.get_by_label("TL;DR")
    tldr.fill(tldr.input_value() + " Checked again in 2026.")
    page.get_by_role("button", name="Save draft").click()
    assert "Saved." in page.locator(".messages").inner_text()
    assert "Checked again in 2026." in page.locator("table.diff ins").first.inner_text()
    shot(page, f"editorial-draft-{width}")
    page.get_by_role("button", name="Submit for review").click()
    page.wait_for_url("**/editorial/")
    editor.close()

    session = live_site.staff_session("rev", "Reviewer Rosalind", ["reviewer"], "Ana", "Ruiz")
    reviewer = signed_in(browser, live_site, session, width)
    page = reviewer.new_page()
    page.goto(live_site.base + "/about/")
    staff_menu(page)
    page.get_by_role("link", name="Reviewer queue").click()
    page.get_by_role("link", name=f"POEMS syndrome: {short}").click()
    assert page.locator("table.diff th").first.text_content() == "First version"
    shot(page, f"editorial-review-{width}")
    page.get_by_role("button", name="Approve: mark as medically reviewed").click()
    page.get_by_role("link", name=f"POEMS syndrome: {short}").click()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_url("**/editorial/review/")
    page.goto(live_site.base + f"/disease/ORPHA:2905/questions/{slug}/")
    main = page.locator("main").inner_text()
    assert "Checked again in 2026." in main
    assert "Medically reviewed by Ana Ruiz on" in main and "rev " not in main
    assert page.get_by_role("heading", name="In short").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    shot(page, f"editorial-published-{width}")
    reviewer.close()


AUDITED = """
import django
django.setup()
from raremap.web.community.models import AuditEntry
AuditEntry.objects.create(action="hide", target="experience:41",
                          reason="Names a hospital ward and a consultant; please write it without them")
AuditEntry.objects.create(action="answer", target="inquiry:42")
"""


@pytest.mark.parametrize("width", [1280, 390])
def test_the_audit_log_reads_in_words_and_fits_a_phone(browser, live_site, shot, width):
    live_site.python(AUDITED)
    session = live_site.staff_session("audit-mod", "Moderator Audit", ["moderator"])
    context = signed_in(browser, live_site, session, width)
    page = context.new_page()
    page.goto(live_site.base + "/community/moderation/audit/")
    table = page.locator("table").inner_text()
    assert "Hidden" in table and "Post 41" in table and "Answered" in table and "Inquiry 42" in table
    assert "experience:41" not in table and "inquiry:42" not in table
    # The wide table scrolls inside its own box: the page itself never scrolls sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    shot(page, f"audit-log-{width}")
    context.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_the_staff_menu_sits_on_the_nav_line_and_opens_inside_the_screen(browser, live_site, width):
    session = live_site.staff_session("menu-ed", "Editor Menu", ["reviewer"])
    context = signed_in(browser, live_site, session, width)
    page = context.new_page()
    page.goto(live_site.base + "/about/")
    about = page.get_by_role("link", name="About", exact=True).bounding_box()
    staff = page.locator(".staff-menu summary").bounding_box()
    # Same line, same text height as the link beside it (no list marker pushing it up).
    assert abs((about["y"] + about["height"] / 2) - (staff["y"] + staff["height"] / 2)) <= 2, (about, staff)
    page.locator(".staff-menu summary").click()
    box = page.locator(".staff-menu details ul").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width, box
    left = {round(b["x"]) for b in (page.locator(".staff-menu li a").nth(i).bounding_box() for i in range(3))}
    assert len(left) == 1  # the queues start on one left edge
    context.close()
