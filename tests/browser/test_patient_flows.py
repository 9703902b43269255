"""Patients and parents walking their journeys in Chromium, at a desktop width (1280 px) and
a phone width (390 px), with screenshots in test-artifacts/browser/patients/."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.live_site import LiveSite

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser" / "patients"
WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(params=list(WIDTHS))
def person(request, browser):
    """A page at one of the two widths; ``person.width_name`` names it in screenshots."""
    phone = request.param == "phone"
    context = browser.new_context(viewport=WIDTHS[request.param], is_mobile=phone, has_touch=phone)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.width_name = request.param
    yield page
    context.close()


@pytest.fixture(scope="module")
def site(kb, tmp_path_factory):
    """A site of this module's own, so members can be seeded into its database."""
    with LiveSite(None, tmp_path_factory.mktemp("patients"), workers=1) as live:
        yield live


NUMBERS = itertools.count()


def log_in_new_member(page, site, disease: str = "ORPHA:2905") -> str:
    """Seed a confirmed member of ``disease`` and log the page in as them; their name."""
    prefix = f"p{next(NUMBERS)}"
    [cookie] = site.seed_members(1, disease, prefix=prefix)
    page.context.add_cookies([{"name": "sessionid", "value": cookie, "url": site.base}])
    return f"{prefix} member 0"


def snap(page, name: str, full_page: bool = False) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}-{page.width_name}.png"), full_page=full_page)


def top_in_view(page, selector: str) -> float:
    """Where the element's top is, as a share of the window's height (0 = at the top)."""
    return page.evaluate("""s => document.querySelector(s).getBoundingClientRect().top / window.innerHeight""",
                         selector)


def test_after_rank_the_checker_moves_to_the_results(person, site):
    page = person
    page.goto(site.base + "/checker/")
    page.get_by_label("What have you noticed?").fill("pins and needles in my feet, my spleen is enlarged")
    page.get_by_role("button", name="Find the medical terms").click()
    page.locator(".chips .chip").first.wait_for()
    page.get_by_role("button", name="Rank diseases with these terms").click()
    page.wait_for_url("**/checker/?present=*#results")
    page.locator(".checker-results li").first.wait_for()
    expect(page.locator("#results")).to_be_focused(timeout=5000)
    assert 0 <= top_in_view(page, "#results") < 0.5
    snap(page, "01-checker-after-rank")


def test_recording_my_symptoms_with_everyday_names_and_the_keyboard(person, site):
    page = person
    log_in_new_member(page, site)
    page.goto(site.base + "/community/ORPHA:2905/symptoms/")
    groups = page.locator("fieldset.tick-group legend").all_inner_texts()
    assert groups[0].startswith("Always present (100% of people)")
    # Everyday names beside the medical ones, from the same data as the disease page.
    row = page.locator("label.tick", has=page.locator("input[value='HP:0003401']"))
    assert "Paresthesia" in row.inner_text() and "Pins and needles" in row.inner_text()
    box = page.locator("input[name=symptoms][value='HP:0001271']")
    size = box.bounding_box()
    assert size["width"] >= 24 and size["height"] >= 24
    page.get_by_text("Polyneuropathy", exact=True).click()  # the label ticks the box
    assert box.is_checked()
    snap(page, "02-symptoms-list", full_page=True)

    search = page.get_by_role("combobox", name="Find a symptom")
    search.press_sequentially("seizure", delay=30)
    options = page.get_by_role("listbox", name="Suggested symptoms").get_by_role("option")
    options.first.wait_for()
    snap(page, "03-symptoms-find")
    search.press("ArrowDown")
    assert search.get_attribute("aria-activedescendant") == options.first.get_attribute("id")
    search.press("Enter")
    assert "HP:0001250" in page.locator("#extra-list").inner_text()
    assert page.url.endswith("/symptoms/")  # Enter chose the suggestion, it did not submit
    page.get_by_role("button", name="Save my symptoms").click()
    page.wait_for_url("**/community/ORPHA:2905/")
    page.goto(site.base + "/community/ORPHA:2905/symptoms/")
    assert page.locator("input[name=symptoms][value='HP:0001271']").is_checked()
    assert page.locator("input[name=symptoms][value='HP:0001250']").is_checked()
    assert "Symptoms you added" in page.locator("fieldset.tick-group legend").all_inner_texts()[-2]


