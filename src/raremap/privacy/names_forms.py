"""Names written as forms and letters write them, found by a known surname or first name:

- a surname in capitals before or after a first name: "KOWALSKI Jan", "Marie DUBOIS";
- a surname, a comma and a first name opening a line or a field: "Name: Okonkwo, Chidubem";
- initials before a known surname: "J. Nowak", "A.K. Mensah".

The surnames and first names are the detector's lists (names_surnames, names); a gene symbol, a
disease's eponym or a word names lack is never one. All are guesses: a disease said there cancels them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.allow_list import DiseaseVocabulary, normalise_token
from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.names import AMBIGUOUS, census_first_names, world_first_names
from raremap.privacy.names_surnames import GUESS, blocked_word, surnames

UP = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"
LOW = r"[a-zß-öø-ÿā-ž]"
CAPS = rf"{UP}{{3,}}(?:-{UP}{{2,}})?"
TITLE_WORD = rf"{UP}{LOW}+(?:-{UP}{LOW}+)?"
CAPS_FIRST = re.compile(rf"(?<![\w'’-])(?P<last>{CAPS})\s(?P<first>{TITLE_WORD})(?![\w'’-])")
FIRST_CAPS = re.compile(rf"(?<![\w'’-])(?P<first>{TITLE_WORD})\s(?P<last>{CAPS})(?![\w'’-])")
# only where a record line or a field starts: "Name: Okonkwo, Chidubem" (in running text "…, Dominic" is a list)
COMMA = re.compile(rf"(?:^|(?<=\n)|(?<=:\s)|(?<=:))(?P<last>{TITLE_WORD}),\s(?P<first>{TITLE_WORD})(?![\w'’-])(?!\s+(?:and|&|or)\b)")
INITIALS = re.compile(rf"(?<![\w'’.-])(?P<name>(?:{UP}\.\s?){{1,2}}(?P<last>{TITLE_WORD}))(?![\w'’-])")


def _first(word: str) -> bool:
    low = word.lower()
    return (low in census_first_names() or low in world_first_names()) and low not in AMBIGUOUS and not blocked_word(word)


def _surname(word: str, vocabulary: DiseaseVocabulary) -> bool:
    parts = word.split("-")
    return (not vocabulary.is_gene(word) and not blocked_word(word)
            and not any(normalise_token(p) in vocabulary.eponyms | vocabulary.eponym_tokens for p in parts)
            and any(p.lower() in surnames() for p in parts))


def form_names(text: str, vocabulary: DiseaseVocabulary) -> Iterator[Finding]:
    for rx in (CAPS_FIRST, FIRST_CAPS, COMMA):
        for m in rx.finditer(text):
            if _first(m.group("first")) and _surname(m.group("last"), vocabulary) and not _first(m.group("last")):
                yield Finding(Kind.NAME, m.start(), m.end(), m.group(), GUESS)
    for m in INITIALS.finditer(text):
        if _surname(m.group("last"), vocabulary):
            yield Finding(Kind.NAME, *m.span("name"), m.group("name"), GUESS)
