"""Ages said the way people tell them: "our son is 5", "when she was three", "at 14 months",
"At nineteen I was told...", "At 70 my mother..." (the plainer forms, "aged 42", "7 years old", are in ``patterns``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.patterns import NUMBER_WORDS

NOT_AGE_AFTER = (r"(?!\s*(?:%|mg|kg|cm|mm|times|days?|weeks?|hours?|minutes?|out\b|of\b|percent|/|"
                 r"\.\d|st\b|nd\b|rd\b|th\b|o['’]clock|am\b|pm\b|:))")
PERSON = (r"(?:son|daughter|boy|girl|child|baby|kid|brother|sister|husband|wife|twins|grandson|"
          r"granddaughter|nephew|niece|mother|father|mum|mom|dad|grandmother|grandfather|grandma|"
          r"grandpa|granny|partner|uncle|aunt|cousin|friend|he|she)")
AGES = re.compile(
    # "our son is 5", "my daughter turned 12", "the twins are 9"
    rf"\b{PERSON}\s+(?:is|was|turned|are|were)\s+(?:just\s+|only\s+|now\s+)?(?P<a>\d{{1,2}}|{NUMBER_WORDS})\b"
    rf"{NOT_AGE_AFTER}"
    # "when she was three", "since I was 12"
    rf"|\b(?:when|since|until|till|before|after|by\s+the\s+time)\s+(?:I|he|she|they|we|you)\s+(?:was|were)\s+"
    rf"(?P<b>\d{{1,2}}|{NUMBER_WORDS})\b{NOT_AGE_AFTER}"
    # "diagnosed at 14 months", "walked at two years"
    rf"|\bat\s+(?:the\s+age\s+of\s+)?(?P<c>(?:\d{{1,2}}|{NUMBER_WORDS})\s+(?:months?|years?)(?:\s+old)?)\b"
    r"(?!\s+(?:ago|later|after|before|into|of|in\b|on\b))"
    # "my grandmother, 87, looks after him"
    rf"|\b(?:my|our|his|her|their)\s+{PERSON},\s*(?P<e>\d{{1,3}}|{NUMBER_WORDS}),"
    # "At nineteen I was told": a spelled number opening a sentence about a person
    # "At 70 my mother was diagnosed" (13 and over: a clock time is said with "at" too)
    rf"|(?:^|(?<=[.!?]\s))At\s+(?P<d>{NUMBER_WORDS}|1[3-9]|[2-9]\d)\b(?=\s*,?\s*(?:I|he|she|we|they|my|our|his|her)\b)",
    re.IGNORECASE)


def find_ages(text: str) -> Iterator[Finding]:
    for m in AGES.finditer(text):
        group = next(g for g in "abcde" if m.group(g))
        s, e = m.span(group)
        yield Finding(Kind.AGE, s, e, text[s:e], "rule:age")
