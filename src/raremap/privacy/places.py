"""Country and region names: coarse enough to publish, so never flagged as addresses; and towns
named where someone lives or is treated ("I'm in Thessaloniki", "the hospital in Izmir")."""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from raremap.privacy.calendar_words import CALENDAR_WORDS
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


# A town named where someone lives or writes from: "I'm in Thessaloniki", "writing from Rosario",
# "here, from Tromsø", "we moved to Leeds". (Not "the clinic in Sydney": a place of care's town
# is left to the model.)
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿĀ-ž'’]+"  # Latin letters of Central Europe too ("Wrocław", "Łódź")
PLACE_CONTEXT = re.compile(
    r"\b(?i:(?:I['’]m|I\s+am|we['’]re|we\s+are|they['’]re|they\s+are|(?:I|we|they)\s+(?:now\s+)?"
    r"(?:live|lived|stay|grew\s+up)|lives|living|based|writing|here,?|originally|"
    r"family|parents|(?:my|our|his|her|their)\s+(?:cousins?|aunts?|aunties?|uncles?|sisters?|brothers?|"
    r"grandparents|grandma|grandmother|grandpa|grandad|grandfather|in-laws|relatives|friends?)|flying|flew|travell?ing|drove|driving|coming|came)"
    r"\s+(?:(?:now|currently|still|back|up|over|down|out|all\s+the\s+way)\s+)?(?:in|from|near|outside)"
    r"|\b(?:moved|moving|relocated|relocating)\s+(?:back\s+)?(?:to|from)|\bnear|\bin\s+the"
    r"(?=\s+\S+(?:\s\S+)?\s+(?:area|region|district|county)\b))\s+"
    rf"(?P<place>{_CAP}(?:(?:\s|-)(?:(?:de|da|do|del|la|le|am|upon|on|sur|en)\s)?{_CAP}){{0,2}})\b")
THEN_TO = re.compile(rf"\s+(?:and\s+then\s+|then\s+)?to\s+(?P<place>{_CAP}(?:\s{_CAP}){{0,2}})\b")
NOT_TOWNS = frozenset("""
hospital clinic icu nicu picu ward room bed year grade class stage phase type remission touch
the a an my our his her their this that dr mr mrs ms prof doctor nurse school college university
work treatment care therapy rehab surgery theatre recovery reception town city christ god
""".split())
# A place ending in one of these is a hospital or practice, found as such elsewhere.
CARE_PLACE_END = ("hospital", "clinic", "practice", "surgery", "centre", "center", "infirmary")


DISEASE_AFTER = re.compile(r"['’]?s?\s+(?:disease|syndrome|disorder|palsy|anomaly|sign)\b", re.IGNORECASE)


def find_places(text: str) -> list[Finding]:
    """Towns after a phrase of living or writing from (not a town followed by
    "disease" or "syndrome"; town names inside disease names are not cancelled, as "Kraków"
    would be by the eponym list)."""
    out = []
    for m in PLACE_CONTEXT.finditer(text):
        s, e = m.span("place")
        words = text[s:e].lower().split()
        if (text[s:e].lower() in country_names() or words[0] in NOT_TOWNS or words[0] in CALENDAR_WORDS
                or words[0] in NATIONALITIES or words[-1] in CARE_PLACE_END):
            continue
        if DISEASE_AFTER.match(text, e):
            continue  # "suffering in Hunter syndrome"
        out.append(Finding(Kind.ADDRESS, s, e, text[s:e], "rule:place"))
        # "moved from Karachi to Leicester"
        to = THEN_TO.match(text, e)
        if to and to.group("place").lower() not in country_names() and to.group("place").split()[0].lower() not in NOT_TOWNS:
            out.append(Finding(Kind.ADDRESS, *to.span("place"), to.group("place"), "rule:place"))
    return out


