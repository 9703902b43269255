"""Names known by what stands around them:

- after a relative in another language: "ma fille Awa", "mi hijo Hugo", "moja córka Zofia";
- in a list of people: "Event list: Ada Moss, Rory Quinn, Ivo Petrov" (a full name next to a
  found name, only commas between);
- right before a phone number: "Amos Oyelaran 07700 900 517";
- a first name that is also a word, used both ways in one message: "summer is hard, Summer
  can't go out", "will the check be yearly? asking for Will" (capitalised inside a sentence while
  the writer spells the word in small letters elsewhere), or opening a sentence with "he"/"she"
  or "his"/"her" in the same clause ("Penny had her surgery", "Miles walked 300 m on his test").

All are guesses: a disease said there cancels them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.calendar_words import CALENDAR_WORDS
from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.names import AMBIGUOUS, NOT_HERE, any_first_names
from raremap.privacy.names_more import WORD_NAMES
from raremap.privacy.names_said import SOURCE as SAID
from raremap.privacy.places import NATIONALITIES, country_names, place_words

GUESS = "rule:context-guess"
CAP_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?"
FOREIGN_RELATIVE = re.compile(
    r"\b(?i:ma|mon|mi|mis|mio|mia|mijn|onze|ons|moja|mój|mojego|moją|minha|meu|meine?|unser|unsere|nuestra|nuestro|"
    r"notre|nostra|nostro|nossa|nosso|nasza|nasz)\s+"
    r"(?i:fille|fils|mari|femme|mère|père|frère|sœur|hija|hijo|esposo|esposa|marido|mujer|hermano|hermana|"
    r"figlia|figlio|marito|moglie|fratello|sorella|dochter|zoon|man|vrouw|broer|zus|córka|córki|syn|syna|"
    r"mąż|żona|brat|siostra|filha|filho|irmão|irmã|tochter|sohn|mann|frau|bruder|schwester|nipote|neto|neta|"
    r"nieto|nieta|petite-fille|petit-fils|kleinzoon|kleindochter|wnuk|wnuczka|enkel|enkelin)"
    rf",?\s+(?P<name>{CAP_WORD})"
    # "A fiam, Bence", "Oğlum Kerem": "my son" said in one word (Hungarian, Turkish)
    rf"|\b(?i:fiam|lányom|fiunk|lányunk|férjem|feleségem|unokám|oğlum|kızım|eşim|torunum)"
    rf",?\s+(?P<name2>{CAP_WORD})")
LIST_GAP = re.compile(r"\s*[,;]\s*")
FULL_NAME = re.compile(rf"{CAP_WORD}\s+{CAP_WORD}(?:\s+{CAP_WORD})?")
NOT_IN_LIST = frozenset("""
the a an and or at in on of to for from with by street road avenue lane drive way house flat
apartment block unit floor hospital clinic centre center ward school university college
children's royal general national county city town district village park hill
""".split())
# A capitalised word in the middle of a sentence.
INSIDE_SENTENCE = re.compile(r"[^\s.!?]\s+$|\b(?:and|for|with|to|from|at|asking|ask|tell|told|but)\s+$")
PRONOUN_IN_CLAUSE = re.compile(r"[^.!?\n]{0,60}?\b(?:he|she|his|her|him|he's|she's)\b", re.IGNORECASE)
SENTENCE_START = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>[A-Z][a-z]+)\s+(?:is|was|has|had|walked|walks|"
                            r"went|goes|got|gets|came|comes|took|takes|did|does|can['’]t|won['’]t|didn['’]t|"
                            r"doesn['’]t|isn['’]t|wasn['’]t|needs|needed|loves|loved|started|turned)\b")


def _plain_word(w: str) -> bool:
    low = w.lower()
    return not (low in CALENDAR_WORDS or low in country_names() or low in NATIONALITIES or low in NOT_HERE
                or low in place_words())


def relatives_abroad(text: str) -> Iterator[Finding]:
    for m in FOREIGN_RELATIVE.finditer(text):
        g = "name" if m.group("name") else "name2"
        if _plain_word(m.group(g)):
            # said to be the relative's name ("A fiam, Bence"): only a disease said there cancels it
            yield Finding(Kind.NAME, *m.span(g), m.group(g), SAID)


def listed_names(text: str, found: list[Finding]) -> list[Finding]:
    """Full names in a comma list next to a found name, and full names before a phone number."""
    taken = [(f.start, f.end) for f in found]
    names = sorted((f for f in found if f.kind is Kind.NAME), key=lambda f: f.start)
    out: list[Finding] = []
    for _ in range(3):  # a list grows from each name found: "A, B, C, Dan Ode" reaches A from Dan
        new = []
        for f in names + out:
            after = LIST_GAP.match(text, f.end)
            if after:
                m = FULL_NAME.match(text, after.end())
                if m and LIST_GAP.match(text, m.end()) or m and re.match(r"\s*(?:[.)]|$)", text[m.end():]):
                    new.append(m)
            for m in FULL_NAME.finditer(text, max(0, f.start - 50), f.start):
                if LIST_GAP.fullmatch(text, m.end(), f.start):
                    new.append(m)
        added = False
        for m in new:
            g = Finding(Kind.NAME, m.start(), m.end(), m.group(), GUESS)
            if (any(g.start < e and s < g.end for s, e in taken + [(o.start, o.end) for o in out])
                    or not all(_plain_word(w) and w.lower() not in NOT_IN_LIST for w in g.text.split())):
                continue
            out.append(g)
            added = True
        if not added:
            break
    for f in found:
        if f.kind is not Kind.PHONE:
            continue
        m = re.search(rf"(?:^|[:;,(]\s*|\.\s+)(?P<name>{FULL_NAME.pattern})\s+$", text[max(0, f.start - 60):f.start])
        if m:
            s = max(0, f.start - 60) + m.start("name")
            g = Finding(Kind.NAME, s, s + len(m.group("name")), m.group("name"), GUESS)
            if (not any(g.start < e and s2 < g.end for s2, e in taken)
                    and all(_plain_word(w) and w.lower() not in NOT_IN_LIST for w in g.text.split())):
                out.append(g)
    return out


def word_names(text: str) -> Iterator[Finding]:
    """First names that are also words, used as names (see the module's notes)."""
    known = any_first_names()
    for m in re.finditer(r"(?<![\w'’-])[A-Z][a-z]+(?=['’]s\b|\b)", text):
        word = m.group()
        low = word.lower()
        if low not in AMBIGUOUS or (low not in known and low not in WORD_NAMES) or not _plain_word(word):
            continue
        if (INSIDE_SENTENCE.search(text, max(0, m.start() - 12), m.start())
                and re.search(rf"(?<![\w'’-]){low}\b", text)
                and not re.match(r"\s+[A-Z]", text[m.end():m.end() + 2])):
            yield Finding(Kind.NAME, m.start(), m.end(), word, GUESS)
    for m in SENTENCE_START.finditer(text):
        low = m.group("name").lower()
        if low in known and _plain_word(m.group("name")) and PRONOUN_IN_CLAUSE.match(text, m.end()):
            yield Finding(Kind.NAME, *m.span("name"), m.group("name"), GUESS)
