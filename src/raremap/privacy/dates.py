"""Dates in the forms the plainer rules of ``patterns`` leave out: year first with slashes or
dots ("2024/11/05", "2023.10.02"), a month's short name between hyphens ("5-Mar-2024") or before a
short year ("Mar '26"), a
weekday before a day ("Thursday the 14th"), month names in French, Spanish, Italian,
Portuguese, German, Dutch, Polish, the Nordic languages, Hungarian, Romanian, Russian and Ukrainian ("7 janvier
2023", "15 de marzo de 2021", "12 czerwca 2025", "1 maj 2024", "2025. március 4."), and a day and month
without a year after "birthday", "born on" or "date of birth" ("birthday is 12/25")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.patterns import YEAR

SHORT_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
FOREIGN_MONTH = (
    r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
    r"decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
    r"diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|"
    r"março|maio|junho|julho|setembro|outubro|dezembro|Januar|Februar|März|Juni|Juli|Oktober|Dezember|"
    r"januari|februari|maart|mei|juni|juli|augustus|oktober|"
    # Dutch and Danish months written as in English but in small letters after a day ("8 november 2025")
    r"april|september|november|december|"
    # Russian and Ukrainian (of the month): "1 октября", "12 березня 2024"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
    # Polish (of the month), Nordic, Hungarian
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października|"
    r"pazdziernika|listopada|grudnia|maj|augusti|januar|februar|marts|juni|juli|desember|"
    r"január|február|március|április|május|június|július|augusztus|szeptember|október|"
    r"ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie)")
SMALL_MONTH = (r"(?:january|february|march|april|june|july|august|september|october|november|december|"
               r"jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec)")
HU_MONTH = r"(?:január|február|március|április|május|június|július|augusztus|szeptember|október|november|december)"
DATES = re.compile(
    rf"(?<![\d/.-]){YEAR}([/.])[01]?\d\1[0-3]?\d(?![\d/]|\.\d)"                          # 2024/11/05
    rf"|\b[0-3]?\d-(?i:{SHORT_MONTH})-(?:{YEAR}|\d{{2}})\b"                           # 5-Mar-2024
    rf"|\b(?-i:{SHORT_MONTH})\.?\s+['’]\d{{2}}\b(?!['’])"                                      # Mar '26
    rf"|\b{WEEKDAY}\.?,?\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)\b"                      # Thursday the 14th
    rf"|\b{WEEKDAY}\.?,?\s+[0-3]?\d/[01]?\d\b(?!/|\.\d)"                              # Wed 29/01
    rf"|\b[0-3]?\d\.?(?:\s+de)?\s+(?i:{FOREIGN_MONTH})(?:\s+(?:de\s+)?{YEAR})?\b(?!\s+Clinic)"  # 7 janvier
    rf"|\b{YEAR}\.\s+(?i:{HU_MONTH})\s+[0-3]?\d\.?"                                # 2025. március 4.
    r"|(?<!\d)(?:19|20)\d{2}\s?年\s?[01]?\d\s?月(?:\s?[0-3]?\d\s?[日号])?"                # 2025年6月12日
    rf"|\b(?:birthday|birth\s+date|date\s+of\s+birth|DOB|d\.o\.b\.|born\s+on)\s*(?:is|was|:)?\s*"
    r"(?P<dm>[0-3]?\d[/.][0-3]?\d)(?![\d/]|\.\d)"                                       # birthday is 12/25
    # "INR 3.2 on 12/10": a day and month after "on", "until", "by"... (three digits at least, so no
    # "from 1/2 tablet"), not a fraction or a score before "of", a unit or "times"
    r"|\b(?:on|until|till|by|before|after|since)\s+(?P<dm2>(?:[0-3]\d/[0-3]?\d|[1-9]/[0-3]\d))(?![\d/]|[.,]\d)"
    r"(?!\s*(?:of\b|mg|mcg|g\b|ml|tabs?|tablets?|doses?|x\b|times|days|weeks|hours|points|mmHg|scale))"
    # "surgery on 12 jan", "since 3 march 2024": a day and an English month written small after a word
    # of time (the capitalised forms are found in patterns.DATE)
    rf"|\b(?:on|from|until|till|since|by|before|after)\s+(?P<dm3>[0-3]?\d(?:st|nd|rd|th)?\s+(?-i:{SMALL_MONTH})"
    rf"(?:\s+{YEAR})?)(?![\w'’])",
    re.IGNORECASE)


# "pain on 7/10", "power on 4/5": a score, not a day and month
SCORE_BEFORE = re.compile(r"\b(?i:pain|score|scored|rated|rating|scale|grade|strength|power|mood)\b[^.;]{0,12}$")


def find_dates(text: str) -> Iterator[Finding]:
    for m in DATES.finditer(text):
        g = next((g for g in ("dm", "dm2", "dm3") if m.group(g)), 0)
        if g == "dm2":
            a, b = (int(x) for x in m.group(g).split("/"))
            if not ((1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)) or (
                    SCORE_BEFORE.search(text, max(0, m.start() - 24), m.start())):
                continue
        s, e = m.span(g)
        if g == "dm3" and text[s:e].lower().endswith("may") and re.match(r"\s+[a-z]", text[e:e + 2]):
            continue  # "on 5 may need …": the verb, not the month
        yield Finding(Kind.DATE, s, e, text[s:e], "rule:date")
