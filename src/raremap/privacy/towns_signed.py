"""The town of a signature or a header line: the words right after a person's name or age, set off
by a comma, a middle dot, a bar or a slash ("— Teagan Ross, Bendigo", "Name · Brunswick East ·
0402 …", "priya / 21 / leicester"), or joined by "of" ("Gwen Hale of Cheltenham", Swahili "wa
Mombasa"). A town the gazetteer knows is taken before a stop, a comma or the end of the line; a
town it does not know only when a phone number or an e-mail follows it ("Name, Narromine, 0427 …",
"Name, Enniskillen, tel. 028 …"). A first name, a month, a country, a nationality, a place of care
or a word in capitals is no town."""

from __future__ import annotations

import re

from raremap.privacy.calendar_words import CALENDAR_WORDS
from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.places import CARE_PLACE_END, NATIONALITIES, NOT_TOWNS, country_names

SOURCE = "rule:context-guess"
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’]+"
_JOIN = r"(?:-(?:(?:sur|sous|en|le|la|les|de|on|upon|am|an|im|in)-)?|\s)"
# "Наталья Крылова, Самара", "63 года, Екатеринбург;", "…، الرياض،": a town in another script
_SCRIPT = r"[\u0400-\u052f\u0370-\u03ff\u1f00-\u1fff\u0620-\u06d3\u05d0-\u05ea]+"
AFTER_PERSON = re.compile(
    r"(?P<sep>\)?\s*(?:,|،|·|\||/)\s*|\s+(?:of|wa)\s+)"
    rf"(?P<town>{_CAP}(?:{_JOIN}{_CAP}){{0,2}}|[a-z][a-z'’-]{{3,}}|{_SCRIPT}(?:[\s-]{_SCRIPT}){{0,2}})"
    r"(?P<end>\s*(?:[,،.;:|·/!?)]|\n|$))")
# What may stand between an unknown town and the phone or e-mail after it: "tel.", "cel.", "HP".
CONTACT_GAP = re.compile(r"\s*(?:(?i:tel|tél|cel|cell|mob|mobile|ph|phone|hp|simu|telefon|telefone)\.?:?\s*)?")
CONTACTS = (Kind.PHONE, Kind.EMAIL)


def _is_known(town: str) -> bool:
    from raremap.privacy.towns import plain, towns
    from raremap.privacy.towns_scripts import script_plain, script_towns

    return (plain(town) in towns() or plain(town.replace(" ", "-")) in towns()
            or script_plain(town) in script_towns())


def towns_after_people(text: str, found: list[Finding], first_names: frozenset[str]) -> list[Finding]:
    """Towns signed after a name or an age that no other finding covers."""
    taken = [(f.start, f.end) for f in found]
    contact_starts = {f.start for f in found if f.kind in CONTACTS}
    model_names = {(f.start, f.end) for f in found if f.kind is Kind.NAME and f.source == "ner"}
    # "Ospedale San Gerardo, Monza", "from Wilson, North Carolina": a name the model read inside a
    # place of care or a town is no person, and what follows it is that place's town or region
    places = [(f.start, f.end) for f in found if f.kind in (Kind.HOSPITAL, Kind.ADDRESS)]
    out = []
    for f in found:
        if f.kind not in (Kind.NAME, Kind.AGE) or any(s < f.end and f.start < e for s, e in places):
            continue
        m = AFTER_PERSON.match(text, f.end)
        if m is None:
            continue
        town, sep = m.group("town"), m.group("sep").strip(" )")
        low = town.lower()
        words = low.replace("-", " ").split()
        small = town.islower()
        if (town.isupper() or low in first_names or words[0] in first_names or low in country_names()
                or words[0] in NOT_TOWNS or words[0] in CALENDAR_WORDS or words[0] in NATIONALITIES
                or words[-1] in CARE_PLACE_END
                or any(s < m.end("town") and m.start("town") < e for s, e in taken
                       # "Наталья Крылова, Самара": the model's name that is exactly a known town is no person
                       if not ((s, e) in model_names and (s, e) == m.span("town") and _is_known(town)))):
            continue
        if small and (sep != "/" or not _is_known(town)):
            continue  # a town written small only between slashes ("priya / 21 / leicester")
        if sep in ("of", "wa") and not _is_known(town):
            continue
        if not _is_known(town):
            gap = CONTACT_GAP.match(text, m.end())
            if not (m.group("end").strip() in (",", "،") and gap and gap.end() in contact_starts):
                continue
        out.append(Finding(Kind.ADDRESS, *m.span("town"), town, SOURCE))
    return out
