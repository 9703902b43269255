"""A postcode with its town and no street: before the town, perhaps with its country's letters
("D-80331 München", "CH-8001 Zürich", "SE-111 21 Stockholm", "NL-3581 KP Utrecht", "1010 Wien",
"10110 Bangkok", "01001 Київ"), and a postcode said as one ("CEP 01310-100", "PIN 560038", "PLZ
50667", "code postal 69003").

The town must be one the gazetteers know. Without a country's letters, a number could be a count
("3000 Paris runners") or a year ("in 2019 Paris"), so the town must then end the phrase (a
comma, a stop, the line's end) and a year-like number is left to the address rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.towns import plain, towns
from raremap.privacy.towns_scripts import script_plain, script_towns

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁЄІЇΑ-ΩΆ-Ώ"
_WORD = rf"[{_UP}][^\W\d_]*(?:['’][^\W\d_]+)?"
# Postcode shapes: five or six digits, four, "111 21", "90-006", "3581 KP", "1000-001", "01310-100"
CODE = r"(?:\d{5}-\d{3}|\d{4}-\d{3}|\d{2}-\d{3}|\d{3}\s\d{2}|\d{4}\s?[A-Z]{2}(?![\w])|\d{4,6})"
COUNTRY = r"(?:[A-Z]{1,2}|[A-Z]{3})-"
POSTCODE_TOWN = re.compile(
    rf"(?<![\w./:-])(?P<country>{COUNTRY})?(?P<code>{CODE})\s+(?P<town>{_WORD}(?:[\s-]{_WORD}){{0,2}})")
SAID = re.compile(
    r"\b(?i:CEP|PIN(?:\s*code)?|ZIP(?:\s*code)?|post\s?code|postal\s+code|PLZ|Postleitzahl|CAP|C\.P\.|"
    r"c[óo]digo\s+postal|code\s+postal|postnummer|postinumero|irányítószám|kod\s+pocztowy|PSČ|"
    r"почтовый\s+индекс|индекс)"
    r"(?:\s+(?i:is|was|es|est|ist|é))?\s*[:=]?\s*(?P<code>\d{5}-\d{3}|\d{3}\s?\d{3}|\d{2}-\d{3}|\d{3}\s\d{2}|\d{4,6})(?![\w-])")
PIN_SHAPE = re.compile(r"\d{3}\s?\d{3}")
YEAR = re.compile(r"(?:19|20)\d\d")
PHRASE_END = re.compile(r"\s*(?:[,.;:!?)\n]|$)")


def _town_words(words: list[str]) -> int:
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        if plain(name) in towns() or plain("-".join(words[:n])) in towns() or script_plain(name) in script_towns():
            return n
    return 0


def find_postcodes(text: str) -> Iterator[Finding]:
    for m in POSTCODE_TOWN.finditer(text):
        parts = list(re.finditer(r"[^\s-]+", m.group("town")))
        n = _town_words([p.group() for p in parts])
        if not n:
            continue
        end = m.start("town") + parts[n - 1].end()
        if m.group("country") is None and (YEAR.fullmatch(m.group("code")) or not PHRASE_END.match(text, end)):
            continue  # "in 2019 Paris", "3000 Paris runners"
        yield Finding(Kind.ADDRESS, m.start(), end, text[m.start():end], "rule:postcode")
    for m in SAID.finditer(text):
        word = m.group().split()[0].lower()
        if word.startswith("pin") and not PIN_SHAPE.fullmatch(m.group("code")):
            continue  # a card's PIN of four digits is no Indian postcode
        yield Finding(Kind.ADDRESS, *m.span("code"), m.group("code"), "rule:postcode")
