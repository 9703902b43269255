"""A visitor searches "poems", opens the POEMS syndrome page, reads its symptom table and
follows a symptom, with the mouse, with the keyboard only, and on a phone."""

import pytest

pytestmark = pytest.mark.browser


def test_search_open_read_and_follow_a_symptom(desktop, live_url, shot):
    page = desktop
    page.goto(live_url + "/")
    page.get_by_label("Disease or symptom name, or an id").fill("poems")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search/?q=poems")
    shot(page, "01-search-results")
    page.get_by_role("link", name="POEMS syndrome").click()
    page.wait_for_url("**/disease/ORPHA:2905/poems-syndrome/")
    assert page.get_by_role("heading", level=1).inner_text() == "POEMS syndrome"

    obligate = page.locator("tbody.band-obligate")
    assert "Always present (100% of people)" in obligate.locator("tr.band-head").inner_text()
    assert obligate.locator("tr.feature th a").all_inner_texts() == ["Polyneuropathy"]
    assert page.locator("svg.chart title").text_content() == "Number of symptoms in each frequency group"
    shot(page, "02-poems-desktop")

    page.get_by_role("link", name="Paresthesia", exact=True).click()
    page.wait_for_url("**/term/HP:0003401/")
    assert page.get_by_role("heading", level=1).inner_text() == "Paresthesia"
    assert "Pins and needles feeling" in page.locator(".lay").inner_text()
    assert page.locator("table.term-diseases a", has_text="POEMS syndrome").count() in (0, 1)
    shot(page, "03-paresthesia-desktop")


def test_suggestions_appear_while_typing_and_work_with_arrow_keys(desktop, live_url, shot):
    page = desktop
    page.goto(live_url + "/")
    box = page.get_by_role("combobox", name="Disease or symptom name, or an id")
    box.press_sequentially("poem", delay=40)
    listbox = page.get_by_role("listbox", name="Suggestions")
    listbox.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    first = listbox.get_by_role("option").first
    assert "POEMS syndrome" in first.inner_text()
    shot(page, "04-suggestions")
    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    box.press("Enter")
    page.wait_for_url("**/disease/ORPHA:2905/poems-syndrome/")


def test_the_filter_box_narrows_the_symptom_table(desktop, live_url):
    page = desktop
    page.goto(live_url + "/disease/ORPHA:2905/poems-syndrome/")
    rows = page.locator("#symptom-table tr.feature")
    total = rows.count()
    page.get_by_role("searchbox", name="Filter symptoms").fill("sclerosis")
    visible = page.locator("#symptom-table tr.feature:visible")
    names = visible.locator("th a").all_inner_texts()
    assert 0 < len(names) < total
    assert all("sclerosis" in n.lower() or "sclerotic" in n.lower() or "bone" in n.lower() for n in names), names
    assert page.locator("tbody.band-obligate").is_hidden()  # Polyneuropathy's group has no match
    assert f"of {total} symptoms" in page.locator("#filter-status").inner_text()


def test_keyboard_only_from_home_to_a_symptom(desktop, live_url, shot):
    page = desktop
    page.goto(live_url + "/")
    page.keyboard.press("Tab")  # the skip link comes first
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # Tab into the search box, type, submit with Enter.
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "q":
            break
    assert page.evaluate("document.activeElement.name") == "q"
    page.keyboard.type("poems syndrome")
    page.keyboard.press("Enter")  # no suggestion chosen: the form is submitted
    page.wait_for_url("**/search/?q=poems+syndrome")
    # Tab to the first result and open it.
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "POEMS syndrome":
            break
    assert page.evaluate("document.activeElement.textContent.trim()") == "POEMS syndrome"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"  # the focus is visible
    shot(page, "05-keyboard-focus")
    page.keyboard.press("Enter")
    page.wait_for_url("**/disease/ORPHA:2905/**")
    for _ in range(120):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Polyneuropathy":
            break
    assert page.evaluate("document.activeElement.textContent.trim()") == "Polyneuropathy"
    page.keyboard.press("Enter")
    page.wait_for_url("**/term/HP:0001271/")


def test_pages_fit_a_phone_screen(phone, live_url, shot):
    page = phone
    for name, path in (("home", "/"), ("poems", "/disease/ORPHA:2905/poems-syndrome/"),
                       ("paresthesia", "/term/HP:0003401/"), ("search", "/search/?q=poems"),
                       ("not-found", "/disease/ORPHA:29050/")):
        page.goto(live_url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, (path, width)  # nothing scrolls sideways
        shot(page, f"06-phone-{name}")


def test_it_works_without_javascript(browser, live_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_url + "/disease/ORPHA:2905/poems-syndrome/")
    page.get_by_role("searchbox", name="Filter symptoms").fill("skin")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**filter=skin**")
    names = page.locator("#symptom-table tr.feature th a").all_inner_texts()
    assert names and "Polyneuropathy" not in names
    context.close()
