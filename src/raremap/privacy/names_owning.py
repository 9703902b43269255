"""People told by a phrase around them that no other rule reads: "Marit here, 41" and "yo tevita
here (19)" (a word then "here" and an age), "our 15-year-old Cosimo" (a capitalised word after
an age in years, months or weeks), and "for Ottilie's Alagille" (a capitalised word owning a
disease: that person's disease; not an eponym itself, "Crohn's colitis", unless a known first name)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.allow_list import DiseaseVocabulary
from raremap.privacy.calendar_words import CALENDAR_WORDS
from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.names import any_first_names
from raremap.privacy.names_aged import NOT_PEOPLE
from raremap.privacy.patterns import NUMBER_WORDS

SOURCE = "rule:context-guess"
HERE = re.compile(
    r"(?:^|[.!?]\s|\b(?i:yo|hi|hey|hello|hiya|heya|ok),?\s)"
    r"(?P<n>[A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’-]{2,}(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)?)\s+here\s*(?:,\s*\d{1,2}\b(?![.,]\d)|\(\d{1,2}\))")
NOT_HERE = frozenset("""anyone everyone someone somebody nobody everybody mum mom dad mam nan gran me we i it just also
new still same hello hi hey yo ok all who what staff admin team""".split())
AGED_BEFORE = re.compile(
    rf"\b(?:\d{{1,2}}|(?i:{NUMBER_WORDS}))[-\s](?i:year|month|week|day)s?[-\s]old\s+(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?)\b")
# "it's aunty Folake", "her bubba Kōwhai", "Mum (Beryl)": a familiar word for a relative then a capitalised
# name, or any word for a relative then a name in brackets ("my sister Ann" is read by other rules)
RELATIVE = re.compile(
    r"\b(?:(?i:aunty|auntie|grandma|granny|nana|nanna|nan|gran|grandad|granddad|grandpa|bubba|hubby|wifey)\s+"
    r"|(?i:aunt|uncle|cousin|mum|mam|mom|dad|sister|brother|niece|nephew|baby)\s*(?P<b>\()\s*)"
    r"(?P<n>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+)?"
    r"(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+)?)?)(?![\w'’-])(?(b)\s*\))")
OWNING = re.compile(r"(?<![\w'’-])(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?)['’]s\s+(?P<d>[A-Z][\w-]+)")
KIN = frozenset("""mum mom dad mam nan nana gran granny grandma grandad grandpa mother father son daughter brother
sister wife husband baby child partner aunt auntie aunty uncle cousin friend doctor nurse today tomorrow
boy boys girl girls male female man woman infant toddler twin twins grandson granddaughter niece nephew""".split())


def find_owning_names(text: str, vocabulary: DiseaseVocabulary, mentions: list[tuple[int, int]]) -> Iterator[Finding]:
    for m in HERE.finditer(text):
        if m.group("n").split()[0].lower() not in NOT_HERE | NOT_PEOPLE:
            yield Finding(Kind.NAME, *m.span("n"), m.group("n"), SOURCE)
    for m in AGED_BEFORE.finditer(text):
        if m.group("n").lower() not in NOT_PEOPLE | KIN:
            yield Finding(Kind.NAME, *m.span("n"), m.group("n"), SOURCE)
    for m in RELATIVE.finditer(text):
        words = m.group("n").lower().split()
        if not any(w in NOT_PEOPLE | KIN | CALENDAR_WORDS for w in words):
            yield Finding(Kind.NAME, *m.span("n"), m.group("n"), SOURCE)
    starts = {s for s, _ in mentions}
    for m in OWNING.finditer(text):
        word, low = m.group("n"), m.group("n").lower()
        eponym = vocabulary.is_eponym_span(word) and low not in any_first_names()
        if low in NOT_PEOPLE | KIN or eponym or any(s <= m.start() < e for s, e in mentions):
            continue
        if m.start("d") in starts or vocabulary.is_eponym_span(m.group("d")):
            yield Finding(Kind.NAME, *m.span("n"), word, SOURCE)
