"""Where someone lives, told with a verb of living in another language, whether or not the
gazetteer knows the town (a village, a suburb): "j'habite à Angers", "nous habitons Colomiers",
"on vit à Ivry-sur-Seine", "wir wohnen in Marktbreit", "ik woon in Zeist", "vivo en Cuenca",
"moro em Olinda", "bydlím v Pardubicích", "mieszkam w Chełmie", "živim u Zadru", "bý á Selfossi",
"μένουμε στον Βόλο", "Szegeden lakom". The capitalised words after the verb are the town (not a
month, a nationality, a country alone or a place of care)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.calendar_words import CALENDAR_WORDS
from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.places import CARE_PLACE_END, NATIONALITIES, NOT_TOWNS, country_names

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ŽΑ-ΩΆ-Ώ][\w'’]+"
TOWN = rf"(?P<town>{_CAP}(?:(?:-|\s)(?:(?:sur|sous|en|le|la|les|de|am|an|im|bei|upon|on)[\s-])?{_CAP}){{0,2}})"
LIVING = re.compile(
    r"(?<!\w)(?:(?i:j['’]habite|nous\s+habitons|on\s+habite|(?:il|elle)s?\s+habitent?)(?:\s+(?i:à|a|au|en))?"
    r"|(?i:je\s+vis|nous\s+vivons|on\s+vit|(?:il|elle)s?\s+vivent)\s+(?i:à|a|au|en)"
    r"|(?i:vivo|vivimos|viven|moro|moramos|moram)\s+(?i:en|em|no|na)"
    r"|(?i:wohne|wohnen|wohnt|lebe|woon|wonen|woont)\s+in"
    r"|(?i:bý|búum|býr)\s+(?:á|í)|(?i:bor|bodde|bur)\s+(?:i|på)|(?i:mieszkam|mieszkamy|mieszka)\s+(?:w|we)"
    r"|(?i:bydlím|bydlíme|bydlí|bývam|bývame)\s+(?:v|ve)|(?i:živim|živimo|živi)\s+u"
    r"|(?i:locuiesc|locuim)\s+(?:în|la)|(?i:μένω|μένουμε|μένει|ζω|ζούμε)\s+(?:στον|στην|στη|στο|σε))"
    r"\s+" + TOWN)
# Hungarian puts the town first, with the ending of "in": "Szegeden lakom", "Pécsett élünk".
LIVING_AFTER = re.compile(r"(?P<town>[A-ZÀ-ÖØ-ÞŐŰ][\w'’-]+(?:en|on|ön|ban|ben|ett|ott))\s+(?:lakom|lakunk|lakik|élek|élünk|él)\b")


def find_lived_towns(text: str) -> Iterator[Finding]:
    for rx in (LIVING, LIVING_AFTER):
        for m in rx.finditer(text):
            town = m.group("town")
            words = town.lower().split()
            if (town.lower() in country_names() or words[0] in NOT_TOWNS or words[0] in CALENDAR_WORDS
                    or words[0] in NATIONALITIES or words[-1] in CARE_PLACE_END or town.isupper()):
                continue
            yield Finding(Kind.ADDRESS, *m.span("town"), town, "rule:place")


# "Jeg heter Solveig Brekke, 52, fra Kanebogen", "ek is Elna van Potchefstroom", "Reto (44) us
# Schaffhausen": the word after "from" in a self-introduction (the writer's name or age before it,
# in the same sentence) is where the writer lives, not another person.
FROM_WORD = re.compile(r"(?<!\w)(?i:from|fra|från|frå|aus|us|van|uit|de|di|da|o|ó|z|iz|iš|now\s+in|now)\s+$")
INTRODUCED = re.compile(
    r"(?i:\bI['’]m|\bI\s+am|\bich\s+bin|\bjeg\s+heter|\bjag\s+heter|\bek\s+is|\bdw\s+i|\bis\s+mise|\bsóc|"
    r"\bje\s+suis|\bsoy|\bsou|\bsono|\bmi\s+chiamo|\bjestem|\bolen|\bheiti|\bhere|\bhier|\bher|\bhär"
    r"|,\s*\d{1,3}\s*,|\(\d{1,3}\))[^.!?\n]{0,60}$")
ALONE_OR_TWO = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:\s[A-ZÀ-ÖØ-Þ][\w'’-]+)?")


def from_place(text: str, f: Finding, first_names: frozenset[str]) -> Finding:
    """A guessed name right after "from" in a self-introduction, that is no known first name, is a town."""
    if (f.kind is not Kind.NAME or f.source not in ("ner", "gazetteer") or not ALONE_OR_TWO.fullmatch(f.text)
            or f.text.split()[0].lower() in first_names):
        return f
    cue = FROM_WORD.search(text, max(0, f.start - 12), f.start)
    if cue is None or INTRODUCED.search(text, max(0, cue.start() - 80), cue.start()) is None:
        return f
    return Finding(Kind.ADDRESS, f.start, f.end, f.text, f.source)


# "Rutendo, 29, Bulawayo.", "Matteo (18) Molfetta,", "Halima (28, Batley)", "im dev, 19, croydon":
# one or two capitalised words (or a known town written small) right after a person's age, before
# a comma, a stop, a colon or a bracket, are where that person lives.
AFTER_AGE = re.compile(
    r"(?:\s?(?:ans|år|años|anos|anni|Jahre|jaar|lat|yo|y/o|years\s+old))?\)?,?\s+"
    r"(?P<town>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’]+(?:[\s-][A-ZÀ-ÖØ-ÞĀ-Ž][\w'’]+)?|[a-z][a-z'’-]{3,})(?=\s?[,.:;)!]|\s*$)(?!,?\s*\d)")


def towns_after_ages(text: str, found: list[Finding], first_names: frozenset[str]) -> list[Finding]:
    from raremap.privacy.towns import plain, towns

    taken = [(f.start, f.end) for f in found]
    out = []
    for f in found:
        m = AFTER_AGE.match(text, f.end) if f.kind is Kind.AGE else None
        if m is None:
            continue
        town = m.group("town")
        low = town.lower()
        small = town.islower() and (plain(town) not in towns() or "," not in text[f.end:m.start("town")])
        if (town.isupper() or small
                or (low in first_names and plain(town) not in towns()) or low in country_names()
                or low.split()[0] in NOT_TOWNS or low.split()[0] in CALENDAR_WORDS or low in NATIONALITIES
                or any(s < m.end("town") and m.start("town") < e for s, e in taken)):
            continue
        out.append(Finding(Kind.ADDRESS, *m.span("town"), town, "rule:context-guess"))
    return out
