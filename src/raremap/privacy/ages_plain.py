"""Ages said bare, with no "aged" or "years old" around them:

- a spelled number from thirteen up standing alone between commas or before a full stop
  ("Marfan syndrome, fifty-two, on losartan", "I am Ade Bello, sixty-one years, from Ibadan"): a
  count of things is written in figures, a spelled number on its own in a clause is how old
  someone is;
- a relative named without "my" and a number in brackets ("mum (79)", "Grandad (84) fell");
- "now" and a spelled number between commas, in several languages ("Ole, jetzt acht, hat …",
  "Inès, maintenant douze, …", "Tom, now nine, …").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.ages_more import WORLD_NUMBER
from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.patterns import NUMBER_WORDS

SOURCE = "rule:age"
# Thirteen to ninety-nine in words: below that a bare number word is as often a count ("two, maybe three").
_GROWN = (r"(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
          r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|"
          r"seven|eight|nine))?)")
BETWEEN_COMMAS = re.compile(
    rf"(?:(?<=[,;]\s)|(?<=[—–]\s))(?P<a>(?i:{_GROWN})(?:\s+(?i:years?))?)(?=\s*[,;]\s|\s*\.(?:\s|$))")
RELATIVE = (r"mum|mom|mam|mummy|mommy|mother|dad|daddy|father|nan|nana|nanna|gran|granny|grandma|grandpa|grandad|"
            r"granddad|grandmother|grandfather|husband|wife|son|daughter|brother|sister|uncle|aunt|auntie|"
            r"hubby|partner|baby")
# "mum (79)", "kid (18 mo)", "toddler (2y)": with a unit of months or years too ("partner (43M)" is a
# man of 43: the letter of a sex stays outside)
RELATIVE_AGED = re.compile(rf"(?<![\w'’-])(?i:{RELATIVE}|kid|child|toddler|boy|girl|bub|bubba)\s*"
                           r"\((?P<r>\d{1,3}(?:\s?(?:mo|mos|months?|y|yo|yrs?|years?|wks?|weeks?))?)\)")
NOW = (r"now|jetzt|nun|inzwischen|maintenant|désormais|ahora|agora|adesso|ora|nu|teraz|nyt|nå")
NOW_AGED = re.compile(
    rf",\s*(?i:{NOW})\s+(?P<n>(?i:{NUMBER_WORDS})|{WORLD_NUMBER})(?=\s*,)")


def find_plain_ages(text: str) -> Iterator[Finding]:
    for rx, group in ((BETWEEN_COMMAS, "a"), (RELATIVE_AGED, "r"), (NOW_AGED, "n")):
        for m in rx.finditer(text):
            s, e = m.span(group)
            if group == "r" and int(re.sub(r"\D", "", m.group("r"))) > 120:
                continue
            yield Finding(Kind.AGE, s, e, text[s:e], SOURCE)
