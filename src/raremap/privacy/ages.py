"""Ages said the way people tell them: "our son is 5", "when she was three", "at 14 months",
"At nineteen I was told...", "At 70 my mother..." (the plainer forms, "aged 42", "7 years old", are in
``patterns``), and a number right after a person's name: "Mira (2)", "Sami here, 24,", "Dmitri is fourteen"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from raremap.privacy.ages_more import WORLD_NUMBER
from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.patterns import NUMBER_WORDS

# "Wilson is 2 types?", "she was 3 copies": a number of kinds, copies or doses is no age.
NOT_AGE_AFTER = (r"(?!\s*(?:%|mg|kg|cm|mm|times|days?|weeks?|hours?|minutes?|out\b|of\b|percent|/|"
                 r"(?:sub)?types?\b|kinds?\b|forms?\b|sorts?\b|copies\b|variants?\b|doses?\b|tablets?\b|"
                 r"\.\d|st\b|nd\b|rd\b|th\b|o['’]clock|am\b|pm\b|:))")
PERSON = (r"(?:son|daughter|boy|girl|child|baby|kid|brother|sister|husband|wife|twins|grandson|little\s+one|"
          r"youngest|eldest|oldest|"
          r"granddaughter|nephew|niece|mother|father|mum|mom|dad|grandmother|grandfather|grandma|"
          r"grandpa|granny|partner|uncle|aunt|cousin|friend|he|she)")
AGES = re.compile(
    # "our son is 5", "my daughter turned 12", "the twins are 9"
    rf"\b{PERSON}\s+(?:is|was|turned|turns|are|were)\s+(?:just\s+|only\s+|now\s+|almost\s+|nearly\s+)?(?P<a>\d{{1,2}}|{NUMBER_WORDS})\b"
    rf"{NOT_AGE_AFTER}"
    # "when she was three", "since I was 12"
    rf"|\b(?:when|since|until|till|before|after|by\s+the\s+time)\s+(?:I|he|she|they|we|you)\s+(?:was|were)\s+"
    rf"(?P<b>\d{{1,2}}|{NUMBER_WORDS})\b{NOT_AGE_AFTER}"
    # "diagnosed at 14 months", "walked at two years"
    rf"|\bat\s+(?:the\s+age\s+of\s+)?(?P<c>(?:\d{{1,2}}|{NUMBER_WORDS})\s+(?:months?|years?)(?:\s+old)?)\b"
    r"(?!\s+(?:ago|later|after|before|into|of|in\b|on\b))"
    # "my grandmother, 87, looks after him"
    rf"|\b(?:my|our|his|her|their)\s+{PERSON},\s*(?P<e>\d{{1,3}}|{NUMBER_WORDS}),"
    # "my grandmother (84)", "our son (7)"
    rf"|\b(?:my|our|his|her|their)\s+{PERSON}\s*\((?P<r>\d{{1,3}})\)"
    # "He has a heart defect and is 10.": a person's sentence ending "and is" a number
    rf"|(?:^|(?<=[.!?]\s))(?:He|She|They|I)\b[^.!?\n]{{0,80}}?\band\s+(?:is|am|are)\s+(?P<s>\d{{1,2}})(?=\s*(?:[.!?]|$))"
    # "he's 201 cm tall at fifteen.": a spelled number from thirteen on after "at", ending a clause
    r"|\bat\s+(?P<k>thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|"
    r"eight|nine))?)(?=\s*[.,;:!?]|\s*$)"
    # "At nineteen I was told": a spelled number opening a sentence about a person
    # "she is in her early forties", "since my teens"
    r"|\b(?:in|since|into|from)\s+(?:my|his|her|their|our|your)\s+(?P<g>(?:(?:early|mid|late)[\s-])?"
    r"(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|20s|30s|40s|50s|60s|70s|80s|90s))\b"
    # "At 70 my mother was diagnosed" (13 and over: a clock time is said with "at" too)
    rf"|(?:^|(?<=[.!?]\s))At\s+(?P<d>{NUMBER_WORDS}|1[3-9]|[2-9]\d)\b(?=\s*,?\s*(?:I|he|she|we|they|my|our|his|her)\b)"
    # "I'm now thirty-one", "she's almost 12": a person "is now" a number
    rf"|\b(?:I['’]m|I\s+am|he['’]s|he\s+is|she['’]s|she\s+is|they['’]re|we['’]re)\s+"
    rf"(?:now|just|only|almost|nearly|turning|about)\s+(?P<f>\d{{1,3}}|{NUMBER_WORDS})\b{NOT_AGE_AFTER}"
    # "he turns 40 next week", "at the age of eleven", "a 3yo", "my 4 y/o"
    rf"|\b(?:turns|turning)\s+(?P<t>\d{{1,3}}|{NUMBER_WORDS})\b{NOT_AGE_AFTER}(?!\s*(?:degrees|°))"
    rf"|\bage\s+of\s+(?P<w>{NUMBER_WORDS})\b"
    r"|\b(?P<y>\d{1,2}\s?(?:yo|y/o|y\.o\.|yr\s+old))(?![\w/])",
    re.IGNORECASE)
# "aged 3 and 5", "my boys, 4 and 7,": the second age of a pair; "me (34F)", "my husband (36M)".
MORE_AGES = re.compile(
    r"\b(?:aged?\s+\d{1,2}|(?:my|our|the)\s+(?:boys|girls|kids|children|sons|daughters|twins|grandchildren),?"
    r"\s*(?P<first>\d{1,2}))\s+(?:and|&)\s+(?P<second>\d{1,2})\b(?!\s*(?:%|mg|kg|times|days?|weeks?|hours?|minutes?))"
    r"|\(\s*(?P<rs>\d{1,2})\s?(?:[MF]|NB)\s*\)", re.IGNORECASE)
# "I was born in 1987", "born 2015": a year of birth.
BIRTH_YEAR = re.compile(r"\bborn\s+(?:in\s+)?(?P<y>(?:19|20)\d{2})\b(?!\s*(?:weeks|g\b|grams))", re.IGNORECASE)
# After a person's name: "Mira (2)", "Mira (18 months)", "Kaveh (6, Dravet …)", "Joanna, 52,", "Sami here, 24.",
# "Dmitri is fourteen", "Santiago Herrera was 62 when", "Aiyana and Dakota are seven".
# Units after a number that follows a name: English and the short words of other languages
# ("Onni, 4 v", "Lotte (6 ans)", "Zofia (14 lat)").
UNITS = (r"y|yo|yrs?|years?(?:\s+old)?|m|mo|mos|mths?|months?(?:\s+old)?|w|wks?|weeks?(?:\s+old)?|"
         r"d|days?(?:\s+old)?|v|ans|años|anos|anni|jaar|lat|lata|Jahre|yaş|tuổi|"
         # months and weeks in other languages: "Tomás, 10 meses", "Emil, 14 Monate", "Gabriele, sei mesi"
         r"meses|mes|mois|semaines|Monate|Monaten|Wochen|mesi|settimane|maanden|weken|miesięcy|miesiące|"
         r"tygodni|měsíců|měsíce|hónapos|aylık|tháng|bulan|urte|hilabete|månader|måneder|kuukautta")
AFTER_NAME = re.compile(
    rf"(?:\s+here)?\s*\((?:(?:twins|triplets|both)[,:]?\s+)?(?P<p>\d{{1,2}}½?(?:\s*(?:{UNITS}))?|{NUMBER_WORDS}|{WORLD_NUMBER})(?:\)|,\s)"
    # "Luna Reyes, 11 months,", "Mateo, 14 mo,", "Mr Hale (Derek Hale), 57,"
    # "Mr Fashola called, 63,", "Leopold Huber aus Graz, 67.": a verb or where they are from between;
    # the age may end before a dash or an emoji ("Ilse Brandt, 47 — Fabry", "Juno, 15 🙂")
    rf"|(?:\s+(?:here|called|rang|phoned|writing)|\s+(?:from|aus|uit|de|da|di|z)\s+[A-ZÀ-ÖØ-Þ][\w'’-]+|\))?"
    rf",\s*(?P<c>(?:\d{{1,3}}(?![.,/:]\d)|{NUMBER_WORDS}|{WORLD_NUMBER})(?:\s*(?:{UNITS}))?)(?=\s*[,.;:!)]|\s*$|\s+(?:and|with|from|who|now|here)\b|\s+[—–]\s|\s+[\u2600-\u27BF\U0001F300-\U0001FAFF])"
    rf"|,?\s+(?:is|was|turned|turns|are|were|will\s+be|would\s+have\s+been|would['’]ve\s+been)\s+(?:now\s+|just\s+|only\s+|almost\s+|nearly\s+)?"
    rf"(?P<v>\d{{1,2}}½|\d{{1,3}}|{NUMBER_WORDS})(?:(?<=½)|\b){NOT_AGE_AFTER}(?!\s*(?:-|–|to)\s*\d)",
    re.IGNORECASE)


def find_ages(text: str) -> Iterator[Finding]:
    for m in AGES.finditer(text):
        group = next(g for g in "abcdefgkrstwy" if m.group(g))
        s, e = m.span(group)
        yield Finding(Kind.AGE, s, e, text[s:e], "rule:age")
    for m in MORE_AGES.finditer(text):
        for group in ("first", "second", "rs"):
            if m.group(group):
                yield Finding(Kind.AGE, *m.span(group), m.group(group), "rule:age")
    for m in BIRTH_YEAR.finditer(text):
        yield Finding(Kind.DATE, *m.span("y"), m.group("y"), "rule:date")


def ages_after_names(text: str, names: Iterable[Finding]) -> Iterator[Finding]:
    """Ages written right after a name found in ``text``."""
    for f in names:
        if f.kind is not Kind.NAME:
            continue
        m = AFTER_NAME.match(text, f.end)
        if m is None:
            continue
        group = next(g for g in ("p", "c", "v") if m.group(g))
        s, e = m.span(group)
        if text[s:e].isdigit() and int(text[s:e]) > 120:
            continue
        yield Finding(Kind.AGE, s, e, text[s:e], "rule:age")
