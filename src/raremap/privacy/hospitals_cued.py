"""Places of care named bare, known by what is said around them:

- after a verb of care and its preposition, in English and other languages ("seen at Royal
  Brompton", "followed up at Wythenshawe", "Lo ven en el Garrahan", "en diálisis en el Británico",
  "acompanhado no Einstein", "Suivi à la Pitié", "seguita al Gaslini");
- as the one who follows a patient ("Addenbrooke's follows him", "KATH follows her");
- opening a record line before a patient's name and age ("Korle Bu: Kwesi Mensah, 9,"), or a
  note named after its acronym or before its field ("KATH note:", "Komfo genetics clinic note,");
- after the kind of letter that opens a clinical letter ("Lettera di dimissione, Gaslini di
  Genova, 3/4/2025", "Ontslagbrief UMCU, 9 mei", "Discharge summary, Alder Hey, …").

A town, a country, a weekday or month, a department or a single first name is never taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from raremap.privacy.calendar_words import CALENDAR_WORDS
from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.names import any_first_names
from raremap.privacy.places import NATIONALITIES, country_names

UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_WORD = rf"[{UPPER}][\w'’.-]*[\w'’]"
NAME = rf"(?P<h>{_WORD}(?:\s+(?:(?:de|del|di|da|do|du|la|le|of)\s+)?{_WORD}){{0,2}}|[A-Z]{{2,6}})"
SOURCE = "rule:hospital-cue"
CARE_VERB = (r"(?:born|delivered|seen|started|diagnosed|biopsied|scanned|infused|given|followed(?:\s+up)?|follow-up|treated|managed|admitted|operated|transplanted|"
             r"dialy[sz]ed|dialysis|infusions?|ven|atienden|atendid[oa]s?|atendemos|di[aá]lisis|tratad[oa]s?|"
             r"acompanhad[oa]s?|seguid[oa]s?|internad[oa]s?|suivie?s?|soign[ée]e?s?|hospitalis[ée]e?s?|"
             r"seguit[oa]|curat[oa]|ricoverat[oa]|behandeld|gezien|betreut|behandelt|leczon[ay]|"
             r"följs|behandlas|følges|behandles)")
PREPOSITION = (r"(?:at|in|to|en\s+el|en\s+la|en|no|na|à\s+la|à\s+l['’]|au|à|al|alla|allo|presso|nel|"
               r"nella|in\s+het|bij|im|am|w|på|hos)")
CARE_PLACE = re.compile(
    rf"\b(?i:{CARE_VERB})(?:\s+(?:again|now|regularly|here|also|there|mainly|every\s+\w+))?\s+{PREPOSITION}\s+"
    rf"(?:the\s+)?{NAME}(?![\w'’-])")
# "rituximab at Wexham", "prednisolone 40 mg, at Wythenshawe": a medicine or its dose
# given at a place
MEDICINE_AT = re.compile(
    r"(?:\d\s*(?i:mg|mcg|µg|g|ml|iu|units?)(?:/\w+)?|\b[a-z]{3,}(?:mab|nib|mide|sone|lone|sen|ase|tide|gene|parin))"
    rf"\s*,?\s+at\s+(?:the\s+)?{NAME}(?![\w'’-])")
FOLLOWS = re.compile(rf"(?<![\w'’-]){NAME}\s+(?:follows)\s+(?:him|her|them|us|me)\b")
# The kinds of letter a clinic writes, in several languages, then the place that wrote it.
LETTER = re.compile(
    r"(?:^|(?<=[.\n]\s))(?P<kind>(?i:discharge\s+(?:summary|letter)|clinic\s+letter|referral(?:\s+letter)?|consult(?:ation)?\s+note|"
    r"lettera\s+di\s+dimissione|ontslagbrief|epikris|arztbrief|entlassungsbrief|lettre\s+de\s+liaison|"
    r"compte\s+rendu|informe\s+de\s+alta|carta\s+de\s+alta|wypis\s+ze\s+szpitala|wypis|propouštěcí\s+zpráva|"
    r"epikrise|loppulausunto))"
    # then the place, then its town, a date or a colon ("Discharge summary: Noor Haddad, 5 days" names the patient)
    rf",?\s+{NAME}(?=\s*(?:,\s*(?:\d|le\b|the\b|on\b)|:|\s+(?:di|de|in|du)\s+[{UPPER}]))")
# A record line opened by the place that wrote it: "Songklanagarind: Nattapong Chaiyasit, 14,",
# "RSCM Jakarta: Rizky Pratama, 9 bulan"; a note or letter named after it ("Severance note:",
# "Hopkins genetics clinic note, …").
_FULL_NAME = rf"[{UPPER}][a-zß-öø-ÿ'’]+(?:-[{UPPER}][a-zß-öø-ÿ'’]+)?(?:\s+[{UPPER}][a-zß-öø-ÿ'’]+(?:-[{UPPER}][a-zß-öø-ÿ'’]+)?){{1,2}}"
RECORD_HEAD = re.compile(
    rf"(?:^|(?<=\n))(?P<h>{_WORD}(?:\s+{_WORD}){{0,2}})\s*:\s+(?={_FULL_NAME}\s*(?:,\s*\d{{1,3}}\b|\(\d{{1,3}}\)))"
    # a note named after an acronym or a name before its field ("GOSH note:", "Hopkins genetics clinic
    # note,"); an ordinary word before "note" is its kind ("Shift note", "Version note")
    rf"|(?:^|(?<=\n))(?P<n>[A-Z]{{2,6}}|{_WORD}(?:\s+{_WORD})?(?=\s+[a-z]+(?:ology|ics|iatry)\b))"
    rf"(?:\s+[a-z]+){{0,2}}\s+(?:note|letter|referral|consult)\b(?=\s*[:,])")
LABELS = frozenset("""
patient patients name names re subject from to cc bcc note notes minutes summary referral letter discharge
consult consultation reminder update case family staff team log chat sms text email e-mail voicemail message
complaint intake form reply fax memo admin mod moderator dear hi hello hey report result results diagnosis dx
history plan clinic ward hospital dr mr mrs ms prof nurse doctor gp parent parents mum mom dad child son
daughter baby contact address phone tel mobile mrn nhs dob age sex id ref reference urgent important new
follow-up followup ps p.s. re: fwd fw attn attention list entry record visitor caller user member
reception registration handover admission admissions triage epikris epikriz epikrise wypis vypis verwijsbrief
diary minutes notebook recordatorio rappel erinnerung promemoria lembrete telehealth ambulatory
""".split())
NOT_PLACES = frozenset("""
home school work hospital clinic the a an this that my our his her their dr prof mr mrs ms miss
doctor nurse surgeon consultant team ward unit department icu nicu picu er a&e ed gp nhs clinic
christmas easter night weekends weekend birth first last both all outpatients outpatient casualty
emergency resus theatre recovery rehab physio auntie aunt aunty uncle grandma granny grandpa nan nana mum mom dad
""".split())
# Prepositions after which a single first name may still be a person ("referred to Anna")
PERSON_AFTER = re.compile(r"\b(?i:to|in|bij|hos)\s+(?:the\s+)?$")
DEPARTMENTS = re.compile(r"(?i:.*(?:ology|iatrics|\bunit|\bward|\bclinic|\bservice|\bdepartment|\bcentre|\bcenter|"
                         r"\bhospital|\bsurgery|\bpractice|\btheatre|\bhome|\bschool)$)")
# "followed at Neurology clinic": a field before the word for its clinic is a department
DEPARTMENT_AFTER = re.compile(r"\s+(?i:clinic|service|unit|team|department|ward|outpatients)\b")


# After a place of care named bare: a pause, a capitalised word or a word that leads on ("in",
# "for", "since"); "seen at the White matter … clinic" goes on in small letters, a disease's words.
NEXT_OK = re.compile(r"\s*(?:[^\w\s]|$)|\s+(?:[A-Z0-9]|(?:in|for|since|and|until|till|every|with|on|at|near|from|"
                     r"to|where|when|because|but|or|last|this|today|yesterday|again|twice|once|who|which|y|e|et|"
                     r"en|em|de|da|di|a|para|por|pour|und|en|och|og|og|kami|mein|u|v|na|me|since)\b)")


def plausible(name: str, is_town: Callable[[str], bool], person_may: bool) -> bool:
    words = name.split()
    low = name.lower()
    if (words[0].lower() in NOT_PLACES or low in country_names() or low in NATIONALITIES
            or any(w.lower().strip(".") in CALENDAR_WORDS for w in words) or DEPARTMENTS.match(name)):
        return False
    if is_town(name) or is_town(words[0]) and len(words) == 1:
        return False  # "seen in Leeds": the town, found as such elsewhere
    # "referred to Anna": a single first name may be a person; "seen at Rosie" is a place
    return not (person_may and len(words) == 1 and low in any_first_names())


def _record_heads(text: str, is_town: Callable[[str], bool]) -> Iterator[Finding]:
    for m in RECORD_HEAD.finditer(text):
        g = "h" if m.group("h") else "n"
        name = m.group(g)
        words = name.split()
        if any(w.lower().strip(".:") in LABELS for w in words):
            continue
        if plausible(name, is_town, person_may=True):
            yield Finding(Kind.HOSPITAL, m.start(g), m.start(g) + len(name), name, SOURCE)


def find_cued_hospitals(text: str, is_town: Callable[[str], bool]) -> Iterator[Finding]:
    yield from _record_heads(text, is_town)
    for rx in (CARE_PLACE, MEDICINE_AT, FOLLOWS, LETTER):
        for m in rx.finditer(text):
            name = m.group("h").rstrip(".")
            person_may = rx not in (CARE_PLACE, MEDICINE_AT) or bool(PERSON_AFTER.search(text, m.start(), m.start("h")))
            if DEPARTMENT_AFTER.match(text, m.start("h") + len(name)) or (
                    rx in (CARE_PLACE, MEDICINE_AT) and not NEXT_OK.match(text, m.start("h") + len(name))):
                continue
            if plausible(name, is_town, person_may):
                yield Finding(Kind.HOSPITAL, m.start("h"), m.start("h") + len(name), name, SOURCE)


def letter_kinds(text: str) -> list[tuple[int, int]]:
    """Where a clinical letter says what kind of letter it is ("Lettre de liaison"): no person."""
    return [m.span("kind") for m in LETTER.finditer(text)]
