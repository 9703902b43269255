"""Towns of the world named where someone is, comes from or goes: "greetings from Accra", "now in
Kraków", "diagnosed in Montevideo", "travelling to Malaga", "from Singapore 529510".

A capitalised word after "in", "from", "near", "outside" or a verb of going "to" is a town only
when the gazetteer knows it (``data/towns.txt``, towns of 15,000 people or more, written by
scripts/derive_towns.py), so "in March", "from Orphanet" or "to Dr Lee" stay. A town that is also
a first name is taken only where a person cannot stand ("in Florence", not "a letter from
Florence"). A postcode right after the town belongs to it. Not a place of care's town ("the
clinic in Sydney") nor a phone number's ("030 901820 in Berlin").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from raremap.privacy.calendar_words import CALENDAR_WORDS
from raremap.privacy.data_files import data_lines
from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.places import NATIONALITIES, NOT_TOWNS, country_names

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’]*"
TOWN_CUE = re.compile(
    r"\b(?i:(?P<where>in|near|outside|around|w|à|em|past|no|na|nel|nella|en|"
    # "Hello from Hobart!", "greetings from Accra": where the writer is, even if also a first name
    r"(?:hello|hi|hey|greetings|regards|writing|posting|calling)\s+from|"
    # a form's field: "City: Novi Sad", "Ville : Nyon"
    r"(?:city|town|ciudad|ville|stadt|città|cidade|miasto|woonplaats|location)\s*:|"
    # "from" in other languages: "vi scrivo da Bari", "desde Bogotá", "aus Winterthur", "uit
    # Groningen", "z Poznania"; "da" and "de" also join names ("Maria da Silva"): see below.
    r"desde|aus|uit|vanuit|depuis|z|(?P<particle>da|de|di)|"
    # "vivo a Perugia", "bor i Trondheim", "hilsen fra Bergen", "tôi sống ở Đà Nẵng", "nakatira sa Davao"
    r"(?:vivo|viviamo|vive|vivono|abito|abitiamo|abita|abitano|residente|residenti|visc|vivim|viu)\s+a|"
    # Romanian "locuiesc în Cluj", "sunt din Iași"; Albanian "jetoj në Durrës"
    r"în|din|në|"
    r"(?:bor|bodde|bur|budde|bosatt|bosatte|boende|bosat)\s+(?:i|på)|"
    r"(?:hilsen|hilsner|hälsningar|hälsning|groeten|grüße|grüsse|saluti|saludos|pozdrav|pozdrowienia)\s+"
    r"(?:fra|från|frå|uit|aus|da|desde|z|iz)|ở|từ|tại|"
    r"(?:nakatira|nakatirá|tumira|galing)\s+(?:(?:ako|kami|kaming|po|pa)\s+)*sa)"
    r"|(?P<from>from|fra|från|frå)"
    r"|(?:travel\w*|fl(?:y|ying|ew|ies)|mov(?:e|ed|ing)|relocat\w*|go(?:ing)?|went|head(?:ed|ing)?|"
    r"dr(?:ive|iving|ove)|trip|journey|back|return(?:ed|ing)?|emigrat\w*|commut\w*)\s+(?:back\s+)?to)"
    rf"\s+(?P<town>{_CAP}(?:[\s-]{_CAP}){{0,2}})")
# A postcode after the town: "Singapore 529510", "Aarhus 8000", "Dublin 6", "Leeds LS2 7JP".
POSTCODE_AFTER = re.compile(
    r",?\s+(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b|[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|\d{3}-\d{4}\b"
    # "Rīga, LV-1050", "Valletta VLT 1117", "Sydney NSW 2000"
    r"|[A-Z]{1,2}-\d{3,5}\b|[A-Z]{3}\s?\d{4}\b|(?:NSW|VIC|QLD|TAS|ACT|WA|SA|NT)\s+\d{4}\b"
    r"|(?!(?:19|20)\d\d\b)\d{4,6}(?:-\d{3,4})?\b(?![.,]\d|\s*(?:%|mg|kg|km|miles|people|patients|families|members)))")
DUBLIN_DISTRICT = re.compile(r"\s+\d{1,2}W?\b(?![.,]\d)")
# The town of something else: "Lyme disease", "Marburg virus", "the Boston group".
THING_AFTER = re.compile(r"['’]?s?\s+(?:disease|syndrome|disorder|palsy|fever|virus|sign|criteria|classification)\b",
                         re.IGNORECASE)
# Towns left alone, as in the place rules: a place of care's town ("the clinic in Sydney" is
# not where anyone lives) and a phone number's town ("030 901820 in Berlin", which its area code
# already says).
CARE_PLACE_BEFORE = re.compile(r"\b(?:the|a|an|our|their)\s+(?:clinic|hospital|practice|centre|center|surgery|unit|"
                               r"ward|service|team)\s+$", re.IGNORECASE)
# Before "da"/"de": a first name ("Maria da Silva") or a word for a disease ("síndrome de Down").
PARTICLE_BEFORE = re.compile(r"(?P<first>[A-ZÀ-Þ][\w'’-]*)\s+$|(?i:s[íi]ndrome|enfermedad|maladie|malattia|"
                             r"doen[çc]a|morbus|tipo|type|sindrome|forma|forme|h[ôo]pital|hospital|clinique|"
                             r"cl[íi]nica|instituto?|institut|centro|centre|universidad|universidade|universit[àé]|universiteit|"
                             r"faculdade|faculté|escola|escuela|école|rua|calle|rue|via|avenida)\s+$")
NUMBER_BEFORE = re.compile(r"\d\)?\s+$")
# "Rukhsana (38) in Dewsbury": an age in brackets before "in" is a person's, who lives there
AGE_IN_BRACKETS = re.compile(r"\(\d{1,3}\)\s+$")
LETTERS = str.maketrans({"å": "aa", "ø": "o", "æ": "ae", "ß": "ss", "ł": "l", "đ": "d", "ı": "i", "œ": "oe"})


def plain(name: str) -> str:
    """Lower case without accents ("Kraków" -> "krakow", "Tromsø" -> "tromso")."""
    t = unicodedata.normalize("NFKD", name.lower().replace("’", "'").translate(LETTERS))
    return "".join(c for c in t if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def towns() -> frozenset[str]:
    return frozenset(plain(w) for w in (*data_lines("towns.txt"), *data_lines("towns_words.txt")))


@lru_cache(maxsize=1)
def towns_not_words() -> frozenset[str]:
    """Towns of the gazetteer that are no everyday word ("bath", "reading" left out): safe to read
    where a town is written small."""
    return frozenset(plain(w) for w in data_lines("towns.txt")) - {plain(w) for w in data_lines("towns_words.txt")}


def _longest_town(words: list[str]) -> int:
    """How many of the leading words name a known town (0 if none)."""
    for n in range(len(words), 0, -1):
        if plain(" ".join(words[:n])) in towns() or plain("-".join(words[:n])) in towns():
            return n
    return 0


def _particle_of_name(before: str) -> bool:
    from raremap.privacy.names import census_first_names, world_first_names

    m = PARTICLE_BEFORE.search(before)
    if m is None:
        return False
    first = m.group("first")
    return first is None or first.lower() in census_first_names() or first.lower() in world_first_names()


# "İzmir'den yazıyorum", "Ankara'da": a Turkish case ending after an apostrophe.
TOWN_SUFFIX = re.compile(rf"(?P<town>{_CAP})['’](?:deyiz|dayız|teyiz|tayız|deyim|dayım|teyim|tayım|liyim|lıyım|den|dan|ten|tan|de|da|te|ta|e|a|ye|ya)\b")


# "from" or "in" of Slavic, Baltic, Albanian, Maltese, Icelandic, Swahili, Indonesian and Tagalog,
# before a town that may carry a case ending: "iz Zagreba", "iš Vilniaus", "no Liepājas", "ze Brna",
# "nga Durrësi", "minn Valletta", "frá Reykjavík", "kutoka Mombasa", "dari Bandung", "taga-Davao";
# "in" of Polish, Czech, Slovak and South Slavic: "w Lublinie", "v Olomouci", "u Beogradu";
# the Estonian "from" ending: "Pärnust"; the Finnish and Hungarian endings of "in" and "from":
# "Oulussa", "Espoosta", "Vantaalla", "Tampereella", "Debrecenben", "Szegedről".
INFLECTED_CUE = re.compile(
    rf"\b(?i:iz|iš|no|ze|zo|nga|minn|kutoka|dari|taga|frá|á|í|mula|w|we|v|ve|vo|u|z)[\s-]+(?P<town>{_CAP})"
    rf"|(?P<est>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]{{3,}})st\b"
    r"|\b(?P<fin>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿőű]{3,})(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|ban|ben|ból|ből|ról|ről)\b")


def _town_stem(word: str) -> bool:
    """The word, or the word less a case ending, is a town the gazetteer knows ("Zagreba" -> Zagreb,
    "Vilniaus" -> Vilnius, "Liepājas" -> Liepāja)."""
    low = plain(word)
    candidates = {low, low[:-1], low[:-2], low[:-3], low[:-1] + "as", low[:-2] + "as", low[:-2] + "us", low[:-3] + "us",
                  low[:-1] + "a", low[:-2] + "a", low[:-1] + "e"}
    return any(len(c) >= 4 and c in towns() for c in candidates)


def _inflected_towns(text: str) -> Iterator[Finding]:
    from raremap.privacy.names import any_first_names, census_first_names, world_first_names

    for m in INFLECTED_CUE.finditer(text):
        if m.group("fin"):
            stem = m.group("fin")
            if stem[-1] == stem[-2]:
                stem = stem[:-1]  # "Tampere-e-lla", "Vantaa-lla"
            low = plain(stem)
            if (len(low) >= 4 and (low in towns() or plain(m.group("fin")) in towns())
                    and low not in any_first_names()):
                yield Finding(Kind.ADDRESS, m.start(), m.end(), m.group(), "rule:town")
            continue
        if m.group("est"):
            # "Gentest", "Bluttest", "Sehtest": a test, not a town ("Gente") with the Estonian ending
            if plain(m.group("est")) in towns() and not m.group("est").endswith("te"):
                yield Finding(Kind.ADDRESS, m.start(), m.end(), m.group(), "rule:town")
            continue
        word = m.group("town")
        low = plain(word)
        if not word[1:].islower():
            continue  # "no DOBs", "from CHUP": an acronym is no inflected town
        if (low in NOT_TOWNS or low in CALENDAR_WORDS or low in NATIONALITIES or low in country_names()
                or low in census_first_names() or low in world_first_names() or THING_AFTER.match(text, m.end())):
            continue
        if _town_stem(word):
            yield Finding(Kind.ADDRESS, *m.span("town"), word, "rule:town")


# "im courtney from blackpool", "we live in leeds": a known town written small after "from" or a
# verb of living (the gazetteer holds no everyday English word: "from home", "live in hope" stay).
SMALL_CUE = re.compile(r"\b(?:from|(?:live|lives|living|lived|based|grew\s+up)\s+(?:in|near|outside))\s+"
                       r"(?P<town>[a-z][a-z'’-]{3,}(?:\s[a-z][a-z'’-]{2,})?)\b")


# "families in ballarat?", "uit eindhoven", "koi Nagpur mein hai", "jaipur se hoon": a town written small
# after "in" (or "from" in Dutch and German), or before the Hindi "in"/"from" and "is"/"am"; only a
# town that is no everyday word counts ("in alder hey again" is a stay in a hospital)
SMALL_IN = re.compile(r"\b(?:in|near|uit|vanuit|aus)\s+(?P<town>[a-z][a-z'’-]{3,}(?:\s[a-z][a-z'’-]{2,})?)\b"
                      r"|\b(?P<hindi>[A-Za-z][a-z]{3,}(?:\s[A-Za-z][a-z]{2,})?)\s+(?:mein|me|mai|se)\s+"
                      r"(?:hai|hain|hu|hoon|hun|hoo|rehte|rahte|rehta|rahta|rehti|rahti)\b")

AGAIN_AFTER = re.compile(r"\s+(?:again|overnight|since|for\s+(?:a|his|her|their|the)\b)")


def _small_towns(text: str) -> Iterator[Finding]:
    from raremap.privacy.names import census_first_names, world_first_names

    for m in [*SMALL_CUE.finditer(text), *SMALL_IN.finditer(text)]:
        g = "hindi" if m.re is SMALL_IN and m.group("hindi") else "town"
        parts = m.group(g).split()
        if m.re is SMALL_IN:
            parts = parts[-1:] if g == "hindi" and plain(" ".join(parts)) not in towns_not_words() else parts
            n = len(parts) if plain(" ".join(parts)) in towns_not_words() else (
                1 if g == "town" and plain(parts[0]) in towns_not_words() else 0)
        else:
            n = _longest_town(parts)
        if not n:
            continue
        name = " ".join(parts[:n])
        low = plain(name)
        if (low.split()[0] in NOT_TOWNS or low in CALENDAR_WORDS or low in NATIONALITIES or low in country_names()
                or low in census_first_names() or low in world_first_names()):
            continue
        start = m.start(g) + (len(m.group(g)) - len(" ".join(parts)) if g == "hindi" else 0)
        end = start + len(name)
        if THING_AFTER.match(text, end) or (m.re is SMALL_IN and AGAIN_AFTER.match(text, end)):
            continue
        yield Finding(Kind.ADDRESS, start, end, text[start:end], "rule:town")


def find_towns(text: str) -> Iterator[Finding]:
    for m in TOWN_SUFFIX.finditer(text):
        if plain(m.group("town")) in towns():
            yield Finding(Kind.ADDRESS, *m.span("town"), m.group("town"), "rule:town")
    yield from _cued_towns(text)
    yield from _inflected_towns(text)
    yield from _small_towns(text)


def _cued_towns(text: str) -> Iterator[Finding]:
    from raremap.privacy.names import census_first_names, world_first_names

    for m in TOWN_CUE.finditer(text):
        start = m.start("town")
        parts = list(re.finditer(r"[^\s-]+", m.group("town")))
        n = _longest_town([p.group() for p in parts])
        if not n:
            continue
        end = start + parts[n - 1].end()
        name = text[start:end]
        low = plain(name)
        if (low.split()[0] in NOT_TOWNS or low in CALENDAR_WORDS or low in NATIONALITIES
                or THING_AFTER.match(text, end)):
            continue
        before = text[max(0, m.start() - 30):m.start()]
        if m.group("particle") and _particle_of_name(before):
            continue  # "Maria da Silva", "síndrome de Turner" ("Ornella Buscemi da Palermo" is a town)
        if m.group("where") and (CARE_PLACE_BEFORE.search(before)
                                   or (NUMBER_BEFORE.search(before) and not AGE_IN_BRACKETS.search(before))):
            continue
        if not m.group("where") and (low in census_first_names() or low in world_first_names()):
            continue  # "a letter from Florence", "talked to Victoria"
        post = POSTCODE_AFTER.match(text, end) or (DUBLIN_DISTRICT.match(text, end) if low == "dublin" else None)
        if low in country_names() and post is None:
            continue  # a country alone is coarse enough to publish
        end = post.end() if post else end
        yield Finding(Kind.ADDRESS, start, end, text[start:end], "rule:town")
