"""Country and region names: coarse enough to publish, so never flagged as addresses; and towns
named where someone lives or is treated ("I'm in Thessaloniki", "the hospital in Izmir")."""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

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

# Websites, apps and companies the small model takes for people or places ("I am u/... on
# Reddit", "Royal Mail tracking").
PLATFORMS = frozenset("""
reddit instagram insta facebook twitter tiktok discord telegram snapchat whatsapp youtube
twitch mastodon bluesky threads signal skype zoom teams mychart gofundme justgiving paypal
amazon ebay google apple microsoft netflix spotify uber airbnb dhl fedex ups usps evri hermes
""".split()) | {"royal mail", "post office", "google meet", "microsoft teams"}


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
        out.update(w.lower().strip(",.()") for w in sub.name.replace("-", " ").split())
    return frozenset(out)


# A town named where someone lives, writes from or is treated: "I'm in Thessaloniki", "writing
# from Rosario", "here, from Tromsø", "the hospital in Izmir", "we moved to Leeds".
_CAP = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+"
PLACE_CONTEXT = re.compile(
    r"\b(?i:(?:I['’]m|I\s+am|we['’]re|we\s+are|they['’]re|they\s+are|(?:I|we|they)\s+(?:now\s+)?"
    r"(?:live|lived|stay|grew\s+up)|lives|living|based|writing|here,?|originally|hospital|clinic|"
    r"doctors?|specialists?|team|family|parents|flying|flew|travell?ing|drove|driving|coming|came)"
    r"\s+(?:(?:now|currently|still|back|up|over|down|out|all\s+the\s+way)\s+)?(?:in|from|near|outside)"
    r"|\b(?:moved|moving|relocated|relocating)\s+(?:back\s+)?(?:to|from))\s+"
    rf"(?P<place>{_CAP}(?:(?:\s|-)(?:(?:de|da|do|del|la|le|am|upon|on|sur|en)\s)?{_CAP}){{0,2}})\b")
NOT_TOWNS = frozenset("""
hospital clinic icu nicu picu ward room bed year grade class stage phase type remission touch
the a an my our his her their this that dr mr mrs ms prof doctor nurse school college university
work treatment care therapy rehab surgery theatre recovery reception town city
""".split())
# A place ending in one of these is a hospital or practice, found as such elsewhere.
CARE_PLACE_END = ("hospital", "clinic", "practice", "surgery", "centre", "center", "infirmary")


def find_places(text: str) -> list[Finding]:
    """Towns after a phrase of living, writing from or being treated (rule guesses: a disease
    name cancels them like any guess)."""
    from raremap.privacy.names import CALENDAR_WORDS  # names imports this module
    out = []
    for m in PLACE_CONTEXT.finditer(text):
        s, e = m.span("place")
        words = text[s:e].lower().split()
        if (text[s:e].lower() in country_names() or words[0] in NOT_TOWNS or words[0] in CALENDAR_WORDS
                or words[0] in NATIONALITIES or words[-1] in CARE_PLACE_END):
            continue
        out.append(Finding(Kind.ADDRESS, s, e, text[s:e], "rule:context-guess"))
    return out
