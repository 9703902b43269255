"""Places of care named bare after the service seen there or an appointment: "hematology at
Sanford Bismarck", "cardiologist at Counties Manukau", "surgery in Our Lady of Lourdes",
"kidneys = Westmead", "appointment at Harefield", "cita en el Peset", "rendez-vous à la Timone",
"Termin im Klinikum Mitte". A town, a month, a department, a country or a single first name is
never taken (as in hospitals_cued), nor a name that goes on in small letters ("neuro at home")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.hospitals_cued import DEPARTMENT_AFTER, NAME, NEXT_OK, SOURCE, plausible
from raremap.privacy.kinds import Kind

SERVICE = (r"(?:neuro\w*|cardio\w*|ha?ematolog\w*|haem|heme|genetics?|geneticist|renal|kidneys?|nephro\w*|"
           r"rheum\w*|endo(?:crin\w*)?|gastro\w*|oncolog\w*|onco|derm\w*|ophthalmolog\w*|eyes|pulmonolog\w*|"
           r"respiratory|immunolog\w*|metabolic|transplant|urolog\w*|hepatolog\w*|liver|lungs|heart|"
           r"surgery|surgeon|surgeons|nicu|picu|scbu|neonatal|maternity|rehab)")
APPOINTMENT = (r"(?:appointment|appt|consult(?:ation)?|cita|consulta|rendez-vous|rdv|termin|afspraak|"
               r"visita|wizyta|turno)")
PREPOSITION = (r"(?:at|in|=|en\s+el|en\s+la|en|no|na|à\s+la|à\s+l['’]|au|à|al|alla|presso|nel|nella|"
               r"im|am|in\s+het|bij|w)")
DEPARTMENT_AT = re.compile(
    rf"\b(?i:{SERVICE}|{APPOINTMENT})\s*{PREPOSITION}\s+(?:the\s+)?{NAME}(?![\w'’-])")
NAME_BEFORE = re.compile(r"[A-Z][\w'’-]+\s+$")
# "cardiologist at Counties Manukau thinks …": the place's team speaking
SAYS = re.compile(r"\s+(?:is|was|are|were|after|before|thinks|think|says|said|wants|confirmed|agreed|rang|called|wrote|reckons)\b")


def find_department_hospitals(text: str, is_town: Callable[[str], bool]) -> Iterator[Finding]:
    for m in DEPARTMENT_AT.finditer(text):
        if m.group()[0].isupper() and NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Brook Lane Surgery in Bromley": the word ends a place's name, and the town follows
        name = m.group("h").rstrip(".")
        if len(name) < 3:
            continue  # "Termin am Mo.": a weekday said short
        end = m.start("h") + len(name)
        if DEPARTMENT_AFTER.match(text, end) or not (NEXT_OK.match(text, end) or SAYS.match(text, end)):
            continue
        # "surgery in Our Lady of Lourdes": a hospital named for Our Lady is a place, though "our" is no name
        check = name[4:] if name.startswith("Our Lady") else name
        if plausible(check, is_town, person_may=False):
            yield Finding(Kind.HOSPITAL, m.start("h"), end, name, SOURCE)