def test_posting_after_the_personal_data_warning_keeps_the_text_and_the_page(person, site):
    page = person
    log_in_new_member(page, site)
    question = site.base + "/disease/ORPHA:2905/questions/hereditary/"
    page.goto(question)
    text = ("My number is 151 2345678, or +49 30 12345678 in the evening. "
            "My haematologist said it is acquired, so my children are not at risk.")
    page.get_by_label("Your experience").fill(text)
    page.get_by_role("button", name="Post", exact=True).click()
    page.locator(".pii-warning").wait_for()
    assert page.url.split("#")[0] == question  # the same page, the text still in the form
    assert page.get_by_label("Your experience").input_value() == text
    marks = {m.inner_text(): m.get_attribute("title") for m in page.locator(".pii-warning mark").all()}
    assert "151 2345678" in marks and "date" not in marks["151 2345678"].lower()
    assert any("+49 30 12345678" in words for words in marks)
    # The page's script moves the focus to the form once the warning is shown.
    expect(page.locator("#share")).to_be_focused(timeout=5000)
    snap(page, "04-post-warning")
    button = page.locator("form.post-form button[type=submit]")
    assert button.inner_text() == "Post as it is"
    box = page.get_by_label("Your experience")
    box.fill(text.replace("151 2345678", "one five one"))
    assert button.inner_text() == "Check again and post"
    box.fill(text)
    assert button.inner_text() == "Post as it is"
    # The edited text (one number left) is checked again before it is posted.
    edited = "Call me on +49 30 12345678. My haematologist said it is acquired, so my children are not at risk."
    box.fill(edited)
    button.click()
    page.locator(".pii-warning").wait_for()
    assert page.get_by_label("Your experience").input_value() == edited
    assert page.locator(".pii-warning mark").count() == 1
    page.locator("form.post-form button[type=submit]").click()  # "Post as it is"
    page.wait_for_url(question + "#experiences")
    assert "will appear once a moderator" in page.inner_text(".messages")
    mine = page.locator("#experiences .experience", has_text="Call me on")
    assert "Waiting for moderation" in mine.inner_text()
    assert edited in site.experience_texts()
    snap(page, "05-post-sent")


HIDE = """
import sys, django
django.setup()
from django.contrib.auth.models import Group, User
from raremap.web.accounts.models import Profile
from raremap.web.community.models import Experience
author = User.objects.get(profile__pseudonym=sys.argv[1])
mod, created = User.objects.get_or_create(username="mod-hider", defaults={"email": "hider@example.org"})
if created:
    Profile.objects.create(user=mod, pseudonym="Mod Hider", email_confirmed=True)
    mod.groups.add(Group.objects.get(name="moderator"))
post = Experience.objects.create(author=author, disease_id="ORPHA:2905", question="hereditary",
                                 text="My neighbour Anna Schmidt has it too.", status="published")
post.hide(mod, "It names another person; please leave names out.")
"""


def test_my_raremap_tells_the_author_why_a_post_was_hidden(person, site):
    page = person
    name = log_in_new_member(page, site)
    site.python(HIDE, name)
    page.goto(site.base + "/community/me/")
    item = page.locator(".my-items li").first
    assert "Hidden by a moderator" in item.inner_text()
    assert "It names another person; please leave names out." in item.inner_text()
    assert "Mod Hider" not in page.inner_text("main")
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
    snap(page, "06-my-raremap", full_page=True)
    opt_in = page.get_by_label("E-mail me when a moderator publishes or hides one of my posts", exact=False)
    assert not opt_in.is_checked()  # off by default
    opt_in.check()
    page.locator("section[aria-labelledby=my-mail] button").click()
    page.wait_for_url("**/community/me/")
    assert "We will e-mail you" in page.inner_text(".messages")
    assert page.get_by_label("E-mail me when a moderator publishes or hides one of my posts", exact=False).is_checked()


COUNTRY = """
import sys, django
django.setup()
from raremap.web.community.models import Membership
Membership.objects.filter(user__username__startswith=sys.argv[1]).update(country=sys.argv[2], share_country=True)
"""


def test_the_member_map_is_a_world_map_with_a_table(person, site):
    if not getattr(site, "map_seeded", False):
        # Marfan: POEMS's counts stay small. 25: past the minimum whatever the noise's lift.
        site.seed_members(25, "ORPHA:558", prefix="it-")
        site.python(COUNTRY, "it-", "IT")
        site.manage("refresh_community_counts", "--force")
        site.map_seeded = True
    page = person
    page.goto(site.base + "/community/ORPHA:558/")
    world = page.get_by_role("img", name="World map of members by country")
    assert world.is_visible()
    assert "Italy about" in page.locator("#world-map-title").text_content()
    italy = page.locator("svg.world-map path.members")
    assert italy.count() == 1 and "Italy: about" in italy.locator("title").text_content()
    assert page.locator("table.bars th[scope=row]", has_text="Italy").is_visible()  # for screen readers too
    box = world.bounding_box()
    assert box["width"] <= page.viewport_size["width"]
    page.locator(".member-map").scroll_into_view_if_needed()
    snap(page, "08-member-map")


def test_demo_accounts_are_not_counted_as_people(person, site):
    # Runs last in this module: the demo posts stay on the site afterwards.
    site.env["RAREMAP_DEMO"] = "1"
    site.manage("seed_demo")
    page = person
    page.goto(site.base + "/community/ORPHA:2905/questions/symptoms/")
    assert "Demo member Ash" in page.inner_text("main")  # the examples are shown, marked demo
    shared = page.get_by_test_id("sharers-count")
    assert shared.get_attribute("data-count") == "0" and shared.inner_text().startswith("No one has shared")
    page.goto(site.base + "/community/ORPHA:2905/")
    # 11 besides the viewer, plus the largest lift of the counts' noise (on in this site): 20.
    assert "Fewer than 20 people have joined" in page.inner_text(".joined-count")
    snap(page, "07-community-with-demo-content")


