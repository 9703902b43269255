"""Fields of a form copied as plain text, with no colon: "…, age 52, city Gdynia, …",
"wiek 52, miasto Gdynia", "edad 40, ciudad Rosario", "| 31 |" between a name and a town in a
profile line. A field's word opens a part of a comma (or bar) list and its value runs to the next
comma; a town is taken when capitalised, an age when it is one to three figures."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

SOURCE = "rule:form-field"
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’]+"
OPEN = r"(?:^|(?<=[,;|])\s*|(?<=[,;|]))"
CLOSE = r"(?=\s*(?:[,;|.]|$))"
CITY = re.compile(
    rf"{OPEN}(?i:city|town|miasto|ciudad|ville|stadt|città|cidade|woonplaats|ort|kaupunki|město|mesto|grad|oraș)"
    rf"\s+(?P<town>{_CAP}(?:[\s-]{_CAP}){{0,2}}){CLOSE}")
AGE = re.compile(
    rf"{OPEN}(?i:age|wiek|edad|âge|alter|età|idade|leeftijd|ålder|alder|ikä|věk|vek|dob\s+age|vârsta|vârstă)"
    rf"\s+(?P<age>\d{{1,3}}){CLOSE}")
# "Name Surname | 24 | Town": a number alone between bars right after a name
BARRED_AGE = re.compile(r"\s*\|\s*(?P<age>\d{1,2})\s*(?=\|)")


def find_plain_fields(text: str) -> Iterator[Finding]:
    for m in CITY.finditer(text):
        yield Finding(Kind.ADDRESS, *m.span("town"), m.group("town"), SOURCE)
    for m in AGE.finditer(text):
        if int(m.group("age")) <= 120:
            yield Finding(Kind.AGE, *m.span("age"), m.group("age"), SOURCE)


def barred_ages(text: str, found: Iterable[Finding]) -> Iterator[Finding]:
    for f in found:
        m = BARRED_AGE.match(text, f.end) if f.kind is Kind.NAME else None
        if m is not None:
            yield Finding(Kind.AGE, *m.span("age"), m.group("age"), SOURCE)
