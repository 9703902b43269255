"""A post signed with how old the writer is and where they live, often in small letters:
"kai, 24, hamilton", "— mo, 33, dudley", "ren (15, osaka)", "liv 40 bergen @liv_b",
"Stage IV? no. 58, Adelaide.". A bare number (one or two figures, maybe with "f" or "m") right
before a town the gazetteer knows is an age, the town is where that person lives, and a single
word (or two written small) just before the age, at the start of a clause, is the person's name
when it is a known first name or follows "yo", "bin", "sou", "soy", "I'm" or a dash.

Only a town of ``towns.txt`` counts (it holds no everyday English word); a number after a word
or a measure ("CRP 88, Leeds", "type 2, …", "2.4") is no age.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.calendar_words import CALENDAR_WORDS
from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.places import NATIONALITIES, NOT_TOWNS, country_names

SOURCE = "rule:signoff"
_WORD = r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž][\w'’-]*"
SIGNOFF = re.compile(
    r"(?P<age>(?<![\w.,/:+-])\d{1,2}(?![.,]\d))(?:\s?[fmFM]\b)?"
    r"(?P<gap>\s*,\s*|\s+)(?:(?i:aus|from|uit|de|in)\s+)?"
    rf"(?P<town>{_WORD}(?:\s{_WORD})?)")
# where a bare age may stand: the start, after a comma, a bracket, a dash or a sentence's end
AGE_AFTER = re.compile(r"(?:^|[,(;—–]\s*|[.!?]\s+)$")
# "Apt. 3, Québec", "No. 9, Pune": a flat's or a house's number, not an age
NUMBER_LABEL = re.compile(r"\b(?i:ap|app|apt|apto|appt|no|nr|n°|flat|unit|lot|blk|bl|shk|st|ste|suite|piso|dept|"
                          r"house|room|floor|box|pallati|bus)\.?\s*$")
# "… 88 Lombard Road", "16, Marshall syndrome": a street or an eponym, not a town
NOT_TOWN_AFTER = re.compile(r"['’]?s?\s+(?i:road|rd|street|st|avenue|ave|lane|drive|way|close|crescent|place|court|"
                            r"gardens|terrace|grove|park|square|hill|row|walk|disease|syndrome|disorder|palsy|fever|"
                            r"virus|sign|criteria|classification|anomaly|disease)\b")
# the person before the age: "kai, 24", "ren (15", "liv 40", "— mo sal, 33"
NAME_BEFORE = [re.compile(
    rf"(?<![\w'’-])(?P<name>[A-Za-zÀ-ÖØ-öø-ÿ][a-zß-öø-ÿ'’]+{two})(?P<sep>\s*,\s*|\s+|\s*\(\s*)$")
    for two in (r"\s[a-zß-öø-ÿ'’]+", "")]
# what may stand before that name: the start, a sentence's end, a quote, a dash, "for", "from"
CLAUSE_BEFORE = re.compile(r"(?:^|[.!?:;\"“]\s+|[—–-]\s*|\b(?i:for|from)\s+)$")
INTRO_BEFORE = re.compile(r"(?:[—–-]\s*|\b(?i:yo|bin|sou|soy|i['’]m|im|its|it['’]s|for|from)\s+)$")
# "— ravi, 28", "sou Duda, 33, faço …": a name introduced and its age, with no town after
INTRODUCED_AGE = re.compile(
    r"(?:[—–]\s*|(?<![\w'’])(?i:yo|bin|sou|soy|i['’]m|im|its|it['’]s|sono|je\s+suis|ich\s+bin)\s+)"
    r"(?P<name>[A-Za-zÀ-ÖØ-öø-ÿ][a-zß-öø-ÿ'’]+)\s*,\s*(?P<age>\d{1,2})(?![\w.,/:-]*\d)(?=\s*(?:[,.;!?)]|$))")
NOT_NAME = frozenset("""
the a an and or but so me my we us our age aged here hi hey hello thanks thank yes no ok okay
now just about over under only also at in on of to by with from for mum mom dad son daughter kid baby she he they i you yo bin sou soy im its
type stage grade class group day days week weeks month year ward bed room unit floor level trisomy chromosome
exon intron dose cycle round number no nr page line
""".split())


def _town(words: list[str]) -> int:
    from raremap.privacy.towns import plain, towns_not_words

    for n in range(len(words), 0, -1):
        low = plain(" ".join(words[:n]))
        if len(low) >= 4 and low in towns_not_words() and not (
                low.split()[0] in NOT_TOWNS or low in CALENDAR_WORDS or low in NATIONALITIES
                or low in country_names()):
            return n
    return 0


def _person(text: str, age_start: int) -> tuple[int, int] | None:
    """The name right before the age, if it opens a clause and is a first name or is introduced."""
    from raremap.privacy.names import any_first_names

    for rx in NAME_BEFORE:
        m = rx.search(text, max(0, age_start - 30), age_start)
        if m is None or any(w in NOT_NAME for w in m.group("name").lower().split()):
            continue
        s = m.start("name")
        intro = INTRO_BEFORE.search(text, max(0, s - 6), s) is not None
        if intro or (CLAUSE_BEFORE.search(text, max(0, s - 8), s) and (
                m.group("name").lower() in any_first_names() or "," in m.group("sep") or "(" in m.group("sep"))):
            return m.span("name")
    return None


def find_signoffs(text: str) -> Iterator[Finding]:
    for m in INTRODUCED_AGE.finditer(text):
        low = m.group("name").lower()
        if low in NOT_NAME or low in CALENDAR_WORDS or low in NATIONALITIES or low in country_names():
            continue
        yield Finding(Kind.NAME, *m.span("name"), m.group("name"), SOURCE)
        yield Finding(Kind.AGE, *m.span("age"), m.group("age"), SOURCE)
    for m in SIGNOFF.finditer(text):
        age = int(m.group("age"))
        if not 1 <= age <= 99:
            continue
        words = m.group("town").split()
        n = _town(words)
        if not n:
            continue
        ts = m.start("town")
        te = ts + len(" ".join(words[:n]))
        if text[te:te + 1].isalnum() or NOT_TOWN_AFTER.match(text, te) or NUMBER_LABEL.search(
                text, max(0, m.start("age") - 12), m.start("age")):
            continue
        person = _person(text, m.start("age"))
        bare = AGE_AFTER.search(text, max(0, m.start("age") - 4), m.start("age")) is not None
        # "liv 40 bergen", "CRP 88, Leeds": after a word, only when that word is a person
        if person is None and not (bare and "," in m.group("gap")):
            continue
        if person is not None:
            yield Finding(Kind.NAME, *person, text[person[0]:person[1]], SOURCE)
        yield Finding(Kind.AGE, *m.span("age"), m.group("age"), SOURCE)
        yield Finding(Kind.ADDRESS, ts, te, text[ts:te], SOURCE)
