"""The member map drawn on the server: a choropleth SVG of the world from the shipped Natural
Earth outlines (``world/countries.json``), coloured only from the counts the privacy policy
lets anyone see (``countries.member_map``). The table beside it carries the same figures for
screen readers; the SVG itself is an image with a short description."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

OUTLINES = Path(__file__).resolve().parent / "world" / "countries.json"
LEVELS = 4  # shades of the accent colour, lightest to darkest


@lru_cache(maxsize=1)
def outlines() -> dict:
    return json.loads(OUTLINES.read_text())


def level(count: int, top: int) -> int:
    """1..LEVELS: the share of the largest shown count, in equal steps."""
    return max(1, min(LEVELS, -(-count * LEVELS // max(top, 1))))


def world_svg(countries: list[dict]) -> SafeString:
    """``countries``: ``[{"code", "name", "count"}]`` as shown (already past the minimum)."""
    data = outlines()
    shown = {c["code"]: c for c in countries}
    top = max((c["count"] for c in countries), default=1)
    parts = []
    for code, path in data["countries"].items():
        c = shown.get(code)
        if c is None:
            parts.append(f'<path class="land" d="{path}"/>')
        else:
            parts.append(f'<path class="members m{level(c["count"], top)}" d="{path}">'
                         f'<title>{escape(c["name"])}: about {c["count"]} members</title></path>')
    names = ", ".join(f'{c["name"]} about {c["count"]}' for c in countries)
    return mark_safe(  # noqa: S308 - paths are our own derived data; names are escaped
        f'<svg class="world-map" viewBox="0 0 {data["width"]} {data["height"]}" role="img" '
        f'aria-labelledby="world-map-title"><title id="world-map-title">World map of members by country: '
        f'{escape(names)}. The table gives the same figures.</title>{"".join(parts)}</svg>')
