"""Finishing touches seen in a visual pass: every text-like form field shares one look,
and printing a page leaves out buttons and forms."""


def test_sign_up_fields_all_share_the_styled_look(desktop, live_url):
    page = desktop
    page.goto(live_url + "/accounts/signup/")
    paddings = page.evaluate("""() => [...document.querySelectorAll(
        'main input[type=email], main input[type=password], main input[type=text]')]
        .map(e => [e.type, getComputedStyle(e).paddingTop, getComputedStyle(e).borderTopWidth])""")
    assert {t for t, _, _ in paddings} >= {"email", "password"}
    assert len({(p, b) for _, p, b in paddings}) == 1, paddings  # e-mail and password look like the others


def test_printing_a_disease_page_leaves_out_the_join_button(desktop, live_url):
    page = desktop
    page.goto(live_url + "/disease/ORPHA:2905/poems-syndrome/")
    join = page.get_by_role("link", name="Join", exact=True)
    assert join.is_visible()
    page.emulate_media(media="print")
    assert not join.is_visible()
    assert page.get_by_role("heading", name="Symptoms", exact=True).is_visible()


def test_term_chip_labels_stay_inside_the_rounded_border(phone, live_url):
    page = phone
    page.goto(live_url + "/checker/")
    page.get_by_role("textbox", name="What have you noticed?").fill("dark patches on my skin, no fever")
    page.get_by_role("button", name="Find the medical terms").click()
    page.locator(".chip .chip-state").first.wait_for()
    outside = page.evaluate("""() => [...document.querySelectorAll('.chip')].filter(chip => {
        const c = chip.getBoundingClientRect(), t = chip.querySelector('.chip-state').getBoundingClientRect();
        const r = Math.min(parseFloat(getComputedStyle(chip).borderTopLeftRadius), c.height / 2, c.width / 2);
        const dx = r - (t.left - c.left), dy = r - (t.top - c.top);  // text corner vs the arc's centre
        return dx > 0 && dy > 0 && Math.hypot(dx, dy) > r - 2;       // beyond the inner edge of the arc
    }).length""")
    assert outside == 0


def test_the_header_search_placeholder_fits_its_box(browser, live_url):
    for width in (375, 1280):
        context = browser.new_context(viewport={"width": width, "height": 800})
        page = context.new_page()
        page.goto(live_url + "/about/")
        room, text = page.evaluate("""() => { const e = document.getElementById('header-q'), s = getComputedStyle(e);
            const ctx = document.createElement('canvas').getContext('2d'); ctx.font = s.font;
            return [e.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight),
                    ctx.measureText(e.placeholder).width]; }""")
        context.close()
        assert text <= room, (width, text, room)


def test_the_phone_menu_keeps_one_line(browser, live_url):
    # At 390 and 375 px the menu wrapped "Sign up" onto a line of its own; the brand leads
    # home there, so the menu leaves out "Home" and fits.
    for width in (390, 375):
        context = browser.new_context(viewport={"width": width, "height": 800}, is_mobile=True)
        page = context.new_page()
        page.goto(live_url + "/about/")
        tops = page.evaluate("[...document.querySelectorAll('.site-nav > ul > li')]"
                             ".filter(e => e.offsetParent).map(e => Math.round(e.getBoundingClientRect().top))")
        labels = page.locator(".site-nav > ul > li:visible").all_inner_texts()
        context.close()
        assert labels == ["Symptom checker", "About", "Log in", "Sign up"], labels
        assert len(set(tops)) == 1, (width, tops)
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(live_url + "/about/")
    assert page.get_by_role("link", name="Home", exact=True).is_visible()  # the desktop keeps it
    context.close()


def test_header_suggestions_show_each_kind_and_id_whole(browser, live_url):
    # On a desktop the header keeps one row with white-space: nowrap; the suggestions under
    # its search box inherited it, so a long name pushed "Disease · ORPHA:…" out of the box.
    for width in (1280, 390):
        context = browser.new_context(viewport={"width": width, "height": 800})
        page = context.new_page()
        page.goto(live_url + "/about/")
        page.locator("#header-q").press_sequentially("marfa", delay=50)
        page.locator(".suggest-list li").first.wait_for()
        cut = page.evaluate("""() => { const list = document.querySelector('.suggest-list').getBoundingClientRect();
            return [...document.querySelectorAll('.suggest-list .kind')]
              .filter(k => k.getBoundingClientRect().right > list.right - 1).map(k => k.textContent); }""")
        count = page.locator(".suggest-list .kind").count()
        context.close()
        assert count >= 3 and cut == [], (width, cut)


def test_form_help_text_reads_as_a_hint_not_as_part_of_the_label(desktop, live_url):
    page = desktop
    page.goto(live_url + "/accounts/signup/")
    label, hint = page.evaluate("""() => [document.querySelector('label[for=id_email]'), document.getElementById('id_email_helptext')]
        .map(e => { const s = getComputedStyle(e); return [s.color, parseFloat(s.fontSize)]; })""")
    assert hint[0] != label[0] and hint[1] < label[1], (label, hint)