# A whole address after words that announce one, in any country's order: "we live at 3-14-2
# Shibuya, Shibuya-ku, Tokyo 150-0002", "send it to Av. Paulista 1578, São Paulo - SP, 01310-200".
ADDRESS_CUE = re.compile(
    r"\b(?i:(?:live|lives|living|lived|stay|staying|are|am)\s+at|(?:address|house|flat|home)\s*(?:is(?:\s+at)?|:)|"
    r"(?<!IP )(?<!e-mail )(?<!email )(?<!web )address(?=\s+\d)|"
    r"post(?:ed)?\s+(?:it\s+|them\s+|the\s+[\w-]+\s+(?:[\w-]+\s+)?)?to|send\s+(?:it\s+|them\s+|the\s+\w+\s+)?to|"
    r"deliver(?:ed)?\s+(?:it\s+|them\s+)?to|moved\s+to|c/o|"
    # "house B-114, Block 13-D, …": a house or flat numbered with its block's letter
    r"(?:house|flat|plot|home)(?=\s+[A-Z]{1,2}-\d{1,4}\b)|"
    # "… Kulkarni at 601 Sai Darshan, Lokhandwala Complex, …": "at", a house number and named parts
    r"at(?=\s+\d{1,5}[A-Za-z]?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*,\s*[A-Z])"
    r"(?!\s+\d+\s+(?:weeks?|months?|years?|days?|hours?|minutes?|mins?|times?|percent|am|pm|mg|kg)\b))\s*:?\s+"
    # "Lot 14, Morne Jaloux, …", "Plot 41, Sector 15-A, …": a plot or lot number opens an address
    r"|(?<![\w-])(?=(?-i:Lot|Plot|Croft|Stand|Erf)\s+\d{1,5}\b)")
# "…, apt 9, Kyiv 01001", "piso 5, depto B": a flat, floor or block written small inside the address
FLAT_WORDS = frozenset("apt ap app flat unit suite ste kv bl sc et piso depto dpto int bus lok no".split())
FLAT_NUMBER = re.compile(r"(?:\d{1,4}[A-Za-z]?|[A-Z]),?$")
ADDRESS_PARTICLES = frozenset("de da do dos das del la le les am an der di du van von y upon on sur en".split())
ABBREVIATION = re.compile(r"[A-Z][a-z]{0,3}\.$")


def find_cued_addresses(text: str) -> list[Finding]:
    """The address after "we live at", "address:", "send it to"... when it holds a number and
    capitalised words (the number may follow the street: "Calle Durango 214")."""
    out = []
    for m in ADDRESS_CUE.finditer(text):
        pos, end, words = m.end(), m.end(), []
        toks = list(re.finditer(r"\S+", text[pos:pos + 160]))
        for k, tok in enumerate(toks):
            w = tok.group()
            core = w.rstrip(",")
            nxt = toks[k + 1].group() if k + 1 < len(toks) else ""
            if core in ADDRESS_PARTICLES and not (nxt[:1].isupper() or nxt in ADDRESS_PARTICLES):
                break  # "Moved to Skellefteå on 1 maj": a particle joins names only ("Newcastle upon Tyne")
            stop = core.endswith((".", ";", "!", "?")) and not ABBREVIATION.match(core)
            core = core.rstrip(".;!?)")
            if not core or not (core[0].isupper() or any(c.isdigit() for c in core)
                                or core in ADDRESS_PARTICLES or core in ("-", "–")
                                or (core.lower().rstrip(".") in FLAT_WORDS and FLAT_NUMBER.match(nxt))):
                break
            words.append(core)
            end = pos + tok.start() + len(w.rstrip(",.;!?)")) if stop else pos + tok.end()
            if stop or len(words) >= 14:
                break
        end = pos + len(text[pos:end].rstrip(",.;:!?) "))
        age = re.search(r",\s*\d{1,3}$", text[pos:end])
        if age and len(words) > 2:  # "…, Grenada, 50, sick": an age after the address
            end, words = pos + age.start(), words[:-1]
        has_number = any(any(c.isdigit() for c in w) for w in words[:4])
        has_name = any(w[0].isupper() and w[1:].isalpha() and w[1:].islower() for w in words)
        if words and words[0].lower().rstrip(",.") in CALENDAR_WORDS:
            continue  # "clinic moved to Thursday 27th November": a date, not where anyone lives
        if words and has_number and has_name and (words[0][0].isdigit() or words[0][0].isupper()):
            out.append(Finding(Kind.ADDRESS, pos, end, text[pos:end], "rule:address-cue"))
    return out
