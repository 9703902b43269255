"""Keyboard only (Tab, Shift+Tab, Enter, Space, arrow keys, and typing into text fields) at
1280 and 390 px: a member joins a community and posts an experience through the personal-data
step, asks the information center a question; a moderator hides a post with a reason, and
staff answer an inquiry and publish it. At every step the focus is visible and lands where
the journey needs it. Screenshots in test-artifacts/browser/keyboard/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.keys import focus_is_visible, focused, tab_to

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser" / "keyboard"
WIDTHS = [1280, 390]

SEED = """
import json, sys, django
django.setup()
from django.contrib.auth.models import Group, User
from raremap.web.accounts.models import Profile
from raremap.web.community.models import Experience, Membership
from raremap.web.inquiries.models import Inquiry
tag = sys.argv[1]
author = User.objects.create_user(username=f"kb-author-{tag}", email=f"kb-author-{tag}@example.org")
Profile.objects.create(user=author, pseudonym=f"Author {tag}", email_confirmed=True)
author.groups.add(Group.objects.get(name="member"))
Membership.objects.create(user=author, disease_id="ORPHA:2905", role="patient")
post = Experience.objects.create(author=author, disease_id="ORPHA:2905", question="hereditary",
                                 text=f"Post {tag}: my cousin Lena Vogt in Bremen has the same thing.", status="pending")
asked = Inquiry.objects.create(disease_id="ORPHA:2905", asker=author, email=author.email, may_publish=True,
                               question=f"Question {tag}: my brother Paul was told at 41 it is acquired; can my kids get it?")
print(json.dumps({"post": post.pk, "inquiry": asked.pk}))
"""

STATE = """
import json, sys, django
django.setup()
from raremap.web.community.models import Experience
from raremap.web.inquiries.models import Inquiry
post, asked = Experience.objects.get(pk=sys.argv[1]), Inquiry.objects.get(pk=sys.argv[2])
print(json.dumps({"post": post.status, "inquiry": asked.status, "answer": asked.answer,
                  "published": asked.published_question}))
"""

MINE = """
import json, sys, django
django.setup()
from raremap.web.community.models import Experience, Membership
from raremap.web.inquiries.models import Inquiry
m = Membership.objects.filter(user__username=sys.argv[1]).first()
print(json.dumps({"role": m and m.role, "country": m and m.country, "share": m and m.share_country,
                  "posts": list(Experience.objects.filter(author__username=sys.argv[1]).values_list("text", flat=True)),
                  "asked": list(Inquiry.objects.filter(asker__username=sys.argv[1]).values_list("question", flat=True))}))
"""


def snap(page, name: str, width: int) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"))


def open_page(browser, live_site, session: str, width: int):
    context = browser.new_context(viewport={"width": width, "height": 900 if width > 500 else 844},
                                  is_mobile=width < 500, has_touch=width < 500)
    context.set_default_timeout(15_000)
    context.add_cookies([{"name": "sessionid", "value": session, "url": live_site.base}])
    return context, context.new_page()


@pytest.mark.parametrize("width", WIDTHS)
def test_joining_a_community_and_posting_an_experience_by_keyboard(browser, live_site, width):
    user = f"kb-joiner-{width}"
    context, page = open_page(browser, live_site, live_site.staff_session(user, f"Joiner {width}", ["member"]), width)
    page.goto(live_site.base + "/community/ORPHA:2905/")
    # The role: Tab into the radio group, arrows choose.
    tab_to(page, "el.type === 'radio' && el.name === 'role'")
    page.keyboard.press("ArrowDown")
    assert focused(page, "el.type === 'radio' && el.checked && el.value === 'caregiver'")
    tab_to(page, "el.tagName === 'SELECT' && el.name === 'country'", limit=3)
    for _ in range(3):
        page.keyboard.press("ArrowDown")
    country = page.evaluate("document.activeElement.value")
    assert country
    tab_to(page, "el.type === 'checkbox' && el.name === 'share_country'", limit=3)
    page.keyboard.press("Space")
    tab_to(page, "el.tagName === 'BUTTON' && el.textContent.trim() === 'Join'", limit=3)
    snap(page, "01-join", width)
    page.keyboard.press("Enter")
    page.locator(".messages").wait_for()
    assert "You are a member" in page.inner_text(".messages")
    mine = json.loads(live_site.python(MINE, user))
    assert (mine["role"], mine["country"], mine["share"]) == ("caregiver", country, True)
    # On to a question of the community, and the form to share one's experience.
    tab_to(page, "el.tagName === 'A' && (el.getAttribute('href') || '').includes('/questions/hereditary/')")
    page.keyboard.press("Enter")
    page.wait_for_url("**/questions/hereditary/**")
    question_url = page.url.split("#")[0]
    tab_to(page, "el.tagName === 'TEXTAREA' && el.name === 'text'", limit=250)
    text = (f"Joiner {width}: you can call me on +49 30 12345678. My haematologist said it is acquired, "
            "so our children are not at risk.")
    page.keyboard.type(text)
    tab_to(page, "el.tagName === 'BUTTON' && el.type === 'submit' && el.closest('form.post-form')", limit=3)
    page.keyboard.press("Enter")
    # The personal-data step: the same page, the text kept, the focus on the form's heading.
    page.locator(".pii-warning").wait_for()
    assert page.url.split("#")[0] == question_url
    expect(page.locator("#share")).to_be_focused(timeout=5000)
    focus_is_visible(page)
    snap(page, "02-personal-data-step", width)
    tab_to(page, "el.tagName === 'TEXTAREA' && el.name === 'text'", limit=5)
    assert page.evaluate("document.activeElement.value") == text
    tab_to(page, "el.tagName === 'BUTTON' && el.textContent.trim() === 'Post as it is'", limit=3)
    page.keyboard.press("Enter")
    page.wait_for_url(question_url + "#experiences")
    assert "will appear once a moderator" in page.inner_text(".messages")
    assert json.loads(live_site.python(MINE, user))["posts"] == [text]
    snap(page, "03-posted", width)
    context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_asking_the_information_center_by_keyboard(browser, live_site, width):
    user = f"kb-asker-{width}"
    session = live_site.staff_session(user, f"Asker {width}", ["member"])
    context, page = open_page(browser, live_site, session, width)
    page.goto(live_site.base + "/community/ORPHA:2905/")
    tab_to(page, "el.tagName === 'A' && (el.getAttribute('href') || '').startsWith('/inquiries/ask/')", limit=200)
    page.keyboard.press("Enter")
    page.wait_for_url("**/inquiries/ask/**")
    tab_to(page, "el.tagName === 'TEXTAREA' && el.name === 'question'")
    question = f"Asker {width}: is POEMS syndrome passed on from a parent to their children?"
    page.keyboard.type(question)
    tab_to(page, "el.type === 'checkbox' && el.name === 'may_publish'", limit=3)
    page.keyboard.press("Space")
    assert focused(page, "el.checked")
    tab_to(page, "el.tagName === 'BUTTON' && el.textContent.trim() === 'Send my question'", limit=3)
    snap(page, "04-ask", width)
    page.keyboard.press("Enter")
    page.locator(".messages").wait_for()
    assert "The answer will be in My RareMap" in page.inner_text(".messages")
    assert json.loads(live_site.python(MINE, user))["asked"] == [question]
    # Back to the top with Shift+Tab, to "My RareMap", where the question waits.
    tab_to(page, "el.classList.contains('me-link')", back=True, limit=300)
    page.keyboard.press("Enter")
    page.wait_for_url("**/community/me/")
    assert "Received, waiting for an answer" in page.inner_text("main")
    context.close()


def open_staff_menu_at(page, label: str) -> None:
    """From anywhere on the page: Tab to the header's "Staff" menu, open it, follow ``label``."""
    tab_to(page, "el.tagName === 'SUMMARY' && el.closest('.staff-menu')")
    page.keyboard.press("Enter")
    assert page.evaluate("document.querySelector('.staff-menu details').open")
    tab_to(page, f"el.tagName === 'A' && el.textContent.trim() === {label!r}", limit=6)
    page.keyboard.press("Enter")


