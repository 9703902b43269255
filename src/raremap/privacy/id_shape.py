"""Identifiers recognised in general rather than one format at a time.

An identifier is a token, or tokens joined by hyphens, slashes, dots or single spaces, made of
capital letters and digits, with enough digits to number people or files. It is taken

- after a word that announces one, in several languages ("number", "no.", "nr", "#", "ID",
  "code", "ref", "Nummer", "numéro de dossier", "número de historia clínica", "Fallnummer:",
  "policy, number …"), even with punctuation or a few words between ("card (tessera
  sanitaria) is …", "claim was filed as …");
- on its shape alone when letters and digits are mixed the way only ids mix them (three or
  more groups "XZ-4410-93-KD", six digits or more "CLM/88/40219", a zero-led run "R0098-24", a
  letter tail "GT-99012-B"), or when there are more digits than a phone number holds.

Never an identifier: years and year ranges, dates, decimals, clock times, counts ("1200
families"), money, and what the detector removes afterwards (lab values, doses, medical codes,
medicine development codes, gene symbols).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

# Capital letters and digits, joined by one separator; a value may open with "#".
VALUE = r"#?[A-Z0-9]+(?:(?:[-/.]| (?=[A-Z0-9]))[A-Z0-9]+)*"
VALUE_END = r"(?![\w@/-]|\.\w)"
# Everything a value starting here could reach, taken at once.
VALUE_RUN = r"#?[A-Z0-9]++(?:(?:[-/.]| (?=[A-Z0-9]))[A-Z0-9]++)*+"
# Lower-case hexadecimal ids after an id word ("case ID: 7f3a9c2e"); UUIDs anywhere.
HEX = r"(?=[0-9a-f-]*[a-f])(?=[0-9a-f-]*\d)[0-9a-f]{6,}(?:-[0-9a-f]{4,})*"
UUID = re.compile(r"(?<![\w-])[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}(?![\w-])")
# Words that end in a "number" word name an id ("Versichertennummer", "patiëntnummer").
MARKER = (r"(?:\w*(?:nummer|nummern|number|numer|numero|numéro|número)|no\.?|nr\.?|num\.?|nº|n°|"
          r"#|id|code|kode|kod|codice|código|ref\.?|reference|référence|referencia|riferimento|"
          r"identifier|identifiant|kennung|kennzeichen|plate|reg|quote|quoting)")
# Nouns for things that carry an id; the value may follow a few words later.
HOLDER = (r"(?:card|account|acct|policy|claim|ticket|order|booking|reservation|case|file|"
          r"member(?:ship)?|patient|record|registration|licen[cs]e|permit|badge|certificate|invoice|"
          r"receipt|confirmation|tracking|application|customer|client|subscriber|barcode|wristband|"
          r"dossier|akte|aktenzeichen|az\.|fall|karte|ausweis|compte|carte|matricule|expediente|"
          r"tarjeta|cuenta|p[oó]liza|c[ée]dula|tessera|pratica|cartella|fascicolo|processo|"
          r"cart[ãa]o|carteira|polis|legitymacja|agreement|contract|scheme|subscription|prescription|"
          r"referral|appointment|appeal|grant|award|pension|allowance|tenancy|mortgage|loan|parcel|"
          r"package|shipment|delivery|consignment|family|pedigree|kindred|sample|specimen)")
# "is", "was", ":" in the languages of the markers.
VERB = r"(?:is|was|are|were|reads|says|lautet|ist|war|est|était|es|era|è|é|er|är|jest|:|=)"
# "numéro de dossier", "n° de sécurité sociale", "numero della pratica"
OF_WORDS = r"(?:\s+(?:de|del|della|dello|di|da|do|dos|das|des|du|d['’]|van|der|voor)\s*[^\W\d_]+(?:\s+[^\W\d_]+)?)"
PAREN = r"(?:\s*\([^()\n]{1,40}\))"
# "number on the register is …", "reference with the council was …": where the id belongs.
PREP = (r"(?:\s+(?:on|with|at|for|from|in|under)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?"
        r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)")
AFTER_MARKER = re.compile(
    rf"(?:\b(?P<word>[^\W\d_][\w-]*)(?P<sep>,?\s+))?(?P<marker>(?<!\w){MARKER})(?![^\W\d_])(?:(?<=[.#°º])|(?=[\s:#,=(]))"
    rf"{OF_WORDS}?{PAREN}?(?P<prep>{PREP}\s+{VERB})?(?:\s+{VERB})?\s*[:#,=]?\s*(?P<value>(?-i:{VALUE}|{HEX})){VALUE_END}",
    re.IGNORECASE)
# "registered with the hospital as 0091-44-8812", "filed under CLM/88/40219"
REGISTERED_AS = re.compile(
    rf"\b(?:registered|listed|filed|logged|enrolled|booked|recorded|entered)\s+(?:[^\W\d_][\w'’-]*\s+){{0,4}}?"
    rf"(?:as|under)\s+(?:number\s+|no\.?\s+|#\s*)?(?P<value>(?-i:{VALUE})){VALUE_END}",
    re.IGNORECASE)
# The value before what it is written on: "88123-44 on the insurance letter", "… was on the form".
# When no value starting here is followed by a document, the second branch takes the rest of the
# run of capitals and digits: a value starting later in the run ends at the same places, so it
# cannot match either, and skipping the run keeps the search linear ("1 1 1 …"). That branch
# has no "value" group.
BEFORE_DOCUMENT = re.compile(
    rf"(?<![\w@./:+#-])(?:(?P<value>(?-i:{VALUE})){VALUE_END}\s+(?:(?:is|was|are|were)\s+)?(?:printed\s+|written\s+)?"
    r"(?:on|from|off)\s+(?:the|my|our|his|her|their|this|that)\s+(?:[^\W\d_][\w'’-]*\s+){0,3}?"
    r"(?:letter|card|form|wristband|band|label|sticker|file|record|badge|certificate|invoice|printout|"
    r"report|referral|prescription|slip|paperwork|documents?|passport|licen[cs]e|bill|statement|"
    rf"e-?mail|portal|app|screen|booklet)s?\b|(?-i:{VALUE_RUN}))",
    re.IGNORECASE)
# An acronym nobody listed before a value mixing letters and digits ("NIN AB 12 34 56 C",
# "PAN ABCDE1234F").
AFTER_ACRONYM = re.compile(
    rf"\b(?P<acronym>[A-Z]{{2,6}})\b(?:\s+(?:is|was|number|no\.?))*\s*[:#]?\s*(?P<value>{VALUE}){VALUE_END}")
# "My Aadhaar 1234 5678 9123", "her Kela card: …": someone's named thing and a number.
AFTER_OWNER = re.compile(
    rf"\b(?:my|our|his|her|their)\s+(?:[^\W\d_][\w'’-]*\s+){{0,2}}?(?P<noun>[^\W\d_][\w'’-]*)"
    rf"(?:\s+(?:is|was))?\s*:?\s*(?P<value>(?-i:{VALUE})){VALUE_END}",
    re.IGNORECASE)
# Holder then at most three words (no digits, no sentence end) then the value:
# "claim was filed as CLM/88/40219", "card (tessera sanitaria) is 8038…", "case 77-41093".
AFTER_HOLDER = re.compile(
    rf"\b{HOLDER}\b{PAREN}?(?:\s+[^\W\d_][\w'’-]*){{0,3}}?\s*[:#,]?\s*(?P<value>(?-i:{VALUE})){VALUE_END}",
    re.IGNORECASE)
ID_GRAMMAR = re.compile(r"[A-Z0-9]+(?:[-/.][A-Z0-9]+)*")
STANDALONE = re.compile(rf"(?<![\w@./:+#-])(?P<value>[A-Z0-9]+(?:[-/.][A-Z0-9]+)*){VALUE_END}")
# More digits than any phone number, in groups or not (cards, health cards, tax ids).
LONG_DIGITS = re.compile(r"(?<![\w+./-])\d{2,}(?:[ -]?\d{2,}){0,6}(?![\w/-]|\.\d)")
MIN_LONG_DIGITS = 16

# The word before a marker that makes it something else: a phone, a place in a building, a
# count ("the number of"), an amount.
NOT_ID_WORDS = frozenset("""
the a an my our your his her their this that any same total large small big lucky whole new old
me him us them it is was and or of in on at to by with for
phone mobile telephone tel cell fax contact landline home work office direct emergency helpline
hotline whatsapp house flat apartment room bed ward page version model serial lot batch area post
postal zip country dialling dialing street door seat table platform bus route track chapter issue
platelet copy exon repeat step item icd diagnosis diagnostic billing procedure discount promo
voucher colour color dress error status access security qr bar snomed loinc atc umls pmid doi
""".split())
# "my number at work is …" is a phone; "my number on the register is …" is an id.
NOT_PLACE = re.compile(r"\b(?:work|home|office|house|flat|weekends?|nights?|days?|evenings?|mornings?|"
                       r"ward|desk|reception|switchboard)\b", re.IGNORECASE)
# "my patient number": an owner word before a specific marker is fine, before "number" it is a phone.
OWNERS = frozenset("my our your his her their".split())
GENERIC_MARKERS = frozenset("number no # num nr code".split())
PHONE_WORDS = re.compile(r"\b(?:phone|mobile|cell|tel|telephone|call|ring|text|fax|whats\s?app|"
                         r"landline|dial|helpline|hotline|reach)\b", re.IGNORECASE)
COUNT_AFTER = re.compile(
    r"\s*(?:patients?|people|persons?|cases|famil(?:y|ies)|children|kids|members|visits|times|"
    r"days?|weeks?|months?|years?|hours?|minutes?|seconds?|steps|words|pages|calories|kcal|"
    r"pounds|euros?|dollars?|francs|kroner|miles|km|metres|meters|feet|participants|samples|"
    r"records|reports|responses|downloads|views|copies|tablets|pills|doses|units|cells)\b",
    re.IGNORECASE)
# Cell surface markers "CD3/CD4/CD62L", HLA alleles "B27", viruses "H1N1": letters with short numbers.
MARKER_PART = re.compile(r"(?:CD|HLA|[A-Z])\d{1,3}[A-Z]{0,2}\d?|[A-Z]{1,4}|\d{1,2}")
MONTH_PART = re.compile(r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)", re.IGNORECASE)
YEARISH = re.compile(r"(?:19|20)\d{2}(?:[-/–](?:(?:19|20)?\d{2}))?")
DATEISH = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.](?:\d{2}|\d{4})|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}")
DECIMAL = re.compile(r"\d+\.\d+")
# "2025-11-28 08:15", "28.11.2025 8:15": a date and the hour of a clock time read on as one value.
DATE_AND_HOUR = re.compile(rf"(?:{DATEISH.pattern}) \d{{1,2}}")
CLOCK_MINUTES = re.compile(r"[:.h]\d{2}\b")
AMOUNT_BEFORE = re.compile(r"\b(?:of|about|around|over|under|nearly|almost|than|by|to|only|just)\s+$", re.IGNORECASE)
MONEY_BEFORE = re.compile(r"(?:[£€$¥]|\b(?:EUR|USD|GBP|CHF|AUD|CAD|SEK|DKK|NOK|PLN))\s?$")


LEADING_MARKER = re.compile(r"(?:ID|NO|NR|REF|MRN)[\s:#]+")
LEADING_NAME = re.compile(r"(?:[A-Z]{3,6}|ID|NO|NR)[\s:#]+(?=\d)")


def _digits(s: str) -> int:
    return sum(c.isdigit() for c in s)


def _letters(s: str) -> int:
    return sum(c.isalpha() for c in s)


def _cell_markers(v: str) -> bool:
    """"CD3/CD4/CD62L", "HLA-B27": short letter-number groups with few digits in all."""
    return _digits(v) < 6 and all(MARKER_PART.fullmatch(p) for p in re.split(r"[-/. ]", v))


def _not_an_id(text: str, s: int, e: int) -> bool:
    """Years, year ranges, dates, decimals, counts and amounts."""
    v = text[s:e].lstrip("#")
    if not _letters(v) and (YEARISH.fullmatch(v) or DATEISH.fullmatch(v) or DECIMAL.fullmatch(v)):
        return True
    if DATE_AND_HOUR.fullmatch(v) and CLOCK_MINUTES.match(text, e):
        return True  # a date and time, not an id
    if not _letters(v) and (COUNT_AFTER.match(text, e) or MONEY_BEFORE.search(text[max(0, s - 5):s])):
        return True
    return any(MONTH_PART.fullmatch(p) for p in re.split(r"[-/. ]", v))


def _id_enough(v: str, *, announced: bool) -> bool:
    """Digits enough for an id after an id word: four (three with letters), five when the word
    only names the thing holding the id ("case 77-41093")."""
    d, letters = _digits(v), _letters(v)
    if letters:
        # "booking K7QX2P": two digits are enough among six or more letters and digits mixed
        mixed = d >= 2 and letters >= 2 and len(re.sub(r"\W", "", v)) >= 6 and not v[:3].isalpha()
        return d >= 4 or (d >= 1 and len(re.sub(r"\W", "", v)) >= 5 and announced) or mixed
    return d >= (4 if announced else 5)


def phone_shaped(v: str) -> bool:
    """A value laid out as a phone number: international prefix or a trunk "0" with 10–12 digits
    ("01 42 34 56 78", "0161 496 0000", "0176 98765432"), not the 4-4-4 groups of a reference."""
    groups = re.split(r"[ .-]", v)
    d = _digits(v)
    if v.startswith(("+", "(")) or (v.startswith("00") and not v.startswith("000") and 11 <= d <= 15):
        return True
    return v.startswith("0") and 10 <= d <= 12 and len(groups) > 1 and any(len(g) != 4 for g in groups)


def _shape_says_id(v: str) -> bool:
    """Letters and digits mixed the way ids mix them, with no word before to tell."""
    if not ID_GRAMMAR.fullmatch(v):
        return False
    parts = re.split(r"[-/.]", v)
    d, letters = _digits(v), _letters(v)
    if (not letters or d < 4 or len(v) > 30 or any(MONTH_PART.fullmatch(p) for p in parts)
            or _cell_markers(v)):
        return False
    letter_tail = len(parts) > 1 and parts[-1].isalpha() and _digits(parts[-2]) > 0
    zero_run = re.search(r"(?<!\d)0\d{3,}", v) is not None
    return len(parts) >= 3 or d >= 6 or zero_run or letter_tail


def _phone_before(text: str, s: int) -> bool:
    return PHONE_WORDS.search(text[max(0, s - 30):s]) is not None


# A little word of a sentence in capitals ends a value: "CLM 4410 93 ON THE FORM" is "4410 93"
# ("AB12 CDE", "AB 12 34 56 C" stay whole).
SENTENCE_WORD = re.compile(r" (?:ON|IN|AT|TO|OF|THE|AND|OR|IS|WAS|ARE|FOR|FROM|BY|WITH|AS|IT|MY|OUR|"
                           r"HIS|HER|PLEASE|THANKS|SEE|NOT|NO|BUT|IF|SO|THEN|THIS|THAT|WE|I)(?= |$)")


def _trim(text: str, s: int, e: int, *, named: bool = False) -> tuple[int, int]:
    """The value without trailing separators, capitalised words after it or a leading
    "ID"/"NO"; ``named``: without a leading acronym of three letters or more that names the id
    ("AMKA 0101…")."""
    e = len(text[:e].rstrip(" -/."))
    word = SENTENCE_WORD.search(text, s, e)
    if word and _digits(text[s:word.start()]):
        e = word.start()
    lead = (LEADING_NAME if named else LEADING_MARKER).match(text, s, e)
    return (lead.end() if lead and lead.end() < e else s), e


def _finding(text: str, s: int, e: int, source: str) -> Finding:
    return Finding(Kind.RECORD_NUMBER, s, e, text[s:e], source)


def find_id_shapes(text: str) -> Iterator[Finding]:
    for m in AFTER_MARKER.finditer(text):
        word, marker = (m.group("word") or "").lower(), m.group("marker").lower().rstrip(".")
        named = m.group("marker")[0].isupper() and m.group("word") and m.group("word")[0].isupper() \
            and m.start() > 0 and not re.search(r"[.!?]\s*$", text[:m.start()])
        prep = m.group("prep") or ""
        placed = bool(prep) and not PHONE_WORDS.search(prep) and not NOT_PLACE.search(prep)
        if prep and not placed:
            continue  # "my number at work is …"
        if (word in NOT_ID_WORDS and (word not in OWNERS or marker in GENERIC_MARKERS)
                and not named and not placed):
            continue  # "phone number", "my number is …", "the number 5" (not "the Japanese My Number")
        if not word and marker in GENERIC_MARKERS and not placed:
            continue
        s, e = _trim(text, *m.span("value"))
        v = text[s:e]
        if (not _id_enough(v, announced=True) or _not_an_id(text, s, e) or phone_shaped(v)
                or (not _letters(v) and _phone_before(text, m.start()))):
            continue
        yield _finding(text, s, e, "rule:id-context")
    for m in AFTER_HOLDER.finditer(text):
        s, e = _trim(text, *m.span("value"), named=True)
        v = text[s:e]
        if (not _id_enough(v, announced=False) or _not_an_id(text, s, e) or phone_shaped(v)
                or _phone_before(text, m.start()) or AMOUNT_BEFORE.search(text, max(0, s - 12), s)
                or (v.isdigit() and v.endswith("000"))):
            continue  # "a grant of 50000", "our mortgage 250000" are amounts
        yield _finding(text, s, e, "rule:id-context")
    for m in AFTER_ACRONYM.finditer(text):
        if m.group("acronym").lower() in NOT_ID_WORDS:
            continue  # "LOT A12345", "QR …"
        s, e = _trim(text, *m.span("value"))
        v = text[s:e]
        if _letters(v) and _digits(v) >= 4 and not _not_an_id(text, s, e) and not _cell_markers(v):
            yield _finding(text, s, e, "rule:id-context")
    for m in AFTER_OWNER.finditer(text):
        s, e = _trim(text, *m.span("value"), named=True)
        v = text[s:e]
        d = _digits(v)
        if (m.group("noun").lower() in NOT_ID_WORDS | GENERIC_MARKERS or PHONE_WORDS.search(m.group())
                or _phone_before(text, m.start()) or phone_shaped(v) or _not_an_id(text, s, e)
                or _cell_markers(v)):
            continue
        if (_letters(v) and d >= 4) or (not _letters(v) and d >= 12):
            yield _finding(text, s, e, "rule:id-context")
    for m in REGISTERED_AS.finditer(text):  # nobody is registered as a phone number
        s, e = _trim(text, *m.span("value"), named=True)
        v = text[s:e]
        if (_id_enough(v, announced=False) and not v.startswith(("+", "(")) and not _not_an_id(text, s, e)
                and not _phone_before(text, m.start()) and not _cell_markers(v)):
            yield _finding(text, s, e, "rule:id-context")
    for m in BEFORE_DOCUMENT.finditer(text):
        if m.group("value") is None:
            continue  # a run of capitals and digits with no document after it
        s, e = _trim(text, *m.span("value"), named=True)
        v = text[s:e]
        if (_id_enough(v, announced=False) and not phone_shaped(v) and not _not_an_id(text, s, e)
                and (_letters(v) or _digits(v) >= 6 or re.search(r"[-/. ]", v))
                and not _phone_before(text, s) and not _cell_markers(v)):
            yield _finding(text, s, e, "rule:id-context")
    for m in UUID.finditer(text):
        yield _finding(text, m.start(), m.end(), "rule:id-shape")
    for m in STANDALONE.finditer(text):
        s, e = _trim(text, *m.span("value"))
        if _shape_says_id(text[s:e]) and not _not_an_id(text, s, e):
            yield _finding(text, s, e, "rule:id-shape")
    for m in LONG_DIGITS.finditer(text):
        # More digits than a phone holds, or one unbroken run of 13 or more that no phone
        # number is written as without "+" or a trunk "0" ("2850712123456").
        run = m.group()
        if _digits(run) >= MIN_LONG_DIGITS or (run.isdigit() and len(run) >= 13 and not run.startswith("0")):
            yield _finding(text, *_trim(text, *m.span()), "rule:id-shape")


FOUR_FOUR_FOUR = re.compile(r"[1-9]\d{3} \d{4} \d{4}")


def as_id_when_shaped(f: Finding) -> Finding:
    """A phone number or date whose shape can only be an id gets the right kind: letters mixed
    in ("RX-4410-93"), more digits than a phone holds, or a run of digits no date has."""
    if f.kind not in (Kind.PHONE, Kind.DATE):
        return f
    v, d = f.text, _digits(f.text)
    shaped = (_shape_says_id(v) or d >= MIN_LONG_DIGITS
              or (f.kind is Kind.DATE and not _letters(v) and d >= 9)
              # "4821 7730 5519": three groups of four with no "+" or trunk "0" is how national ids
              # (Aadhaar) are written, not phones
              or (f.kind is Kind.PHONE and FOUR_FOUR_FOUR.fullmatch(v) is not None))
    return Finding(Kind.RECORD_NUMBER, f.start, f.end, f.text, f.source) if shaped else f
