"""Places of care named by a bare acronym of three to five capitals, known by the verb before
them: "she goes to UHL", "I attend FMC Owerri", "we're at RCH in …", "dirawat di HUSM",
"consulted at DMC and then PGI". A word for a ward or a test ("ICU", "MRI", "ENT"), a service
("NHS", "CAMHS") or a country is never taken, nor an acronym before "clinic", "team" …
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.hospitals_cued import DEPARTMENT_AFTER
from raremap.privacy.kinds import Kind

SOURCE = "rule:hospital-acronym"
ACRONYM = r"(?P<h>[A-Z]{3,5})(?![\w&/-])"
GOING = (r"(?:goes|go|going|gone|went|attends?|attending|attended|visits?|visited|visiting|consulted|"
         r"we['’]re|we\s+are|we\s+were|dirawat|dirujuk|berobat|transferred|moved|referred|sent|admitted)")
GOING_TO = re.compile(rf"\b(?i:{GOING})(?:\s+(?:at|to|di|ke|in))?\s+(?:the\s+)?{ACRONYM}")
# "… at DMC Ludhiana and then PGI": a second place after the first, once a verb of care was said
THEN = re.compile(rf"\b(?i:and\s+then|then|and\s+later|later)\s+(?:(?i:at|to)\s+)?(?:the\s+)?{ACRONYM}")
CARE_BEFORE = re.compile(r"(?i:\b(?:seen|treated|consulted|attended|admitted|followed|referred|went|taken)\s+"
                         r"(?:at|to|in)\b)")
NOT_PLACES = frozenset("""
ICU NICU PICU HDU ITU CCU SCBU NNU ED ER ENT OPD MRI CT EEG ECG EKG EMG PET DBS ERT IVIG GP NHS CAMHS
SALT MDT PICC MRCP CSF IVF PGD ABA IEP SEN SENCO DLA PIP BMT HSCT USA UAE NSW QLD WA CEO DNA RNA LOL OMG
ASAP FYI WHO CDC FDA EMA NICE BBC ATM GCSE SATS TPN NGT PEG GTUBE REHAB PHYSIO AND THE OPG EMU
""".split())
TOWN_AFTER = re.compile(r"\s+(?P<t>[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+)?)")


def find_acronym_hospitals(text: str, is_town: Callable[[str], bool]) -> Iterator[Finding]:
    for rx in (GOING_TO, THEN):
        for m in rx.finditer(text):
            name = m.group("h")
            if name in NOT_PLACES or DEPARTMENT_AFTER.match(text, m.end("h")):
                continue
            if rx is THEN and not CARE_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                continue
            end = m.end("h")
            town = TOWN_AFTER.match(text, end)
            if town and is_town(town.group("t")):
                end = town.end("t")  # "FMC Owerri": the place and its town
            yield Finding(Kind.HOSPITAL, m.start("h"), end, text[m.start("h"):end], SOURCE)


# "neuro at Gloucestershire Royal (GRH)", "Hôpital Necker (HNEM)": the acronym a place of care
# is given in brackets right after its name, and that acronym wherever else the text uses it.
BRACKETED = re.compile(r"\s*\((?P<h>[A-Z]{3,6})\)")


def bracketed_acronyms(text: str, found: list[Finding]) -> list[Finding]:
    out = []
    for f in found:
        m = BRACKETED.match(text, f.end) if f.kind is Kind.HOSPITAL else None
        if m is None or m.group("h") in NOT_PLACES:
            continue
        for again in re.finditer(rf"(?<![\w&/-]){m.group('h')}(?![\w&/-])", text):
            out.append(Finding(Kind.HOSPITAL, again.start(), again.end(), again.group(), SOURCE))
    return out
