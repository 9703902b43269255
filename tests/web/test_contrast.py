"""Colour contrast of the stylesheet's palette (WCAG 2.1: 4.5:1 for text, 3:1 for the focus
ring and the chart's bars), computed from the custom properties in site.css."""

import re
from pathlib import Path

import pytest

CSS = Path(__file__).resolve().parents[2] / "src/raremap/web/static/raremap/site.css"


def palette() -> dict[str, str]:
    root = re.search(r":root\s*{(.*?)}", CSS.read_text(), re.S).group(1)
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", root))


def luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_formula_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("text", ["ink", "muted", "accent", "accent-dark", "error"])
@pytest.mark.parametrize("background", ["paper", "wash"])
def test_text_colours_reach_aa_on_every_background(text, background):
    colours = palette()
    assert contrast(colours[text], colours[background]) >= 4.5


def test_white_button_text_on_the_accent():
    assert contrast("#ffffff", palette()["accent"]) >= 4.5


@pytest.mark.parametrize("name", ["focus", "band-obligate", "band-very-frequent", "band-frequent",
                                  "band-occasional", "band-very-rare", "band-unknown"])
def test_focus_ring_and_chart_bars_reach_3_to_1(name):
    colours = palette()
    assert contrast(colours[name], colours["paper"]) >= 3
    assert contrast(colours[name], colours["wash"]) >= 3
