"""The whole community flow in headless Chromium (Playwright) against a live server:
sign up, confirm from the mailbox, join the POEMS community, post an experience, a
moderator approves it, and the count on the question page goes up."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.core import mail

from raremap.web.community.models import Experience
from tests.chromium import launched
from tests.factories import POEMS, make_user

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "community"
QUESTION = f"/disease/{POEMS}/questions/hereditary/"
TEXT = ("I was told it is acquired and not passed on, which calmed my worries about my "
        "children. Nobody else in my family has had anything similar.")

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def browser():
    with launched() as b:
        yield b


def new_page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    context.set_default_timeout(15_000)
    return context.new_page()


def count(page) -> int:
    return int(page.get_by_test_id("sharers-count").get_attribute("data-count"))


def test_sign_up_join_post_approve(browser, live_server, monkeypatch):
    # Playwright's sync API keeps an event loop in this thread; the ORM calls made here
    # (reading the mailbox's user, the post's status) are still plain synchronous calls.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    base = live_server.url
    make_user("Mod Marten", "moderator@example.org", "moderator", password="moderate this 1")

    visitor = new_page(browser)
    visitor.goto(base + QUESTION)
    assert count(visitor) == 0

    # Sign up and confirm with the link from the mailbox.
    me = new_page(browser)
    me.goto(base + "/accounts/signup/")
    me.fill("input[name=email]", "newcomer@example.org")
    me.fill("input[name=pseudonym]", "Quiet Quail")
    me.fill("input[name=password1]", "lantern orchard 58")
    me.fill("input[name=password2]", "lantern orchard 58")
    me.click("button[type=submit]:has-text('Create account')")
    me.wait_for_url("**/accounts/signup/sent/")
    link = re.search(r"https?://\S+/accounts/confirm/\S+/", mail.outbox[-1].body).group(0)
    me.goto(link)
    me.wait_for_url("**/community/me/")
    assert "Quiet Quail" in me.content()

    # Join the POEMS community.
    me.goto(base + f"/community/{POEMS}/")
    me.check("input[name=role][value=patient]")
    me.click("button:has-text('Join')")
    assert me.get_by_test_id("joined-count").inner_text() == "11"  # "Fewer than 11" joined

    # Post an experience on the question page; as a new member it waits for moderation.
    me.goto(base + QUESTION)
    me.fill("textarea[name=text]", TEXT)
    me.click("button:has-text('Post')")
    assert "will appear once a moderator" in me.content()
    assert Experience.objects.get().status == "pending"
    visitor.goto(base + QUESTION)
    assert count(visitor) == 0 and "calmed my worries" not in visitor.content()

    # A moderator logs in and approves it.
    mod = new_page(browser)
    mod.goto(base + "/accounts/login/")
    mod.fill("input[name=username]", "moderator@example.org")
    mod.fill("input[name=password]", "moderate this 1")
    mod.click("button:has-text('Log in')")
    mod.goto(base + "/community/moderation/")
    assert "newcomer@example.org" not in mod.content()
    exp = Experience.objects.get()
    mod.click(f"[data-testid=approve-{exp.pk}]")
    mod.wait_for_url("**/community/moderation/")

    # The count goes up for everyone.
    visitor.goto(base + QUESTION)
    assert count(visitor) == 1
    assert "calmed my worries" in visitor.content() and "Quiet Quail" in visitor.content()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    visitor.screenshot(path=str(ARTIFACTS / "question-after-approval.png"), full_page=True)


def test_member_records_symptoms_with_autocomplete(browser, live_server, monkeypatch, kb):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from raremap.web.community.models import Membership, SymptomReport

    user = make_user("Tidy Tern", "tern@example.org", password="quiet harbour 31")
    Membership.objects.create(user=user, disease_id=POEMS, role="patient")
    first = sorted(kb.disease(POEMS).present_phenotypes, key=lambda a: a.name)[0]

    page = new_page(browser)
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=username]", "tern@example.org")
    page.fill("input[name=password]", "quiet harbour 31")
    page.click("button:has-text('Log in')")
    page.wait_for_url("**/community/me/")
    page.goto(live_server.url + f"/community/{POEMS}/symptoms/")
    page.check(f"input[name=symptoms][value='{first.hpo_id}']")
    page.locator("#extra-search").press_sequentially("seizure", delay=30)
    page.locator("#extra-suggestions [role=option]").first.wait_for()
    page.press("#extra-search", "ArrowDown")
    page.press("#extra-search", "Enter")
    assert "HP:0001250" in page.inner_text("#extra-list")
    page.click("button:has-text('Save my symptoms')")
    page.wait_for_url(f"**/community/{POEMS}/")
    assert set(SymptomReport.objects.filter(user=user).values_list("hpo_id", flat=True)) == {
        first.hpo_id, "HP:0001250"}
