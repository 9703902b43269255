"""Geometry of the server-rendered SVG bar chart of a disease's symptoms per frequency band
(drawn by ``pages/_band_chart.html``; the table below it is the text equivalent)."""

from __future__ import annotations

LABEL_WIDTH = 150
BAR_SPACE = 210
ROW_HEIGHT = 30
BAR_HEIGHT = 20


def band_chart(bands: list[dict]) -> dict:
    """Bars sized by the number of symptoms in each band: ``{"width", "height", "bars"}``,
    each bar with its label, count, band slug, the band's heading as the caption says it
    ("3 always present (100% of people)") and coordinates in the SVG's user units."""
    top = max((len(b["features"]) for b in bands), default=0)
    bars = []
    for i, band in enumerate(bands):
        count = len(band["features"])
        heading = band.get("heading", "")
        width = round(BAR_SPACE * count / top, 1) if top else 0
        y = i * ROW_HEIGHT
        bars.append({
            "band": band["band"],
            "label": band["range"] if band["band"] != "unknown" else "Not recorded",
            "count": count,
            "caption": heading[:1].lower() + heading[1:],
            "x": LABEL_WIDTH,
            "y": y + (ROW_HEIGHT - BAR_HEIGHT) / 2,
            "width": max(width, 2),
            "height": BAR_HEIGHT,
            "text_y": y + ROW_HEIGHT / 2,
            "count_x": LABEL_WIDTH + max(width, 2) + 6,
        })
    return {
        "width": LABEL_WIDTH + BAR_SPACE + 40,
        "height": max(len(bars) * ROW_HEIGHT, ROW_HEIGHT),
        "bars": bars,
        "total": sum(b["count"] for b in bars),
    }
