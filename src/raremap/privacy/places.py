"""Country and region names: coarse enough to publish, so never flagged as addresses."""

from __future__ import annotations

from functools import lru_cache

import pycountry

REGIONS = {"europe", "africa", "asia", "america", "north america", "south america", "oceania",
           "us", "usa", "the us", "the usa", "uk", "the uk", "britain", "great britain", "england",
           "scotland", "wales", "northern ireland", "the united states", "the united kingdom",
           "the netherlands", "holland"}

# Nationalities and languages: never a person ("My Irish PPS number") or a place.
NATIONALITIES = frozenset("""
irish english scottish welsh british french german dutch belgian swiss austrian italian spanish
portuguese polish czech slovak hungarian romanian bulgarian greek turkish swedish norwegian danish
finnish icelandic russian ukrainian american canadian mexican brazilian argentinian chilean
colombian australian indian pakistani chinese japanese korean nigerian kenyan egyptian moroccan
israeli european african asian latino arab jewish catholic hindi urdu arabic bengali punjabi
tamil telugu gujarati swahili yoruba igbo hausa amharic somali mandarin cantonese farsi persian
""".split())


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
