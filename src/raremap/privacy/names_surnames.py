"""Full names found by their surname, with no cue word around them: "we met Olumide Okafor at the
conference", "copied to Wen Kowalczyk", "June Holloway rang".

The surnames are the US census list (``dist.all.last`` of the ``names`` package) without the ones
that are everyday English words (``data/surname_words.txt``), and the common surnames of many
other countries (``data/surnames_world.txt``); neither holds a place, a country, a nationality or
a calendar word. Two capitalised words side by side are a name when
- the second is a known surname and the first any capitalised word that is not a common word of
  names' surroundings (not at a sentence's start, where any word is capitalised, unless the first
  word is a known first name or surname too), or
- the first is a first name that is also a word ("June", "Grace", "Mercy") and the second a known
  surname.
A known first name before the pair, or a second surname after it, joins it ("Anna Maria Kowalska",
"Chidi Okafor Nwosu"). A surname that is a disease's eponym ("Wilson", "Fabry") never counts, and
the findings are guesses: a disease name said there cancels them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from raremap.privacy.allow_list import DiseaseVocabulary, normalise_token
from raremap.privacy.calendar_words import CALENDAR_WORDS
from raremap.privacy.data_files import data_lines
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
from raremap.privacy.towns import plain, towns

GUESS = "rule:context-guess"
NAME_WORD = re.compile(r"(?<![\w'’.@/-])(?:Ma?c|O['’])?[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’]+"
                       r"(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’]+)?(?![\w@/-])")
# Words that open or surround a name but are none ("Dear", "Hi", "Team"), besides NOT_IN_NAMES.
NOT_FIRST = frozenset("""
dear hi hello hey thanks thank cheers regards love best kind warm yours from to with and or but
for at in on by of via per re attn cc bcc subject note ps please sorry yes no ok okay if when
where while because also then so just still only even after before since until about during
mum mom dad papa mama nan nana gran granny grandma grandpa auntie aunty aunt uncle cousin baby
bubba son daughter brother sister husband wife partner friend my our your his her their its
i i'm we you he she they it this that what which who whose how why is was are were be been
hospital clinic centre center institute university college school street road lane avenue
drive way place square court park bridge station airport church chapel mount lake river port
fort san santa santo sao são st saint ste sainte don doña dona herr frau signor signora señor
señora senhor senhora monsieur madame mademoiselle mevrouw meneer pani pan
""".split())
# A place, a building or a body after the pair: "Royal Nowak Street", "Quinn Hospital".
PLACE_AFTER = re.compile(
    r"\s+(?:Street|St|Road|Rd|Lane|Avenue|Ave|Drive|Way|Place|Square|Court|Close|Crescent|Gardens|"
    r"Park|Hill|Bridge|Station|Airport|Hospital|Hospitals|Clinic|Centre|Center|Institute|University|"
    r"College|School|Academy|Foundation|Trust|Society|Association|Group|Fund|House|Hall|Building|"
    r"Ward|Unit|Wing|Medical|Health|Children['’]s|Memorial|County|Town|City|Valley|Estate|Farm|"
    r"Prize|Award|Lecture|Library|Museum|Theatre|Theater|Stadium|Ltd|Inc|LLC|PLC|GmbH|Pharma|"
    r"Laboratories|Labs?)\b")
PLACE_BEFORE = re.compile(r"\b(?i:in|near|from|to|at|outside|via|around|of)\s+$")
# "June Holloway", "May Trelawney": a month that is a first name, not after what dates a month.
MONTH_NAMES = frozenset({"april", "may", "june", "august"})
MONTH_BEFORE = re.compile(r"(?:\b(?i:in|on|of|since|until|till|by|from|last|next|early|late|mid|end|before|after|"
                          r"during|this|each|every)|\d)[\s,.-]*$")
# "Carvalho Aguiar 647,", "Tŷ Gwyn, 3 Heol y Castell": a street or a house before its number.
NUMBER_AFTER = re.compile(r"\s+\d{1,4}[a-zA-Z]?\s*,|,\s*\d{1,4}[a-zA-Z]?\s+[A-ZÀ-ÖØ-Þ]")
# "Cerro Alegre, Valparaíso": a neighbourhood before its town.
TOWN_NEXT = re.compile(r",\s*(?P<town>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s[A-ZÀ-ÖØ-Þ][\w'’-]+)?)")
# "Chidubem Okonkwo, 34", "Tsegaye Bekele here", a line that is only a name: a name opening a
# sentence, before what introduces or signs.
ALONE_AFTER = re.compile(r"(?:['’]s)?(?:[^\S\n]*(?:\n|$)|,\s|\s\(|\s+here\b|\s+[-–—]\s)")
# "Kowalczyk said it was fine", "then Okonkwo rang": a known surname alone before what a person says or does.
SURNAME_DOES = re.compile(
    r"(?<![\w'’.@/-])(?P<name>(?:Ma?c|O['’])?[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’]+)?)"
    r"\s+(?:(?:has|had|then|also|just|finally)\s+)?(?:said|says|told|called|rang|phoned|emailed|e-mailed|wrote|replied|answered|"
    r"explained|confirmed|recommended|suggested|thinks|thought|agreed|asked|examined|operated|prescribed|referred|"
    r"promised|apologi[sz]ed|laughed|smiled|insisted|admitted|mentioned)\b")
SENTENCE_END = re.compile(r"(?:^|[.!?:;\n\"“(]|[.!?][\"”)])\s*$")


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Lower-case known surnames (census and world lists) that are no word, place or first name
    used as a word."""
    census = resources.files("names").joinpath("dist.all.last").read_text().splitlines()
    names = {line.split()[0].lower() for line in census if line.strip()}
    names -= set(data_lines("surname_words.txt"))
    names |= {n.lower() for n in data_lines("surnames_world.txt")}
    return frozenset(names - AMBIGUOUS - NOT_HERE - NOT_IN_NAMES - NOT_FIRST - CALENDAR_WORDS - NATIONALITIES
                     - PLATFORMS - country_names() - place_words())