@pytest.mark.parametrize("width", WIDTHS)
def test_staff_hide_a_post_and_answer_and_publish_an_inquiry_by_keyboard(browser, live_site, width):
    seeded = json.loads(live_site.python(SEED, str(width)))
    session = live_site.staff_session(f"kb-staff-{width}", f"Staff {width}", ["admin"])
    context, page = open_page(browser, live_site, session, width)
    page.goto(live_site.base + "/about/")
    open_staff_menu_at(page, "Moderation")
    page.wait_for_url("**/community/moderation/")
    post = f"#mod-{seeded['post']}"
    tab_to(page, f"el.name === 'reason' && el.closest('{post}') && el.closest('form').action.endsWith('/hide/')",
           limit=300)
    page.keyboard.type("It names another person and a city; please leave them out.")
    tab_to(page, "el.tagName === 'BUTTON' && el.textContent.trim() === 'Hide'", limit=2)
    snap(page, "05-moderation", width)
    page.keyboard.press("Enter")
    page.locator(".messages").wait_for()
    assert json.loads(live_site.python(STATE, str(seeded["post"]), str(seeded["inquiry"])))["post"] == "hidden"

    open_staff_menu_at(page, "Inquiries")
    page.wait_for_url("**/inquiries/queue/")
    tab_to(page, f"el.tagName === 'A' && el.getAttribute('href') === '/inquiries/{seeded['inquiry']}/answer/'", limit=300)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/inquiries/{seeded['inquiry']}/answer/")
    tab_to(page, "el.tagName === 'TEXTAREA' && el.name === 'answer'")
    answer = "In most people it is acquired, not inherited; a genetic counsellor can say more about your family."
    page.keyboard.type(answer)
    tab_to(page, "el.tagName === 'BUTTON' && el.type === 'submit' && el.closest('form.stacked-form')", limit=3)
    page.keyboard.press("Enter")
    page.wait_for_url("**/inquiries/queue/")
    assert json.loads(live_site.python(STATE, str(seeded["post"]), str(seeded["inquiry"])))["answer"] == answer

    tab_to(page, f"el.tagName === 'A' && el.getAttribute('href') === '/inquiries/{seeded['inquiry']}/publish/'",
           limit=300)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/inquiries/{seeded['inquiry']}/publish/")
    # The redacted texts stand as proposed; each finding left is confirmed with Space.
    tab_to(page, "el.tagName === 'TEXTAREA' && el.name === 'published_question'")
    while True:
        tab_to(page, "(el.type === 'checkbox' && el.name === 'not_personal' && !el.checked)"
                     " || (el.tagName === 'BUTTON' && el.textContent.trim() === 'Approve and publish')", limit=20)
        if not focused(page, "el.type === 'checkbox'"):
            break
        page.keyboard.press("Space")
        assert focused(page, "el.checked")
    snap(page, "06-publish", width)
    page.keyboard.press("Enter")
    page.wait_for_url("**/inquiries/queue/")
    assert "Published on the disease page." in page.inner_text(".messages")
    state = json.loads(live_site.python(STATE, str(seeded["post"]), str(seeded["inquiry"])))
    assert state["inquiry"] == "published" and "Paul" not in state["published"]
    context.close()