def box_size(page, selector: str) -> tuple[float, float]:
    b = page.locator(selector).first.bounding_box()
    return b["width"], b["height"]


def test_everyday_names_touch_targets_and_disease_only_suggestions(person, site):
    page = person
    # The checker's "Worth checking next" gives everyday names beside the medical ones.
    page.goto(site.base + "/checker/?present=HP:0003401,HP:0001744#results")
    why = page.locator(".checker-why").first
    why.locator("summary").click()
    items = why.locator("h3:text('Worth checking next') ~ ul.checker-check li").all_inner_texts()
    assert items and any("(" in i.split("—")[0] for i in items), items
    snap(page, "09-checker-worth-checking")
    # The criteria form: everyday names, boxes of at least 24 x 24 px.
    page.goto(site.base + "/disease/ORPHA:2905/criteria/")
    assert "Polyneuropathy — Peripheral nerve disease" in page.inner_text("form.criteria-form")
    width, height = box_size(page, "form.criteria-form input[type=checkbox]")
    assert width >= 24 and height >= 24
    # A long group title wraps inside its box, above the first finding, not across the border.
    skin = page.locator("form.criteria-form fieldset", has=page.locator("legend", has_text="Skin changes"))
    legend, box = skin.locator("legend").bounding_box(), skin.bounding_box()
    assert legend["height"] > 30  # long enough to wrap at both widths
    assert legend["y"] > box["y"] and legend["x"] > box["x"] and legend["x"] + legend["width"] < box["x"] + box["width"]
    assert legend["y"] + legend["height"] <= skin.locator("input[type=checkbox]").first.bounding_box()["y"]
    snap(page, "10-criteria-form")
    # The join form: styled radios (24 px) and select.
    log_in_new_member(page, site, disease="ORPHA:558")
    page.goto(site.base + "/community/ORPHA:2905/")
    width, height = box_size(page, ".join input[type=radio]")
    assert width >= 24 and height >= 24
    select = page.locator(".join select")
    assert select.evaluate("e => getComputedStyle(e).borderTopWidth") == "2px"
    # "Count me on the country map": the box is centred on the first line of its words.
    tick = page.locator(".join .checkbox-row input[type=checkbox]").bounding_box()
    line = page.evaluate("""() => { const l = document.querySelector('.join .checkbox-row label');
        const r = document.createRange(); r.selectNodeContents(l); const f = r.getClientRects()[0];
        return f.top + f.height / 2; }""")
    assert abs(tick["y"] + tick["height"] / 2 - line) <= 2, (tick, line)
    snap(page, "11-join-form")
    # A mistyped disease address suggests diseases, never a symptom.
    page.goto(site.base + "/disease/x/y/nonprogressive/")
    ids = page.locator("main .link-list .id").all_inner_texts()
    assert ids and not any(i.startswith("HP:") for i in ids)
    snap(page, "12-not-found")
    # A question we do not answer offers the disease's own questions.
    page.goto(site.base + "/disease/ORPHA:2905/questions/nonprogressive/")
    assert "Is POEMS syndrome contagious?" in page.locator("main .link-list").inner_text()


PUBLISHED_INQUIRY = """
import sys, django
django.setup()
from django.contrib.auth.models import User
from raremap.web.inquiries.models import Inquiry
asker = User.objects.get(profile__pseudonym=sys.argv[1])
Inquiry.objects.create(disease_id="ORPHA:2905", asker=asker, email=asker.email, may_publish=True,
                       status="published", question=sys.argv[2], answer="Ask your care team about rest plans.",
                       published_question=sys.argv[2], published_answer="Ask your care team about rest plans.")
"""


def test_a_member_withdraws_consent_to_a_published_question_from_my_raremap(person, site):
    page = person
    name = log_in_new_member(page, site)
    question = f"Does tiredness after school come with it ({page.width_name})?"
    site.python(PUBLISHED_INQUIRY, name, question)
    page.goto(site.base + "/disease/ORPHA:2905/")
    assert question in page.inner_text("main")
    page.goto(site.base + "/community/me/")
    page.locator("section[aria-labelledby=my-inquiries]").get_by_role("link", name="Withdraw my consent").click()
    # The page says what happens, and nothing changes before the button
    assert "is published on the page of POEMS syndrome" in page.inner_text("[data-testid=consent-state]")
    assert "It is removed from the disease page" in page.inner_text("main")
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
    snap(page, "07-withdraw-consent", full_page=True)
    page.get_by_role("button", name="Withdraw my consent").click()
    page.wait_for_url("**/community/me/")
    assert "no longer on the disease page" in page.inner_text(".messages")
    assert "You withdrew your consent to publication on" in page.inner_text("section[aria-labelledby=my-inquiries]")
    snap(page, "08-consent-withdrawn", full_page=True)
    page.goto(site.base + "/disease/ORPHA:2905/")
    assert question not in page.inner_text("main")
