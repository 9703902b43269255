"""Identifiers recognised by their shape or by the words before them: record, insurance and
case numbers after their keyword, bank accounts (IBAN, UK sort codes), national ids (Italian
codice fiscale, Spanish DNI/NIE, Nordic personal numbers), and social-media handles.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.hospitals import listed_hospital_names
from raremap.privacy.id_shape import NOT_ID_WORDS, phone_shaped
from raremap.privacy.kinds import Kind

# Words that announce an identifier: "MRN", "NHS no.", "policy number", "my DNI", "IBAN".
ID_KEYWORDS = (
    r"MRN|NHS(?:\s+(?:number|no\.?))?|CHI\s+(?:number|no\.?)|(?:medical\s+)?record\s+(?:number|no\.?|#)|"
    r"hospital\s+(?:number|no\.?)|unit\s+(?:number|no\.?)|chart\s+(?:number|no\.?)|"
    r"case\s+(?:number|no\.?|reference|ref\.?)|"
    r"(?:patient|insurance|health\s+insurance|policy|member(?:ship)?|passport|licen[cs]e|account|"
    r"reference|ref\.?|social\s+security|national\s+insurance|tax|claim|subject|participant|study|"
    r"employee|registration|accession|personal|identity|id\s+card|health\s+card|medicare|medicaid|"
    r"complaint|ticket|customer|file|sample|lab|trial|enrol?ment|benefits?)\s+(?:number|no\.?|id|#)|"
    r"accession|reference|ref\.?|passport|sort\s+code|BSB|routing\s+number|ABA|transit\s+number|account|IBAN|SSN|Krankenversichertennummer|Versichertennummer|"
    r"personnummer|CPR|BSN|DNI|NIE|NIF|PESEL|AHV|codice\s+fiscale|NIR|carte\s+vitale|(?-i:ID)|"
    # hospital and health numbers of Spain ("NHC"), Thailand ("HN"), Singapore, Australia
    r"historia\s+cl[íi]nica|(?-i:NHC|HN|NRIC|IHI|URN)|medicare|"
    # a case number in German, national ids of Malaysia and the Philippines
    r"Fallnr\.?|Fallnummer|Aufnahmenummer|Patientennummer|MyKad|PhilHealth(?:\s+(?:number|no\.?|ID))?|"
    # Austrian and German social insurance numbers; a South American identity card ("CI 4.812.377":
    # only before a number grouped in thousands, so a confidence interval "CI 1.2-3.4" is none)
    # French, Hungarian and Czech social security and birth numbers ("N° Sécu", "TAJ-szám", "RČ")
    r"Sécu|sécurité\s+sociale|TAJ(?:-szám)?|(?-i:RČ)|rodné\s+číslo|"
    r"SV-?Nr\.?|SVNR|Sozialversicherungsnummer|(?-i:C\.?I\.?)(?=\s*:?\s*\d{1,2}\.\d{3}\.\d{3}\b)")
# The value: digit groups, letters and digits, joined by spaces, hyphens or slashes, with an
# optional letter prefix ("RX 556 0921") or suffix ("1234-567-890-AB"). Case-sensitive, so a
# following lower-case word is never swallowed.
ID_VALUE = (r"(?-i:(?:[A-Z]{1,8}-(?=[A-Z]{1,8}-\d|\d)){0,2}(?:[A-Z]{1,4}[ /-](?=\d))?[A-Z0-9]*\d[A-Z0-9]*(?:[ /.-][A-Z0-9]*\d[A-Z0-9]*)*"
            r"(?:-[A-Z]{1,2}\b)?)")
RECORD = re.compile(
    rf"\b(?:{ID_KEYWORDS})(?:\s*\((?-i:[A-Z]{{2,3}})\))?"  # "Medicare (AU) 4127 55630 1"
    # "my hospital number at Alder Hey is ...", "case number with the programme is ..."
    r"(?:\s+(?:at|with|for|from|in|on)\s+[^.:;\d\n]{1,40}?\s+(?=(?:is|was)\b))?"
    rf"\s*(?:is|was)?\s*[:#,]?\s*(?P<value>{ID_VALUE})",
    re.IGNORECASE)
# Any "<word> number" names an id ("incident number", "AHV number", "lab report number"),
# except a phone, a place in a building, a page or a product.
ANY_NUMBER = re.compile(
    r"\b(?P<w>[A-Za-z][A-Za-z-]+)\s+(?:number|no\.|num\.|ID|code|card)\s*(?:is|was)?\s*[:#,]?\s*"
    rf"(?P<value>{ID_VALUE})")
# An acronym right before a long number is an id nobody listed ("AMKA 01018512345", "CPF ...").
ACRONYM_NUMBER = re.compile(r"\b[A-ZÀ-ÞĀ-Ž]{2,6}(?:\s+(?:is|was|number|no\.?))*\s*[:#]?\s*"
                            r"(?P<value>\d(?:[\d-]|[ .](?=\d)){6,18}\d)(?![\d.-]*\d)")
MIN_ACRONYM_DIGITS = 8
PHONE_LABEL = re.compile(r"(?:GSM|HP|TEL|TELP|MOB|SMS|WA|CELL|FAX|PH|NR|TLF|TFN)\b")
ISO_DATE = re.compile(r"(?:19|20)\d{2}-[01]\d-[0-3]\d")
DAY_MONTH_YEAR = re.compile(r"[0-3]?\d([./-])[01]?\d\1(?:19|20)\d{2}")
MIN_ID_DIGITS = 4
# IBAN: country code, check digits, then groups of four (with or without spaces).
IBAN = re.compile(r"(?<![\w-])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\w-])")
CODICE_FISCALE = re.compile(r"(?<![\w-])[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z](?![\w-])")
DNI_NIE = re.compile(r"(?<![\w-])[XYZ]?\d{7,8}[A-HJ-NP-TV-Z](?![\w-])")
# Swedish, Danish, Norwegian and Finnish personal numbers: a birth date then four characters.
NORDIC = re.compile(r"(?<![\w-])(?P<d>(?:19|20)?\d{6})[-+A](?:\d{3}[\dA-Z])(?![\w-])")
# Letters and digits mixed, 8 to 20 characters with at least five digits (passports, cards,
# Mexican CURP, Chinese resident ids).
MIXED = re.compile(r"(?<![\w./:-])(?=[A-Z0-9]{8,20}(?![\w-]))(?=(?:[A-Z]*\d){5})[0-9]*[A-Z][A-Z0-9]*(?![\w-])")
FEDIVERSE = re.compile(r"(?<![\w@])@[A-Za-z0-9_.]{2,30}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
HANDLE_AT = re.compile(r"(?<![\w@./])@\w(?:[\w.]{1,29})(?<!\.)(?![\w@])")
REDDIT_USER = re.compile(r"(?<![\w/])u/[A-Za-z0-9_-]{3,30}\b")
DISCORD_TAG = re.compile(r"(?<![\w#])[A-Za-z0-9_.]{2,32}#\d{4}\b")
# snake_case words are user names ("zebra_mum_kate"), not English.
SNAKE = re.compile(r"(?<![\w@./:-])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?![\w@/-])")
PLATFORMS = (r"Instagram|Insta|Twitter|TikTok|Reddit|Discord|Telegram|Snapchat|Threads|Mastodon|"
             r"Bluesky|YouTube|Facebook|Twitch|the\s+forum|forums?")
# "my Instagram is leo2019", "I post as mara.k on the forum"
HANDLE_CONTEXT = re.compile(
    rf"\b(?:(?:{PLATFORMS}|handle|user\s?name|screen\s?name|nickname|gamertag)\s+(?:is|:|name\s+is)"
    rf"|find\s+me\s+as)\s+(?P<h>[\w.#-]{{3,30}})(?![\w.#/@-])"
    rf"|\b(?:I\s+am|I'm|I’m|as)\s+(?P<g>[\w.#-]{{3,30}})\s+on\s+(?:{PLATFORMS})\b",
    re.IGNORECASE)
# What someone writes under: "posted in the forum as NightOwl7", "Forum post by gaucher_mum",
# "I comment under the name tinytumbles99", "I go by claire_cvid".
POSTED_AS = re.compile(
    r"\b(?:post(?:s|ed|ing)?|comment(?:s|ed|ing)?|writ(?:e|es|ing)|wrote|sign(?:s|ed)?\s+(?:in|up)|"
    r"log(?:s|ged)?\s+in|register(?:ed)?|known|go(?:es)?|am|thread|repl(?:y|ies|ied)|message|started|"
    r"shared|uploaded)"
    r"(?:\s+(?:in|on|to)\s+(?:the\s+|a\s+|our\s+|my\s+)?[\w-]+(?:\s+(?:group|forum|page|board|site|app|"
    r"server|chat))?)?"
    r"\s+(?:as|by|under(?:\s+the\s+name)?)\s+(?P<h>[\w.#-]{3,40})(?![\w.#/@-])", re.IGNORECASE)
# What one logs in with: "the portal login is mbeaumont77", "account r.fitzgerald", "user kirsty.h".
LOGIN = re.compile(
    r"\b(?:log-?in|user(?:\s?name|\s?id)?|account|profile|alias)(?:\s+(?:name|is|was))*\s*[:=]?\s+"
    r"(?P<h>[\w.#-]{3,40})(?![\w.#/@-])", re.IGNORECASE)
# Inner capitals of a surname, not a handle ("McAllister", "DeShawn", "O'Brien").
SURNAME_CAPITALS = re.compile(r"(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|O['’])[A-Z][a-z]+$")
# Words run together with capitals, as people name themselves on forums: "NightOwlNadia",
# "MumOfThreeMaybe", "CysticCarl88". Alone, three parts or more, or two and digits; after a
# greeting, a thanks or "replying to", two parts are enough ("hey DiabetesDan").
# "CFWarriorWill": an acronym may open it.
CAMEL = re.compile(r"(?<![\w@./#-])(?P<h>(?:[A-Z]{2,3}(?=[A-Z][a-z]))?[A-Z][a-z]+(?:[A-Z][a-z]+){1,5}\d{0,4})(?![\w@/-]|\.\w)")
CAMEL_CONTEXT = re.compile(
    r"\b(?:thanks|thank\s+you|thx|ty|hey|hi|hello|hiya|dear|replying\s+to|reply\s+to|in\s+reply\s+to|"
    r"@|cc|follow|streamer|blogger|poster|member|user|by|i['’]m|im|i\s+am|congrats|welcome|"
    r"(?:dm|pm|message|msg|snap|add|find)\s+me\??"
    # "hey lupus_lola and NephroNico": beside another user name
    r"|[\w.]+_[\w.]+\s+(?:and|&)|@[\w.]+\s+(?:and|&))[,:.]?\s+$",
    re.IGNORECASE)
# "GrumpyGastro posted this", "SjogrenSue wrote:", "TorontoTammy on the forum": a name run
# together, then what a forum member does.
CAMEL_AFTER = re.compile(
    r"\s*(?::|\s(?:posted|posts|wrote|writes|said|says|replied|replies|commented|comments|shared|asked|"
    r"here\b|updates?\b|on\s+(?:the\s+)?(?:forum|group|board|reddit|discord|instagram|insta|tiktok|facebook|bluesky)))")
# "snap me kaicantsweat", "dm me on insta: lilyloo.22": a handle after asking to be messaged.
MESSAGE_ME = re.compile(
    r"\b(?:snap|dm|pm|message|msg|add|follow|find)\s+me(?:\s+(?:on|at)\s+\w+)?\s*[:,]?\s+"
    r"(?P<h>[a-z][a-z0-9._]{5,29})(?=\s*(?:[.,;!)]|$))")
NOT_HANDLE_WORDS = frozenset("""
anytime whenever privately directly tomorrow tonight today later sometime please thanks instead
there anyway though again whatever
""".split())
# Brands and products written the same way.
CAMEL_BRANDS = frozenset("""
youtube whatsapp tiktok linkedin facetime iphone ipad powerpoint gofundme justgiving healthunlocked
mychart paypal facebook playstation xbox bluesky healthline webmd pubmed genereviews clinicaltrials
orphanet raremap rareconnect patientslikeme carepages caringbridge mayoclinic glaxosmithkline biomarin
astrazeneca novonordisk freestyle dexcom omnipod medtronic libre nhsapp myfitnesspal zoom
""".split())
# "my discord is lupuslemon": after a platform's name and "is", any word that is no state of it.
PLATFORM_IS = re.compile(
    rf"\b(?:my|our|his|her|their)\s+(?:{PLATFORMS}|handle|user\s?name|screen\s?name|nickname|gamertag|ig|insta)"
    r"\s+(?:is|:)\s+(?P<h>[A-Za-z][\w.]{2,28}\w)(?![\w#/@-]|\.\w)(?=\s*(?:[,;.!)]|$|\s+(?:if|and|but|so|or|used|lol|because|cos|coz|cause|from|on)\b))",
    re.IGNORECASE)
NOT_A_HANDLE = frozenset("""
private public down open closed broken locked dead gone empty full active inactive deleted blocked
banned same different better great fine free linked pinned there here hacked suspended new old
""".split())
# A login of an initial and a surname: "a.osei", "j.smith2".
# A login of dotted words ending in an initial: "it.tobias.k", "fam.okafor.j" (no web address
# ends in a one-letter part).
DOTTED_INITIAL = re.compile(r"(?<![\w.@/:-])[a-z][a-z0-9]*(?:\.[a-z0-9]{2,}){1,3}\.[a-z](?![\w@/-]|\.\w)")
INITIAL_DOT = re.compile(r"(?<![\w.@/:-])[a-z]\.[a-z]{3,20}(?:_[a-z0-9]+)*\d{0,4}(?![\w@/-]|\.\w)")


def _plausible_birth_date(digits: str) -> bool:
    six = digits[-6:]
    a, b, c = int(six[:2]), int(six[2:4]), int(six[4:])
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= b <= 12 and 1 <= c <= 31)


def _handle_like(word: str) -> bool:
    return any(c.isdigit() or c in "_.#" for c in word.strip("."))


def _login_like(word: str) -> bool:
    """A user name as people choose them: lower-case letters with digits, dots or underscores
    ("bkowalczyk84", "r.fitzgerald"), or capitals inside a word ("NightOwlNF1",
    "SleeplessInLeeds"); never a plain word, a number or an id in capitals ("AB123456")."""
    word = word.strip(".")
    if not any(c.islower() for c in word) or "@" in word:
        return False
    # capitals inside one word, not a chemical name's parts ("HMG-CoA")
    camel = re.search(r"[a-z][A-Z]", word) is not None and not SURNAME_CAPITALS.match(word) and "-" not in word
    return camel or any(c.isdigit() or c in "_.#" for c in word)


def find_identifiers(text: str) -> Iterator[Finding]:
    for m in RECORD.finditer(text):
        s, e = m.span("value")
        e = len(text[:e].rstrip(" -/."))
        if sum(c.isdigit() for c in text[s:e]) >= MIN_ID_DIGITS:
            yield Finding(Kind.RECORD_NUMBER, s, e, text[s:e], "rule:record")
    for m in ANY_NUMBER.finditer(text):
        if m.group("w").lower() in NOT_ID_WORDS or phone_shaped(m.group("value")):
            continue  # "the clinic number is 01 42 34 56 78" is a phone
        s, e = m.span("value")
        e = len(text[:e].rstrip(" -/."))
        if sum(c.isdigit() for c in text[s:e]) >= MIN_ID_DIGITS:
            yield Finding(Kind.RECORD_NUMBER, s, e, text[s:e], "rule:record")
    for m in ACRONYM_NUMBER.finditer(text):
        if PHONE_LABEL.match(m.group()):
            continue  # "GSM 0475 55 28 19", "HP 0812-…": a phone after its label
        s, e = m.span("value")
        if ISO_DATE.fullmatch(text, s, e) or DAY_MONTH_YEAR.fullmatch(text, s, e):
            continue  # "DOB 1988-04-21", "DOB 03.07.1992" are dates
        if sum(c.isdigit() for c in text[s:e]) >= MIN_ACRONYM_DIGITS:
            yield Finding(Kind.RECORD_NUMBER, s, e, text[s:e], "rule:id")
    for rx in (IBAN, CODICE_FISCALE, DNI_NIE, MIXED):
        for m in rx.finditer(text):
            if rx is IBAN and sum(c.isdigit() for c in m.group()) < 10:
                continue
            yield Finding(Kind.RECORD_NUMBER, m.start(), m.end(), m.group(), "rule:id")
    for m in NORDIC.finditer(text):
        if _plausible_birth_date(m.group("d")):
            yield Finding(Kind.RECORD_NUMBER, m.start(), m.end(), m.group(), "rule:id")
    for rx in (FEDIVERSE, HANDLE_AT, REDDIT_USER, DISCORD_TAG, SNAKE):
        for m in rx.finditer(text):
            yield Finding(Kind.USERNAME, m.start(), m.end(), m.group(), "rule:handle")
    for m in HANDLE_CONTEXT.finditer(text):
        group = "h" if m.group("h") else "g"
        s, e = m.span(group)
        e = len(text[:e].rstrip(".,"))
        if _handle_like(text[s:e]):
            yield Finding(Kind.USERNAME, s, e, text[s:e], "rule:handle")
    for m in CAMEL.finditer(text):
        h = m.group("h")
        parts = len(re.findall(r"[A-Z]", h))
        if (h.lower().rstrip("0123456789") in CAMEL_BRANDS or SURNAME_CAPITALS.match(h)
                or h in listed_hospital_names()):
            continue
        if parts >= 3 or (h[-1].isdigit() and parts >= 2) or (
                parts >= 2 and (CAMEL_CONTEXT.search(text, max(0, m.start() - 20), m.start())
                                or CAMEL_AFTER.match(text, m.end()))):
            yield Finding(Kind.USERNAME, m.start(), m.end(), h, "rule:handle")
    for m in PLATFORM_IS.finditer(text):
        if m.group("h").lower() not in NOT_A_HANDLE:
            yield Finding(Kind.USERNAME, *m.span("h"), m.group("h"), "rule:handle")
    for m in MESSAGE_ME.finditer(text):
        if m.group("h") not in NOT_HANDLE_WORDS:
            yield Finding(Kind.USERNAME, *m.span("h"), m.group("h"), "rule:handle")
    for m in DOTTED_INITIAL.finditer(text):
        yield Finding(Kind.USERNAME, m.start(), m.end(), m.group(), "rule:handle")
    for m in INITIAL_DOT.finditer(text):
        yield Finding(Kind.USERNAME, m.start(), m.end(), m.group(), "rule:handle")
    for rx in (POSTED_AS, LOGIN):
        for m in rx.finditer(text):
            s, e = m.span("h")
            e = len(text[:e].rstrip(".,"))
            if _login_like(text[s:e]):
                yield Finding(Kind.USERNAME, s, e, text[s:e], "rule:handle")
