"""A town named with its state, province or county ("we're in Boise, ID", "Oranmore, Co. Galway",
"Ballarat, VIC", "Moncton, NB"), and a known town written right before the address it heads
("Tucson: 419 Saguaro Ln, …", "Kandy, No. 12/3, Peradeniya Road, …").

The town must be in the gazetteer (a capitalised word before ", TX" is a surname as often: "Dr
Emily Jackson, MD"), so the codes that are also degrees or words (MD, PA, DO, ME, OR, IN, OK,
HI, ID before a number) are left out unless a postcode follows, which the address rules read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.towns import plain, towns

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’]+(?:-[A-ZÀ-ÖØ-Þa-z][a-zß-öø-ÿā-ž'’]+)*"
# US states (less those that are also degrees or words), Canadian provinces, Australian states
US_STATES = ("AL AK AZ AR CA CO CT DE FL GA IA ID IL KS KY LA MA MI MN MO MS MT NC ND NE NH NJ NM NV NY "
             "OH RI SC SD TN TX UT VA VT WA WI WV DC").split()
PROVINCES = "AB BC MB NB NL NS NT NU ON PE QC SK YT NSW VIC QLD TAS".split()
# The counties of the island of Ireland, written after "Co." or "County"
IRISH_COUNTIES = ("Antrim Armagh Carlow Cavan Clare Cork Derry Donegal Down Dublin Fermanagh Galway Kerry "
                  "Kildare Kilkenny Laois Leitrim Limerick Longford Louth Mayo Meath Monaghan Offaly "
                  "Roscommon Sligo Tipperary Tyrone Waterford Westmeath Wexford Wicklow").split()
TOWN_REGION = re.compile(
    rf"(?<![\w'’-])(?P<town>{_CAP}(?:\s{_CAP}){{0,2}}),\s+"
    rf"(?:(?P<code>{'|'.join(US_STATES + PROVINCES)})\b(?![\w.-]|\s*\d)|(?:Co\.|County)\s+(?:{'|'.join(IRISH_COUNTIES)})\b)")
# "Tucson: 419 …", "Hyderabad: Flat 302, …", "Colombo, No. 45/2, …": a town, then a colon or a
# comma, then the address (a house number, a flat or "No.").
TOWN_BEFORE_ADDRESS = re.compile(
    rf"(?<![\w'’-])(?P<town>{_CAP}(?:\s{_CAP}){{0,2}})\s*[:,]\s+(?=(?:\d{{1,5}}[A-Za-z]?\s+[A-Z]|(?:Flat|House|Apt|Unit|"
    r"No\.|Plot|Block|Villa)\s*\d))")


def _known(name: str) -> int:
    """How many of the last words of ``name`` name a known town (0 if none)."""
    words = name.split()
    for k in range(len(words)):
        if plain(" ".join(words[k:])) in towns():
            return len(words) - k
    return 0


GREETING_BEFORE = re.compile(r"\b(?i:dear|hi|hello|hey|thanks|thank\s+you|to|for|cc|attn)\s*,?\s*$")


def find_region_towns(text: str) -> Iterator[Finding]:
    from raremap.privacy.names import any_first_names

    for rx in (TOWN_REGION, TOWN_BEFORE_ADDRESS):
        for m in rx.finditer(text):
            name = m.group("town")
            n = _known(name)
            irish = rx is TOWN_REGION and m.group("code") is None
            if not n and not irish:
                continue
            words = name.split()
            n = n or 1  # "Oranmore, Co. Galway": the county says the word before it is a place
            start = m.start("town") + len(" ".join(words[:len(words) - n])) + (1 if n < len(words) else 0)
            town = text[start:m.end("town")]
            comma = text[m.end("town"):m.end()].strip().startswith(",")
            if rx is TOWN_BEFORE_ADDRESS and (
                    GREETING_BEFORE.search(text, max(0, start - 15), start)
                    or (comma and (plain(town) in any_first_names() or n < len(words)))):
                continue  # "Dear Lincoln, 12 …": a person written to; "Florence, 12 Mill Lane", "Miriam
                # Adler, 5 Ha-Rimon Street": a person, then their address
            end = m.end() if rx is TOWN_REGION else m.end("town")
            yield Finding(Kind.ADDRESS, start, end, text[start:end], "rule:town")
