"""Names after a greeting or before a signature in many languages, and lists of first names:

- "Hola Lucía,", "Liebe Frau Becker", "Cześć Kasia!", "Kære Mette": a greeting of another language
  then a first name (or any capitalised word before a comma or "!");
- "Un abrazo, Carmen", "Liebe Grüße\\nJonas Weber", "Pozdrawiam, Ola": a closing of another language
  then one to three capitalised words ending the message or a line;
- "Anna, Jakub and Zofia", "Hamid, Reza y Laleh": three or more capitalised words in a list, all
  but one known first names.

All are guesses: a disease said there cancels them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.calendar_words import CALENDAR_WORDS
from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.names import (
    AMBIGUOUS,
    NOT_HERE,
    NOT_IN_NAMES,
    census_first_names,
    world_first_names,
)
from raremap.privacy.places import NATIONALITIES, PLATFORMS, country_names, place_words

GUESS = "rule:context-guess"
CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’]+)?"
GREETING = re.compile(
    r"(?:^|(?<=[\n.!?]\s)|(?<=\n)|(?<=[\"“:]\s)|(?<=[\"“]))(?i:hola|hallo|hello|hi|hey|bonjour|bonsoir|salut|coucou|ciao|salve|buongiorno|"
    r"olá|ola|oi|bom\s+dia|boa\s+tarde|buenos\s+días|buenas|cześć|czesc|witaj|witam|hej|hejsan|hei|moi|"
    r"terve|szia|sziasztok|merhaba|selam|hoi|dag|goedemorgen|goedemiddag|servus|moin|grüß\s+dich|"
    r"liebe|lieber|querida|querido|estimada|estimado|cara|caro|carissima|carissimo|chère|cher|beste|"
    r"drogi|droga|kochana|kochany|kære|kæreste|kära|käre|kedves|sayın|dragă|dragi|mila|mili|draga|dragi|"
    r"ahoj|zdravo|здравствуйте|привет|jambo|habari|sawubona|namaste|kia\s+ora|talofa|shalom|salam|"
    r"assalamu\s+alaikum)"
    r"[,!]?\s+(?:(?i:frau|herr|dr\.?|doktor|doctora|doctor|señora|señor|sra\.?|sr\.?|signora|signor|sig\.?|"
    r"madame|monsieur|mme|m\.|pani|pan|mevrouw|meneer|mevr\.?|dhr\.?|senhora|senhor|dona|doña|don)\s+)?"
    rf"(?P<name>{CAP})(?P<after>\s*[,!:\n]|\s*$)?")
CLOSING = re.compile(
    r"(?i:un\s+abrazo|abrazos|un\s+saludo|saludos(?:\s+cordiales)?|besos|cordialement|bien\s+à\s+vous|"
    r"bisous|amitiés|bises|(?:liebe|viele|herzliche|beste|freundliche)\s+grüße|mit\s+freundlichen\s+grüßen|"
    r"grüße|gruß|lg|vg|groetjes|groeten|(?:met\s+)?(?:vriendelijke|hartelijke)\s+groet(?:en)?|"
    r"cordiali\s+saluti|saluti|un\s+abbraccio|baci|abraços|beijos|atenciosamente|cumprimentos|"
    r"pozdrawiam(?:\s+serdecznie)?|pozdrowienia|serdecznie|hälsningar|(?:vänliga|bästa)\s+hälsningar|"
    r"mvh|hilsen|(?:med\s+)?(?:vennlig|venlig|kærlig|mange)\s+hilsen(?:er)?|terveisin|ystävällisin\s+terveisin|"
    r"üdvözlettel|üdv|puszi|saygılarımla|sevgilerle|s\s+pozdravem|srdečně|srdačno|pozdrav|поздрав|"
    r"с\s+уважением|asante|shukran|toda|salam)"
    rf"\s*[,.!]?\s*(?:\n\s*)?(?P<name>{CAP}(?:[^\S\n]+{CAP}){{0,2}})(?=\s*(?:[.!]\s*)?(?:\n|$))")
AND = r"(?:and|&|und|et|y|e|i|og|och|en|és|ve|и)"
# A list starts only where no comma stands before it, so a long run of commas is read once.
LIST = re.compile(rf"(?<![\w'’-])(?<!,)(?<!,\s)(?P<list>{CAP}(?:\s*+,\s*+{CAP})++,?\s+{AND}\s+{CAP})(?![\w'’-])")
WORD = re.compile(CAP)
# Words spoken to that are no name: "Bonjour Docteur", "Hola Doctora", "Hallo Zusammen".
NOT_GREETED = frozenset("""
docteur doctora doktor doctor professeur profesor professora professore professor dottore dottoressa
zusammen allerseits tous todos todas tutti alle allemaal wszystkim wszyscy alla kaikki mindenki amigos
amigas amici chicos chicas ragazzi gente leute mama papa mamá papá maman mum mom dad
""".split())


def _plain(word: str) -> bool:
    low = word.lower()
    return not (low in NOT_GREETED or low in CALENDAR_WORDS or low in country_names() or low in NATIONALITIES or low in PLATFORMS
                or low in NOT_HERE or low in NOT_IN_NAMES or low in place_words())


def _first(word: str) -> bool:
    low = word.lower()
    return (low in census_first_names() or low in world_first_names()) and low not in AMBIGUOUS


def greeted_names(text: str) -> Iterator[Finding]:
    for m in GREETING.finditer(text):
        name = m.group("name")
        if _plain(name) and (_first(name) or m.group("after")):
            yield Finding(Kind.NAME, *m.span("name"), name, GUESS)
    for m in CLOSING.finditer(text):
        words = m.group("name").split()
        if all(_plain(w) for w in words) and (len(words) > 1 or _first(words[0]) or m.end() == len(text.rstrip())):
            yield Finding(Kind.NAME, *m.span("name"), m.group("name"), GUESS)
    for m in LIST.finditer(text):
        items = list(WORD.finditer(m.group("list")))
        known = sum(_first(w.group()) for w in items)
        if len(items) >= 3 and known >= len(items) - 1 and all(_plain(w.group()) for w in items):
            for w in items:
                s = m.start("list") + w.start()
                yield Finding(Kind.NAME, s, s + len(w.group()), w.group(), GUESS)
