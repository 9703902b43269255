"""Keyboard helpers for the page tests: where the focus is, whether it shows, and Tab until
it reaches an element."""

from __future__ import annotations


def focused(page, test: str) -> bool:
    return page.evaluate(f"(() => {{ const el = document.activeElement; return !!({test}); }})()")


def focus_is_visible(page) -> None:
    """The focused element draws a focus ring (an outline or a box-shadow)."""
    style = page.evaluate("""(() => { const s = getComputedStyle(document.activeElement);
        return {outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow}; })()""")
    assert (style["outline"] != "none" and style["width"] > 0) or style["shadow"] != "none", (
        page.evaluate("document.activeElement.outerHTML.slice(0, 120)"), style)


def tab_to(page, test: str, limit: int = 120, back: bool = False) -> None:
    """Press Tab (Shift+Tab with ``back``) until ``test``, a JS expression on the focused
    element ``el``, holds; every element passed on the way shows its focus."""
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if back else "Tab")
        if page.evaluate("document.activeElement !== document.body"):
            focus_is_visible(page)
        if focused(page, test):
            return
    raise AssertionError(f"never reached by {'Shift+' if back else ''}Tab: {test}")
