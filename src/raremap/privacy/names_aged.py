"""A person said with their age: capitalised words right before an age in brackets ("Storm (7)",
"Hope and Ezra Dlamini (twins, 6)", "Mabel (aged 4)") or, opening a sentence, a first and last
name before an age between commas ("Ewan Hartley-Fisher, 38, has …").

Such a word is a name even when it is an ordinary word ("River", "Paris"); a disease's eponym or name ("Pompe (3)")
is one only after a first name ("Jackson Weiss (3) has Jackson-Weiss syndrome"), which the
detector checks (``SOURCE``).

Also people named by a message's header ("Reply from Sigrid to Marelize") or a meeting's record
("present: Kerensa, Femi, Orla"), with the same check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.ages import UNITS
from raremap.privacy.calendar_words import CALENDAR_WORDS
from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.names import any_first_names
from raremap.privacy.patterns import NUMBER_WORDS
from raremap.privacy.places import NATIONALITIES, country_names

SOURCE = "rule:person-aged"
CAP = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?"
# "Posie (4, Cornelia de Lange syndrome)": the age may open a bracket that goes on about the person.
# The unit may be another language's ("Aada (3 v)", "Alberte (10 år)", "Élias (18 mois)").
BRACKET_AGE = (r"(?:\((?:(?:twins|triplets|both|aged|age)[,:]?\s*)?\d{1,2}(?:\s*(?:y|yo|yrs?|years?|mo|months?|"
               rf"{UNITS}|år))?"
               r"(?:\)(?!\s*\d)|,\s+(?=[A-Za-z]))"
               rf"|\((?:aged|age)\s+{NUMBER_WORDS}\))")
AGED = re.compile(
    rf"(?<![\w'’-])(?P<n>{CAP}(?:\s+{CAP}){{0,2}}(?:\s+and\s+{CAP}(?:\s+{CAP})?)?)\s*{BRACKET_AGE}"
    rf"|(?:^|(?<=[.!?]\s)|(?<=\b(?:is|am)\s)|(?<=\b(?:for|are|was)\s)|(?<=:\s))(?P<m>{CAP}\s+{CAP}),\s*\d{{1,2}},")
# Words before a bracketed number that are no one: labels, counts and kinds.
NOT_PEOPLE = frozenset("""
type types grade stage class group figure fig table chromosome trisomy day days week weeks cycle dose
step level phase part section question item patient patients visit age aged case cases family
families twins triplets both total all children kids sons daughters boys girls ward room bed score
the a an and or my our his her their this that these those i we you he she they it
mum mom mam mummy mommy dad daddy nan nana gran granny grandma grandpa grandad uncle auntie hubby baby
phone tel telephone mobile cell fax ph landline whatsapp call ring text number no ext extension
""".split())


def no_person(words: list[str]) -> bool:
    low = [w.lower() for w in words]
    return any(w in NOT_PEOPLE or w in CALENDAR_WORDS for w in low) or " ".join(low) in country_names() or (
        any(w in NATIONALITIES for w in low))


def aged_names(text: str) -> Iterator[Finding]:
    for m in AGED.finditer(text):
        g = "n" if m.group("n") else "m"
        start, end = m.span(g)
        # "Yesterday Storm (7)", "The Okonkwo twins": words that open the run and name no one
        while (lead := re.match(r"(\S+)\s+", text[start:end])) and no_person([lead.group(1)]):
            start += lead.end()
        words = text[start:end].split()
        if no_person([w for w in words if w != "and"]):
            continue
        if g == "m" and words[0].lower() not in any_first_names():
            continue  # "Fabry Hospital, 12,": only a first name makes a person of two words before an age
        yield Finding(Kind.NAME, start, end, text[start:end], SOURCE)


# People named by a message's header or a meeting's record: "Reply from Sigrid to Marelize",
# "Message from Odile for Tomasz", "present: Kerensa, Femi, Orla", "apologies Bryn and Tamsin".
_PERSON = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?"
MESSAGE = re.compile(
    rf"\b(?i:reply|message|email|e-mail|note|letter|text|sms|card|voicemail)\s+from\s+(?P<a>{_PERSON})"
    rf"\s+(?:to|for)\s+(?P<b>{_PERSON})\b")
MEETING = re.compile(
    rf"\b(?i:present|attendees|attending|apologies|in\s+attendance)\s*:?\s+(?P<list>{_PERSON}(?:\s*,\s*{_PERSON})*"
    rf"(?:,?\s+and\s+{_PERSON})?)")


def header_names(text: str) -> Iterator[Finding]:
    for m in MESSAGE.finditer(text):
        for g in ("a", "b"):
            if not no_person(m.group(g).split()):
                yield Finding(Kind.NAME, *m.span(g), m.group(g), SOURCE)
    for m in MEETING.finditer(text):
        start = m.start("list")
        for p in re.finditer(_PERSON, m.group("list")):
            if p.group() != "and" and not no_person(p.group().split()):
                yield Finding(Kind.NAME, start + p.start(), start + p.end(), p.group(), SOURCE)


# "Angel is three", "Hope turned 7 in May": a first name said to be of an age is that person,
# even when it is also a disease's eponym.
_AGE_WORD = (r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
             r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty)")
AGE_SAID_AFTER = re.compile(rf"\s+(?:is|was|turns|turned|just\s+turned)\s+(?:now\s+)?{_AGE_WORD}"
                            r"(?:\s+(?:years?|months?|weeks?)(?:\s+old)?)?(?=\s*(?:[,.;!]|and\b|now\b|today\b|$))")
