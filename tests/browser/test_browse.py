"""A visitor browses by category from the home page down to a disease and back up its
breadcrumbs, with and without JavaScript, on a desktop and on a phone."""

import pytest

pytestmark = pytest.mark.browser


def test_home_to_a_group_to_a_disease_and_back_up(desktop, live_url, shot):
    page = desktop
    page.goto(live_url + "/")
    page.get_by_role("link", name="browse diseases by category", exact=True).click()
    page.wait_for_url("**/browse/")
    assert page.get_by_role("heading", level=1).inner_text() == "Rare diseases by category"
    shot(page, "browse-desktop")
    page.get_by_role("link", name="Rare infectious disease", exact=True).click()
    page.wait_for_url("**/browse/ORPHA:68416/")
    page.get_by_role("link", name="Rare bacterial infectious disease", exact=True).click()
    assert page.get_by_role("heading", level=1).inner_text() == "Rare bacterial infectious disease"
    diseases = page.locator("section[aria-labelledby=dis-title] li > a:first-child")
    assert diseases.count() > 0
    name = diseases.first.inner_text()
    diseases.first.click()
    page.wait_for_url("**/disease/**")
    assert page.get_by_role("heading", level=1).inner_text() == name
    crumbs = page.get_by_role("navigation", name="Category")
    assert crumbs.get_by_role("link", name="Browse", exact=True).is_visible()
    shot(page, "browse-disease-desktop")
    crumbs.get_by_role("link", name="Browse", exact=True).click()
    page.wait_for_url("**/browse/")


def test_marfan_shows_both_ids_learn_more_and_more_groups_on_a_phone(phone, live_url, shot):
    page = phone
    page.goto(live_url + "/disease/OMIM:154700/")
    page.wait_for_url("**/disease/ORPHA:558/marfan-syndrome/")
    ids = page.get_by_role("list", name="Ids of this disease")
    assert ids.get_by_role("link", name="OMIM:154700").is_visible()
    assert ids.get_by_role("link", name="ORPHA:558").is_visible()
    more = page.locator("details.crumbs-more")
    assert not more.locator("ol").first.is_visible()
    more.locator("summary").click()
    assert more.locator("ol").first.is_visible()
    learn = page.locator("section.learn-more")
    assert learn.get_by_role("link", name="GARD").count() == 1
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the page scrolls sideways ({width} px)"
    shot(page, "marfan-phone")


def test_browse_without_javascript(browser, live_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 800})
    try:
        page = context.new_page()
        page.goto(live_url + "/browse/")
        page.get_by_role("link", name="Rare bone disease", exact=True).click()
        page.wait_for_url("**/browse/ORPHA:93419/")
        assert page.get_by_role("heading", name="Subgroups").is_visible()
        assert page.locator("section[aria-labelledby=sub-title] li").count() > 0
    finally:
        context.close()
