"""Country and region names: coarse enough to publish, so never flagged as addresses."""

from __future__ import annotations

from functools import lru_cache

import pycountry

REGIONS = {"europe", "africa", "asia", "america", "north america", "south america", "oceania",
           "us", "usa", "the us", "the usa", "uk", "the uk", "britain", "great britain", "england",
           "scotland", "wales", "northern ireland", "the united states", "the united kingdom",
           "the netherlands", "holland"}


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    out = set(REGIONS)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                out.add(v.lower())
    return frozenset(out)


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Lower-case words of country and region names ("glasgow", "berlin", "texas")."""
    out = set()
    for name in country_names():
        out.update(name.split())
    for sub in pycountry.subdivisions:
        out.update(w.lower() for w in sub.name.replace("-", " ").split())
    return frozenset(out)
