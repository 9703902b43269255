"""The server-side symptom filter of a disease page (the fallback when JavaScript is off)."""

from __future__ import annotations

from raremap.knowledge.text import fold


def matches(feature: dict, words: list[str]) -> bool:
    haystack = fold(" ".join([feature["name"], feature["hpo_id"], *feature["lay_names"], *feature.get("search_names", ())]))
    return all(w in haystack for w in words)


def filter_bands(bands: list[dict], text: str) -> list[dict]:
    """The bands with only the features whose names, lay names or id hold every word."""
    words = fold(text).split()
    if not words:
        return bands
    out = []
    for band in bands:
        kept = [f for f in band["features"] if matches(f, words)]
        if kept:
            out.append({**band, "features": kept})
    return out
