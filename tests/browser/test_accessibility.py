"""Structural accessibility checks in the rendered pages (what an automated audit catches
first): one h1, no skipped heading levels, every control labelled, every image with alt
text, landmarks present, nothing wider than a phone screen."""

import pytest

pytestmark = pytest.mark.browser

PAGES = ["/", "/search/?q=poems", "/disease/ORPHA:2905/poems-syndrome/", "/term/HP:0003401/",
         "/disease/ORPHA:29050/", "/about/", "/tagging/", "/tagging/?text=fever", "/checker/",
         "/disease/ORPHA:558/questions/hereditary/"]

AUDIT = """() => {
  const problems = [];
  const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const h1 = document.querySelectorAll('h1');
  if (h1.length !== 1) problems.push(`${h1.length} h1 elements`);
  let last = 0;
  for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const level = Number(h.tagName[1]);
    if (last && level > last + 1) problems.push(`heading jumps from h${last} to h${level}: ${h.textContent.trim()}`);
    last = level;
  }
  for (const el of document.querySelectorAll('input, select, textarea')) {
    if (el.type === 'hidden' || !visible(el)) continue;
    const named = el.labels.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
    if (!named) problems.push(`unlabelled ${el.tagName.toLowerCase()} name=${el.name}`);
  }
  for (const b of document.querySelectorAll('button, a[href]')) {
    if (visible(b) && !(b.textContent.trim() || b.getAttribute('aria-label') || b.querySelector('img[alt]:not([alt=""])')))
      problems.push(`${b.tagName.toLowerCase()} without a name: ${b.outerHTML.slice(0, 80)}`);
  }
  for (const img of document.querySelectorAll('img')) if (!img.hasAttribute('alt')) problems.push(`img without alt: ${img.src}`);
  for (const sel of ['header[role=banner]', 'main#main', 'footer[role=contentinfo]', 'nav[aria-label=Main]'])
    if (!document.querySelector(sel)) problems.push(`missing landmark ${sel}`);
  if (!document.documentElement.lang) problems.push('no lang on <html>');
  return problems;
}"""


@pytest.mark.parametrize("path", PAGES)
def test_page_structure_is_accessible(desktop, live_url, path):
    desktop.goto(live_url + path)
    assert desktop.evaluate(AUDIT) == []


def test_the_audit_reports_what_it_should(desktop):
    desktop.set_content("<html><body><h1>A</h1><h3>B</h3><input name=q><img src=x.png>"
                        "<button></button></body></html>")
    problems = desktop.evaluate(AUDIT)
    assert "heading jumps from h1 to h3: B" in problems
    assert "unlabelled input name=q" in problems
    assert any(p.startswith("img without alt") for p in problems)
    assert any(p.startswith("button without a name") for p in problems)
    assert "missing landmark main#main" in problems and "no lang on <html>" in problems


def test_a_form_error_reads_as_an_error(desktop, live_url):
    # Django's field errors come as a <ul class="errorlist">: shown in the error colour and
    # weight, without bullets, not as ordinary text.
    desktop.goto(live_url + "/accounts/signup/")
    desktop.fill("input[name=email]", "someone@example.org")
    desktop.fill("input[name=pseudonym]", "Tester Errors")
    desktop.fill("input[name=password1]", "amber kettle 77 blue")
    desktop.fill("input[name=password2]", "amber kettle 77 green")
    desktop.click("main button[type=submit]")
    error = desktop.locator(".errorlist").first
    assert "passwords differ" in error.inner_text()
    style = error.evaluate("e => { const s = getComputedStyle(e); return [s.color, s.fontWeight, s.listStyleType]; }")
    assert style == ["rgb(163, 32, 32)", "600", "none"]
