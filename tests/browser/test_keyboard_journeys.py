"""Keyboard only (Tab, typing, Enter): the symptom checker from the home page to a ranked
condition, and signing in from the header to "My RareMap". Every focused control shows a
visible focus outline."""

import pytest

from tests.browser.keys import tab_to

pytestmark = pytest.mark.browser

PASSWORD = "keyboard only 42"
MEMBER = """
import django, sys
django.setup()
from django.contrib.auth.models import Group, User
from raremap.web.accounts.models import Profile
u = User.objects.create_user(username="kb-walker", email="walker@example.org", password=sys.argv[1])
Profile.objects.create(user=u, pseudonym="Keyboard Walker", email_confirmed=True)
u.groups.add(Group.objects.get(name="member"))
"""


@pytest.mark.parametrize("width", [1280, 390])
def test_the_checker_by_keyboard(browser, live_site, shot, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(live_site.base + "/")
    tab_to(page, "el.getAttribute('href') === '/checker/'")
    page.keyboard.press("Enter")
    page.wait_for_url("**/checker/")
    tab_to(page, "el.id === 'checker-add'")
    page.keyboard.type("Polyneuropathy")  # no suggestion chosen: Enter submits the form
    page.keyboard.press("Enter")
    page.wait_for_url("**/checker/?**")
    assert "Polyneuropathy" in page.locator(".checker-chips").inner_text()
    tab_to(page, "el.closest('ol.checker-results') && el.tagName === 'A'", limit=200)
    name = page.evaluate("document.activeElement.textContent.trim()")
    shot(page, f"keyboard-checker-{width}")
    page.keyboard.press("Enter")
    page.wait_for_url("**/disease/**")
    assert page.get_by_role("heading", level=1).inner_text() == name
    context.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_signing_in_by_keyboard(browser, live_site, shot, width):
    if width == 1280:
        live_site.python(MEMBER, PASSWORD)
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(live_site.base + "/about/")
    tab_to(page, "el.textContent.trim() === 'Log in'")
    page.keyboard.press("Enter")
    page.wait_for_url("**/accounts/login/**")
    tab_to(page, "el.type === 'email' || el.name === 'username'")
    page.keyboard.type("walker@example.org")
    tab_to(page, "el.type === 'password'", limit=3)
    page.keyboard.type(PASSWORD)
    shot(page, f"keyboard-login-{width}")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    assert "Keyboard Walker" in page.locator(".me-link").get_attribute("title")
    context.close()