def _is_surname(word: str, eponyms: frozenset[str]) -> bool:
    parts = word.split("-")
    low = [normalise_token(p) for p in parts]
    if any(p in eponyms for p in low) or normalise_token(word) in eponyms:
        return False
    return any(p.lower() in surnames() for p in parts)


def _first_name(word: str) -> bool:
    low = word.lower()
    return low in census_first_names() or low in world_first_names()


def blocked_word(word: str) -> bool:
    low = word.lower().removesuffix("'s").removesuffix("’s")
    return (low in NOT_FIRST or low in NOT_IN_NAMES or low in NOT_HERE or low in CALENDAR_WORDS
            or low in country_names() or low in NATIONALITIES or low in PLATFORMS)


def surname_names(text: str, vocabulary: DiseaseVocabulary) -> Iterator[Finding]:
    eponyms = vocabulary.eponyms | vocabulary.eponym_tokens
    words = list(NAME_WORD.finditer(text))
    used = -1
    for i in range(len(words) - 1):
        a, b = words[i], words[i + 1]
        if i <= used or text[a.end():b.start()] != " ":
            continue
        first, last = a.group(), b.group().removesuffix("'s").removesuffix("’s")
        if (_is_surname(first, eponyms) and _first_name(last) and last.lower() not in AMBIGUOUS
                and not blocked_word(first) and not blocked_word(last) and not first.isupper()
                and not vocabulary.is_medical_word(first) and not PLACE_AFTER.match(text, b.end())
                and plain(f"{first} {last}") not in towns() and not _first_name(first)):
            # "Szabó Réka", "Nagy Bence": a surname then a first name, as Hungarians write them
            used = i + 1
            yield Finding(Kind.NAME, a.start(), b.start() + len(last), f"{first} {last}", GUESS)
            continue
        month_name = first.lower() in MONTH_NAMES and not MONTH_BEFORE.search(text, max(0, a.start() - 12), a.start())
        if (blocked_word(first) and not month_name) or blocked_word(last) or not _is_surname(last, eponyms):
            continue
        if first.endswith(("'s", "’s")) or first.isupper():
            continue
        at_start = SENTENCE_END.search(text, max(0, a.start() - 3), a.start()) is not None
        first_known = _first_name(first) or first.lower() in AMBIGUOUS
        if at_start and not (first_known or _is_surname(first, eponyms) or ALONE_AFTER.match(text, b.end())):
            continue
        if (vocabulary.is_medical_word(first) or vocabulary.is_medical_word(last)
                or PLACE_AFTER.match(text, b.end())):
            continue
        pair = f"{first} {last}"
        if plain(pair) in towns() or (plain(last) in towns() and not first_known
                                      and PLACE_BEFORE.search(text, max(0, a.start() - 10), a.start())):
            continue
        start, end = a.start(), b.start() + len(last)
        town = TOWN_NEXT.match(text, end)
        if NUMBER_AFTER.match(text, end) or (town and not first_known and plain(town.group("town")) in towns()):
            continue
        j = i + 1
        if j + 1 < len(words) and text[words[j].end():words[j + 1].start()] == " " and (
                _is_surname(words[j + 1].group(), eponyms) and not blocked_word(words[j + 1].group())
                and not PLACE_AFTER.match(text, words[j + 1].end())):
            j += 1
            end = words[j].end()
        if i > 0 and text[words[i - 1].end():a.start()] == " " and _first_name(words[i - 1].group()) \
                and not blocked_word(words[i - 1].group()):
            start = words[i - 1].start()
        used = j
        yield Finding(Kind.NAME, start, end, text[start:end], GUESS)


