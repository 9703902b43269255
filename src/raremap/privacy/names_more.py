"""More places where a word can only be a person's name, even a name that is also a common word
(Grace, Will, Rose, Joy, Sunny, Hope):

- a full name after a self-introduction ("my name is Ji-woo Choi,", "I'm Siobhán Ní Dhubhghaill
  and"), after "it's" ("hi its Tuğba from İzmir"), after "send to:" or "attn";
- a name spoken to: "thank u Joy", "omg Grace it's …", "hope u r ok grace x";
- a name with an age or birth after it: "Finn, 10", "Tupac Quispe (12)", "Théo (deux ans)",
  "Amara (born 05-11-2017)", "Rose would've been twelve", "Will will be 18";
- a name with a role in brackets ("Hope (volunteer)", "copy me (Aisling)");
- two names that are twins or siblings ("Sunny and Will are twins");
- a family by its name ("the Obi-Smith family"), a late relative ("my late father Emeka Nwosu").

Each is a guess: a disease or symptom name found there cancels it ("Thanks Pompe …").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.calendar_words import CALENDAR_WORDS
from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.names import (
    AMBIGUOUS,
    NOT_HERE,
    NOT_IN_NAMES,
    census_first_names,
    world_first_names,
)
from raremap.privacy.names_said import SOURCE as SAID
from raremap.privacy.patterns import NUMBER_WORDS
from raremap.privacy.places import NATIONALITIES, PLATFORMS, country_names

NAME_WORD = r"(?:Ma?c|O['’])?[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ža-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž'’]+)?"
PARTICLE = r"(?:de|da|van|von|der|den|di|del|la|le|ter|ten|bin|ben|al|el|Ní|Nic|Mac|Ó|Ua)"
FULL_NAME = rf"{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)?{NAME_WORD}){{0,3}}"
PAUSE = r"(?=\s*(?:[,.!;:—–)]|\s-\s|$)|\s+(?:and|from|in|on|here|again|by|with|\()\b)"
# "my name is Ji-woo Choi,", "I'm Siobhán Ní Dhubhghaill and", "hi its Tuğba from".
INTRODUCED = re.compile(
    rf"\b(?i:my\s+name\s+is|my\s+name['’]s|i['’]m|i\s+am|this\s+is|it['’]s|its|it\s+is|call\s+me)\s+"
    rf"(?P<name>{FULL_NAME}){PAUSE}")
# "Please send to: Hiroshi Watanabe,", "attn May Thompson", "c/o Ana Ruiz".
ADDRESSEE = re.compile(
    rf"\b(?i:send\s+(?:it\s+|them\s+)?to|post\s+(?:it\s+)?to|addressed\s+to|attn\.?|attention(?:\s+of)?|c/o|"
    rf"deliver\s+to|recipient|addressee)\s*:?\s+(?P<name>{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)?{NAME_WORD}){{1,3}})"
    r"(?=\s*[,.;:\n]|\s*$)")
# Spoken to: "thank u Joy", "omg Grace it's", "love you Rose".
SPOKEN_TO = re.compile(
    r"\b(?i:thank\s+(?:you|u)|thanks|thx|ty|omg|hi|hey|hello|hiya|dear|morning|evening|night|congrats|"
    r"congratulations|welcome|love\s+(?:you|u|ya)|miss\s+(?:you|u|ya)|sorry|bless\s+you|well\s+done|"
    r"happy\s+birthday)[,!]?\s+(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)\b(?!['’]s\b)")
# "hope u r ok grace x": a first name in small letters before the kisses ending a message.
KISSES = re.compile(r"(?<![\w'’-])(?P<name>[a-z][a-z'’-]{2,})[,!]?\s+x{1,4}\s*[!.]?\s*$")
AGE = rf"(?:(?:\d{{1,2}}|[a-zà-ÿ]+)\s+(?:ans|años|anos|anni|jaar|Jahre|lata|lat|tuổi)|\d{{1,2}}|{NUMBER_WORDS})"
# "Finn, 10", "Harper, 7, Moorfields", "Tupac Quispe (12)", "Théo (deux ans)", "Amara (born …)".
WITH_AGE = re.compile(
    rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})(?:"
    rf",\s*\d{{1,2}}(?:\s*(?:y|yo|yrs?|m|mo))?(?=\s*(?:[,.;!)]|$))"
    # "Olusegun Adeyemi, NIN 1234…", "Wiremu Tane, DOB …": a record's person before their ids
    r"|,\s*(?=(?:DOB|D\.O\.B\.?|NHS|MRN|NIN|NHI|SSN|PESEL|CPR|BSN|born|b\.|d\.o\.b\.?)[\s:])"
    rf"|\s*\((?:{AGE}(?:\s*(?:y|yo|yrs?|years?|m|mo|months?))?(?=\s*[),])|(?:born|b\.|dob|DOB|née|nee)\b))")
# "Rafferty, 20 mo", "baby Caspian, ten weeks", "Tomás, 10 meses", "Marguerite Delacroix-Hale, 33 y/o":
# an age with its unit after a name nobody listed (a bare number is not enough: "Dose, 7").
AGE_UNIT = (r"(?:y/o|yo|yrs?|years?(?:\s+old)?|mo|mos|mths?|months?(?:\s+old)?|wks?|weeks?(?:\s+old)?|"
            r"days?\s+old|ans|años|anos|anni|jaar|Jahre|lat|lata|meses|mois|Monate|mesi|maanden|miesięcy|tuổi)")
WITH_AGE_UNIT = re.compile(
    rf"(?<![.!?]\s)(?<!^)(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}),\s*(?:\d{{1,2}}|{NUMBER_WORDS})\s*{AGE_UNIT}"
    r"(?=\s*(?:[,.;!)]|$))")
# "Rose would've been twelve", "Will will be 18", "Mia is 4": a first name then an age.
NAME_THEN_AGE = re.compile(
    rf"(?P<name>[A-Z][a-z'’-]+)\s+(?:is|was|turned|turns|will\s+be|would['’]ve\s+been|would\s+have\s+been)\s+"
    rf"(?:now\s+|just\s+|only\s+|almost\s+|nearly\s+)?(?:\d{{1,2}}|{NUMBER_WORDS})\b"
    r"(?!\s*(?:%|mg|kg|cm|mm|times|days?|weeks?|hours?|minutes?|out\b|of\b|percent|/|\.\d|:|st\b|nd\b|rd\b|th\b|"
    # "Wilson is 2 types": kinds, copies and doses are counted, not aged
    r"(?:sub)?types?\b|kinds?\b|forms?\b|sorts?\b|copies\b|variants?\b|doses?\b|tablets?\b))")
# "Hope (volunteer)", "copy me (Aisling)".
ROLE_AFTER = re.compile(
    r"(?P<name>[A-Z][a-z'’-]+)\s*\((?:volunteer|nurse|carer|mum|mom|dad|admin|moderator|mod|host|"
    r"coordinator|organi[sz]er|chair|secretary|treasurer|patient|sister|brother|daughter|son)\)"
    r"|\b(?:me|us|him|her)\s*\((?P<me>[A-Z][a-z'’-]+)\)")
# A rota or a contact: "Hope (Mon), Faith (Tue)", "Ffion (DPO)", "questions go to Glenys on ext. 214".
ROTA = re.compile(
    r"(?P<name>[A-Z][a-z'’-]+)\s*\((?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?|DPO|manager|"
    r"receptionist|lead|team\s+lead|admin|caller|on\s+call)\)"
    r"|\b(?:go(?:es)?|went|talk|speak|send|pass|forward|transfer)\s+(?:it\s+|them\s+)?to\s+"
    r"(?P<to>[A-Z][a-z'’-]+)\s+(?:on|at)\s+(?=ext\b|ext\.|extension\b|\+?\d)")
# "Sunny and Will are twins", "Aiyana & Dakota are both".
PAIR = re.compile(
    r"(?P<a>[A-Z][a-z'’-]+)\s+(?:and|&)\s+(?P<b>[A-Z][a-z'’-]+)\s+(?:are|were)\s+"
    r"(?:twins|triplets|both|my|our|siblings|brothers|sisters|cousins|best\s+friends)\b")
# "the Obi-Smith family", "the Nakamuras".
FAMILY = re.compile(rf"\bthe\s+(?P<name>{NAME_WORD})\s+(?:family|household|twins|kids|children)\b")
# "my late father Emeka Nwosu": a relative who died, then a name.
LATE = re.compile(
    rf"\b(?i:my|our|his|her|their)\s+(?i:late)\s+(?i:father|mother|husband|wife|son|daughter|brother|"
    rf"sister|dad|mum|mom|partner|grandfather|grandmother|grandad|granny|uncle|aunt)\s*,?\s+"
    rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})")
NOT_NAMES = frozenset("""
all everyone everybody team folks guys ladies friends sir madam doctor doc nurse mum mom dad there
again both you u ya yall all y'all back home soon today tonight guys girls lovely hun love babe
mate sweetie dear darling sis bro thanks thank please sorry yes no ok okay god lord jesus christmas
easter hugs xx
""".split())


# First names that are also words ("Will", "Sunny", "Rose"), known where a name must stand.
WORD_NAMES = AMBIGUOUS - frozenset("""
an in so do can is see ok son sun my the un else long young china asia india ma pa jan lane
english french german norman christmas easter lovely love white black brown green art page
""".split())


def _known_first(word: str) -> bool:
    w = word.lower()
    return w in census_first_names() or w in world_first_names() or w in WORD_NAMES


def _plain(words: list[str]) -> bool:
    """No word is a calendar word, a country, a nationality, a platform or a word names lack."""
    return all(w.lower() not in CALENDAR_WORDS and w.lower() not in country_names()
               and w.lower() not in NATIONALITIES and w.lower() not in PLATFORMS
               and w.lower().rstrip("'’s") not in NOT_IN_NAMES and w.lower() not in NOT_HERE
               and w.lower() not in NOT_NAMES for w in words)


def _guess(text: str, s: int, e: int) -> Finding:
    return Finding(Kind.NAME, s, e, text[s:e], "rule:context-guess")


def find_more_names(text: str) -> Iterator[Finding]:
    for rx in (INTRODUCED, ADDRESSEE, LATE, FAMILY):
        for m in rx.finditer(text):
            if _plain(m.group("name").split()):
                yield _guess(text, *m.span("name"))
    for m in SPOKEN_TO.finditer(text):
        if _known_first(m.group("name")) and _plain([m.group("name")]):
            yield _guess(text, *m.span("name"))
    kiss = KISSES.search(text)
    if kiss and _known_first(kiss.group("name")) and _plain([kiss.group("name")]):
        yield _guess(text, *kiss.span("name"))
    for m in WITH_AGE.finditer(text):
        words = m.group("name").split()
        # "Dose (7)": a lone unknown word needs more than a bare number ("Théo (deux ans)", "(born …")
        if len(words) == 1 and not _known_first(words[0]) and re.match(r",\s*[^\d\s]", text[m.end("name"):]):
            continue  # an id after a lone unknown word ("Clinic, NHS …") names no one
        bracket = re.match(r"\s*\(\s*(?!\d{1,2}\s*\)|\d{1,2}\s*,)", text[m.end("name"):m.end() + 3]) is not None
        if (len(words) > 1 or bracket or _known_first(words[0])) and _plain(words):
            # "Harper, 7": a first name nobody uses as a word, with an age, is a child even when
            # a disease bears the name; only the disease said there cancels it.
            person = len(words) == 1 and words[0].lower() not in WORD_NAMES and _known_first(words[0])
            yield Finding(Kind.NAME, *m.span("name"), m.group("name"), SAID) if person else _guess(text, *m.span("name"))
    for m in WITH_AGE_UNIT.finditer(text):
        if m.start() > 0 and _plain(m.group("name").split()):
            yield _guess(text, *m.span("name"))
    for m in NAME_THEN_AGE.finditer(text):
        if _known_first(m.group("name")) and _plain([m.group("name")]):
            yield _guess(text, *m.span("name"))
    for m in ROLE_AFTER.finditer(text):
        g = "name" if m.group("name") else "me"
        if _plain([m.group(g)]):
            yield _guess(text, *m.span(g))
    for m in ROTA.finditer(text):
        g = "name" if m.group("name") else "to"
        if _known_first(m.group(g)) and _plain([m.group(g)]):
            yield _guess(text, *m.span(g))
    for m in PAIR.finditer(text):
        if all(_known_first(m.group(g)) and _plain([m.group(g)]) for g in "ab"):
            yield _guess(text, *m.span("a"))
            yield _guess(text, *m.span("b"))