def surnames_doing(text: str, vocabulary: DiseaseVocabulary) -> Iterator[Finding]:
    eponyms = vocabulary.eponyms | vocabulary.eponym_tokens
    for m in SURNAME_DOES.finditer(text):
        word = m.group("name")
        if (not blocked_word(word) and _is_surname(word, eponyms) and not _first_name(word)
                and word.lower() not in AMBIGUOUS and plain(word) not in towns() and not vocabulary.is_medical_word(word)
                and not re.search(r"[A-ZÀ-ÖØ-Þ][\w'’-]*\s+$", text[max(0, m.start() - 30):m.start()])):
            yield Finding(Kind.NAME, *m.span("name"), word, GUESS)


def name_parts_again(text: str, found: list[Finding], vocabulary: DiseaseVocabulary) -> list[Finding]:
    """"Chidubem Okonkwo … later Okonkwo rang": a word of a full name found once is a name wherever the
    text repeats it alone (not a disease's eponym, not a word names lack, not where a disease follows)."""
    eponyms = vocabulary.eponyms | vocabulary.eponym_tokens
    spans = [(f.start, f.end) for f in found]
    parts = {w.removesuffix("'s").removesuffix("’s") for f in found if f.kind is Kind.NAME and " " in f.text
             for w in f.text.split()}
    # the model's guesses may be phrases ("Mein Kind"): only a known name of theirs repeats
    model = {w for f in found if f.kind is Kind.NAME and f.source == "ner" for w in f.text.split()}
    ruled = {w for f in found if f.kind is Kind.NAME and f.source != "ner" and " " in f.text for w in f.text.split()}
    parts = {p for p in parts if p in ruled or (p in model and (p.lower() in surnames() or _first_name(p)))}
    out = []
    for part in parts:
        if (len(part) < 3 or not part[0].isupper() or part.isupper() or blocked_word(part)
                or normalise_token(part) in eponyms or vocabulary.is_medical_word(part) or part.lower() in AMBIGUOUS
                or plain(part) in towns() or part.lower() in place_words()):
            continue
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(part)}(?![\w-])", text):
            if any(m.start() < e and s < m.end() for s, e in spans) or PLACE_AFTER.match(text, m.end()):
                continue
            out.append(Finding(Kind.NAME, m.start(), m.end(), part, GUESS))
    return out


def people_not_places(text: str, f: Finding) -> Finding:
    """"came from Dorota Kaczmarek": a known first name and a known surname read as a place are a person."""
    words = f.text.split()
    if (f.kind is Kind.ADDRESS and f.source in ("rule:place", "ner") and len(words) == 2
            and _first_name(words[0]) and words[0].lower() not in AMBIGUOUS and words[1].lower() in surnames()
            and plain(f.text) not in towns() and plain(words[1]) not in towns() and not blocked_word(words[0])):
        return Finding(Kind.NAME, f.start, f.end, f.text, GUESS)
    return f
