"""Rule-based recognisers: regular expressions for personal data with a fixed shape.

Each rule yields :class:`Finding` objects; overlaps are settled later by kind priority.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.spelled_emails import find_spelled_emails

MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
         r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
DAY = r"(?:[0-3]?\d(?:st|nd|rd|th)?)"
YEAR = r"(?:19|20)\d{2}"

EMAIL = re.compile(r"(?<![\w.+@-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
URL = re.compile(
    r"(?:\bhttps?://|\bwww\.)[^\s<>\"']+"
    r"|\b(?:[a-z0-9-]+\.)+(?:com|org|net|info|io|edu|gov|co\.uk|org\.uk|de|fr|nl|eu|ca|au)"
    r"(?:/[^\s<>\"']*)?(?![\w@])",
    re.IGNORECASE,
)
DATE = re.compile(
    rf"\b{DAY}(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR})?\b"      # 12 March 2019, 3rd of May
    rf"|\b{MONTH}\s+{DAY}(?:,\s*|\s+){YEAR}\b"             # March 12, 2019
    rf"|\b{MONTH}\s+{DAY}\b(?!\s*(?:mg|kg|%|years?))"      # March 12
    rf"|\b{MONTH}\s+{YEAR}\b"                              # March 2019
    r"|\b(?:19|20)\d{2}-[01]\d-[0-3]\d\b"                   # 2019-03-12
)
# 12/03/2019, 03/14/2019 (US), 14.03.2021, 5/7/22: checked by _plausible_numeric_date.
NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)")
# A month and year: "08/2031" (a zero-led month anywhere), "11/2027" after "until", "expiry",
# "since"... ("1/2000 births" is a frequency).
MONTH_YEAR = re.compile(
    r"(?:\b(?:expiry|expires|expired|until|valid|since|from|exp\.?|thru|in)\s+(?:date\s+)?(?::\s*)?"
    r"(?P<kw>(?:1[0-2]|0?[1-9])/(?:19|20)\d{2})|(?<![\d/.])(?P<z>0[1-9]/(?:19|20)\d{2}))"
    r"(?![\d/])(?!\s*(?:births|people|newborns|live|patients))", re.IGNORECASE)
# "in June", "last September": a month named after a word that makes it a time.
MONTH_ALONE = re.compile(
    r"\b(?:in|last|next|early|late|mid|since|until|till|this|every|each|from|by)\s+(?:the\s+)?"
    r"(?:early\s+|late\s+|mid-?)?(?P<m>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b(?!\s*\d)")
NUMBER_WORDS = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
                r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|"
                r"four|five|six|seven|eight|nine))?)")
AGE_WORDS = re.compile(
    rf"\b{NUMBER_WORDS}[\s-](?:years?|months?)[\s-]old\b|\baged?\s+{NUMBER_WORDS}\b", re.IGNORECASE)
# "I was twenty-four when", "diagnosed at forty-one", "turned sixty": a number word that can
# only be an age.
AGE_WORDS_CONTEXT = re.compile(
    rf"\b(?:I|he|she|they|we|you)\s+(?:was|were)\s+(?P<a>{NUMBER_WORDS})\b(?=\s+(?:when|and|at|before|"
    rf"after|by)\b|\s*[,.;])"
    rf"|\b(?:diagnosed|started|began|died|retired|onset)\b[^.]{{0,20}}?\bat\s+(?P<b>{NUMBER_WORDS})\b"
    rf"(?!\s+(?:times|mg|percent|o'clock))"
    rf"|\bturned\s+(?P<c>{NUMBER_WORDS}|\d{{1,3}})\b(?!\s*(?:%|mg|times|degrees))"
    # "my daughter is eleven now", "she's four": a person "is" a number word.
    rf"|\b(?:I'm|I’m|I am|he's|he’s|he is|she's|she’s|she is|(?:son|daughter|child|baby|boy|girl|brother|"
    rf"sister)\s+is|who is)\s+(?P<d>{NUMBER_WORDS})\b(?!\s*(?:times|mg|tablets?|pills?|of|percent|%|out|"
    rf"days?|weeks?|hours?|minutes?))",
    re.IGNORECASE)
# "I was 59 when...", "diagnosed at 45": a bare number that can only be an age.
AGE_CONTEXT = re.compile(
    r"\b(?:I|he|she|they|we|you)\s+(?:was|were)\s+(?P<n>\d{1,3})\b(?=\s+(?:when|and|at|before|"
    r"after|by)\b|\s*[,.;])"
    r"|\b(?:diagnosed|started|began|born|died|passed away|retired|onset)\b[^.\d]{0,50}?\bat\s+"
    r"(?P<m>\d{1,3})\b(?!\s*(?:mg|%|kg|am|pm|:|\.\d))",
    re.IGNORECASE)
AGE = re.compile(
    r"\b(?:aged?|age of|at the age of)\s+\d{1,3}\b"
    r"|\b\d{1,3}[\s-](?:years?|yrs?|months?|weeks?|days?)[\s-]old\b"
    r"|\b\d{1,3}-year-old\b"
    r"|\b(?:I'm|I’m|I am|she's|she is|he's|he is|hes|shes|who is|now)\s+\d{1,3}\b(?!\s*(?:%|mg|kg|cm|weeks|days|times))",
    re.IGNORECASE,
)
# Ids by their shape alone: a US social security number, letters then many digits
# (A123456789, X4829103), letter groups and digit groups joined by hyphens (RM-2023-0442,
# EURO-NMD-00417, INC-7731902).
ID_SHAPE = re.compile(
    r"(?<![\w-])(?:\d{3}-\d{2}-\d{4}|[A-Z]{1,3}\d{6,12}|[A-Z]{1,4}-\d{2,6}(?:-\d{2,6})+"
    r"|[A-Z]{2,8}(?:-[A-Z]{2,8})+-\d{3,8}|[A-Z]{2,5}-\d{4,8})(?![\w-])")
IPV4 = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.]*\d)")
# Eight groups of hex digits, or fewer with one "::" anywhere ("fe80::1ff:fe23:4567:890a");
# checked by _plausible_ipv6 (a clock time "10:30:45" has neither).
IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{1,4}(?![\w:])")
BARE_DIGITS = re.compile(r"(?<![\w+.,/-])(?<!\d\s)\d{6,12}(?![\w.,/-]*\d)(?!\s\d)")
# A letter of Chinese, Japanese or Korean may touch the number ("电话139 0000 0000", "…まで"): those
# scripts put no space between words.
_NOT_CJK_WORD = r"[^\W\u3000-\u9fff\uac00-\ud7af]"
PHONE = re.compile(
    rf"(?<!{_NOT_CJK_WORD})(?<!\+)(?:\+\d{{1,3}}[\s.-]?)?(?:\(\d{{1,5}}\)[\s.-]?)?\d{{1,6}}(?:[\s.-]\d{{2,8}}){{1,5}}"
    rf"(?!{_NOT_CJK_WORD}|-)"
)
UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
CAPWORD = rf"[{UPPER}][\w'’.-]*"
LOWER = r"(?:[^\W\d_A-ZÀ-ÖØ-Þ]|['’])"
STREET_TYPES = (r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Boulevard|Blvd|Way|Court|Ct|Place|Pl|"
                r"Close|Crescent|Terrace|Square|Gardens|Grove|Hill|Park|Row|Walk|View|Mews|Heights|Rise|Parade|"
                r"Quay|Wharf|Green|Gate|Vale|Meadows?|Fields|Yard|Cottages|Villas|Manor|Wynd|Brae|Highway|Hwy|"
                r"Parkway|Pkwy|Circle|Cir|Trail|Trl|Loop|Pike|Turnpike|Expressway|Expy|Plaza|Alley|Crossing|"
                r"Ridge|Landing|Cove|Glen|Bend|Commons)")
# A flat, floor or door after a house number: "ap. 12", "bus 3", "lok. 5", "3. th.", "3. ezk.", "3º B"
FLAT_PART = (r"(?:(?:ap|apt|apto|app|bus|bte|lok|m|et|kv|esc|dpto|depto|int|daire|piso|bl|sc)\.?\s*[A-Z]?\d{1,4}[A-Za-z]?\b"
             r"|\d{1,2}\s*[.º°]\s*(?:[A-Za-z]{1,4}\b\.?)?"
             # "Kirkkokatu 22 B 14": a staircase letter and a flat
             r"|[A-Z]\s?\d{1,3}\b)")
# A word of a street's name before its number: no digits, a dot only after a street's abbreviation
# ("Str.", "Av.", "Sk.") so that the run never starts in the sentence before ("c.334C>T. Wir …").
STREET_WORD = rf"(?:(?:Str|Av|Avda|Bd|Bld|Blv|Sk|Cd|Cad|Mah|Ul|Al|Rr|Sq|St)\.|[{UPPER}][^\W\d_]*(?:['’-][^\W\d_]+)*)"
STREET = re.compile(
    r"\b\d{1,5}[A-Za-z]?,?\s+(?:(?:N|S|E|W|NE|NW|SE|SW)\.?\s+)?(?:(?:[A-Z][a-z'’]+|\d{1,3}(?:st|nd|rd|th))\s+){1,3}"
    rf"{STREET_TYPES}\b\.?"
    r"(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\b)?"
    r"|\b(?:Flat|Apt\.?|Apartment|Suite|Unit)\s+\d+[A-Za-z]?\b"
    # "House 14, Street 7, …", "Block 13-D, Gulshan-e-Iqbal, …": a house, block or plot and the place it is in
    r"|\b(?:House|Block|Blk|Plot)\s+(?:No\.?\s*)?[A-Z]?-?\d{1,4}(?:-?[A-Z])?(?=,\s+[A-Z])"
    # 3-5-12 Chuo, Aoba-ku (a Japanese block and house number, the district and its ward or city)
    r"|(?<![\w-])\d{1,4}-\d{1,4}(?:-\d{1,4})?\s+[A-Z][a-z]+(?:-[a-z]+)?,\s+[A-Z][a-z]+-(?:ku|shi|cho|machi|gun)\b"
    # P.O. Box 4471, Postfach 12 34, Apartado 55
    # "PO Box GP 1234" (Ghana), "P.O. Box 48213-00100" (Kenya: the box and the post office's code)
    r"|\b(?:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box|Postfach|Apartado|Casilla|Boîte\s+postale|Caixa\s+Postal|"
    r"Postboks|Box)\s+(?:[A-Z]{1,3}\s?)?\d[\d ]{0,6}\d?(?:-\d{3,5})?\b"
    # Hauptstraße 12, Lindenweg 7a, Marktplatz 3
    rf"|\b[{UPPER}][\wäöüß-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|steig)"
    r"\s+\d{1,4}[a-z]?\b(?:/\d{1,4}[a-z]?\b){0,2}"
    # Prinsengracht 263, Kerkstraat 5, Nørregade 10, Storgatan 3 (Dutch and Nordic streets)
    rf"|\b[{UPPER}][\wäöüåæø-]*(?:straat|gracht|laan|plein|kade|singel|dijk|steeg|gade|vej|gatan|"
    r"vägen|veien|gata)\s+\d{1,4}[a-z]?\b"
    # ul. Długa 15, al. Jerozolimskie 44 (Polish)
    rf"|\b(?:ul|al|pl|os)\.\s*{CAPWORD}(?:\s+{CAPWORD}){{0,5}}\s+\d{{1,4}}[a-z]?(?:/\d{{1,4}}[a-z]?)?\b"
    # Any capitalised name (at most six words: an unbounded run would be read again from each of
# its words, quadratic on "Ab Ab Ab …") and a house number right before a postcode and town:
    # "Kastanjelaan 4, 3581 AB Utrecht", "Długa 15, 80-831 Gdańsk"
    # "Piac utca 41, 4025 Debrecen", "Str. Observatorului 88, ap. 12, 400363 Cluj-Napoca", "Kale
    # Nagusia 23, 3. ezk., 20003 Donostia": a street word in lower case before the number, a flat or floor after the
    # number, a postcode of three to six digits ("101 Reykjavík", "546 22 Thessaloniki").
    rf"|\b(?!(?i:\w*address|\w*adresse|adres|adresa|anschrift|indirizzo|morada|direcci[oó]n|endereço|cím|osoite|"
    rf"adress)\b){STREET_WORD}(?:\s+(?:{STREET_WORD}|de|da|das|do|dos|di|del|la|le|van|von|der)){{0,5}}(?:\s+[a-zß-öø-ÿ]{{3,}})?\s+\d{{1,4}}[a-z]?(?:[/-]\d{{1,4}}[a-z]?){{0,2}}"
    rf"(?:,?\s+{FLAT_PART}){{0,4}}"
    rf"(?=,?\s+(?:\d{{4}}\s?[A-Z]{{2}}|\d{{2}}-\d{{3}}|\d{{4}}-\d{{3}}|\d{{3}}\s\d{{2}}|\d{{3,6}})\s+[{UPPER}])"
    # "41 caunce st blackpool fy1 3lp": a street written in lower case, its town and a UK postcode
    r"|\b\d{1,4}[a-z]?\s+(?:[a-z]{2,}\s+){1,2}(?:street|st|road|rd|lane|ln|avenue|ave|drive|dr|close|crescent|"
    r"terrace|way|court|place|grove|gardens|park|hill|view)\b(?=,?\s+(?:[a-z]{3,}\s+){1,2}[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b)"
    r",?\s+(?:[a-z]{3,}\s+){1,2}[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b"
    # 12 rue de la Paix, 3 avenue Foch
    r"|\b\d{1,4}(?:\s*(?:bis|ter))?,?\s+(?:[Rr]ue|[Aa]venue|av\.|[Bb]oulevard|bd|[Pp]lace|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Qq]uai|[Cc]ours|[Rr]oute)"
    rf"\s+(?:(?:de|du|des|la|le|l['’]|d['’])\s*)*{CAPWORD}(?:\s+{CAPWORD})*"
    # Via Roma 15, Calle Mayor 3, Rua Augusta 20
    r"|\b(?:Via|Viale|Piazza|Corso|Calle|Avenida|Plaza|Paseo|Carrer|Rua|Largo|Avenue|Travessa)"
    rf"\s+(?:(?:de|del|la|las|los|di|della|delle|dei|da|das|do|dos)\s+){{0,3}}{CAPWORD}(?:\s+{CAPWORD}){{0,5}},?\s+\d{{1,4}}\b"
)
# A house name and/or a street without a number, then the town(s) and a postcode: "Rose
# Cottage, Mill Lane, Little Snoring, Norfolk NR21 0HZ", "The Old Rectory, Back Lane, Thornton
# YO7 4BT". Without the postcode a "Church Lane" or "Rose House" stays (a street named alone
# locates no one).
HOUSE_TYPES = (r"(?:Cottages?|House|Farm(?:house)?|Lodge|Barn|Hall|Villa|Manor|Grange|Croft|Mill|Bungalow|"
               r"Rectory|Vicarage|Mansions|Buildings|Chambers|Apartments|Flats|Tower|Oast|Orchard|Steading|"
               r"Farmstead|Chalet|Castle|Priory|Abbey)")
_TITLE_WORD = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_PLACE = rf"{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}}"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b"
UNNUMBERED = re.compile(
    rf"\b(?P<house>(?:The\s+)?(?:{_TITLE_WORD}\s+){{1,3}}{HOUSE_TYPES},\s+)?"
    rf"(?P<street>(?:{_TITLE_WORD}\s+){{1,3}}{STREET_TYPES},\s+)?"
    rf"(?:{_PLACE},\s+){{0,2}}{_PLACE},?\s+{_UK_POSTCODE}")
# What may follow a street to complete the address: a postcode, a town, a US state.
ADDRESS_TAIL = re.compile(
    r"(?:,|\s[-–])?\s+(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b"           # UK postcode
    r"|[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"                                 # state + ZIP
    r"|\d{4}\s?[A-Z]{2}\b"                                              # Dutch postcode
    r"|[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y0-9]{4}\b"                     # Irish Eircode
    r"|\d{2}-\d{3}\b|\d{4}-\d{3}\b"                                      # Polish, Portuguese
    r"|(?:LT|LV|EE|FI|SE|DK|PL|CZ|SK|HU|SI|HR|RO|BG|GR|CY|AT|CH|DE|FR|IT|ES|PT|BE|LU|NL|IE|IS|NO|A|B|D|F|I|L)"
    r"-\d{3,5}\b"                                                        # "LT-50194", "D-80331"
    r"|[A-Z]{3}\s?\d{4}\b"                                                # Maltese "ZBR 1510"
    r"|[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d\b"                          # Canadian
    r"|(?:NSW|VIC|QLD|TAS|ACT|WA|SA|NT)\s+\d{4}\b"                          # Australian state + postcode
    r"|\d{3}-\d{4}\b|\d{5}-\d{3}\b"                                      # Japanese, Brazilian
    r"|\d{4,5}(?:-\d{4})?\b"                                           # postcode
    r"|\d{6,7}\b(?![-/])"                                               # "Jaipur 302017", "Tel Aviv 6346209"
    r"|\d{3}\s\d{2}\b(?=\s+[A-ZÀ-ÖØ-ÞĀ-Ž])|\d{3}(?:\d{3})?\b(?=\s+[A-ZÀ-ÖØ-ÞĀ-Ž])"   # "140 00 Praha", "400363 Cluj"
    r"|(?:ap|apt|apto|bus|lok|m|et|kv|esc|dpto|depto|int|daire|piso|stan|boîte|bte|lgh|bl|sc|of|ofc|unit|suite|ste)\.?\s*"
    r"(?:[A-Z]?\d{1,4}[A-Za-z]?|[A-Z])\b"                                     # flat, door, block or staircase ("bl. 3", "depto B")
    r"|\d{1,2}\.\s?(?:th|tv|mf|sal|st)\b\.?"                              # Danish floor and side ("2. th.")
    r"|RT\.?\s*\d{1,3}\s*/\s*RW\.?\s*\d{1,3}\b"                              # Indonesian neighbourhood ("RT 03/RW 05")
    r"|[A-HJ-NP-Z]\d{4}[A-Z]{3}\b"                                        # Argentine "C1043AAZ"
    r"|Dublin\s+\d{1,2}W?\b(?![.,]\d)"                                 # Dublin's postal districts
    rf"|[{UPPER}]{LOWER}+(?:[\s-][{UPPER}]{LOWER}+){{0,2}}\b"   # town
    r"|[A-Z]{2}\b(?![\w-]))")
POSTCODE = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b"   # UK
    r"|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"                    # US state + ZIP
    r"|\b[AC-FHKNPRTV-Y]\d{2}\s?(?=[AC-FHKNPRTV-Y0-9]{4}\b)(?=\w*\d\w*\b)(?=\w{0,3}[A-Z])[AC-FHKNPRTV-Y0-9]{4}\b"  # Eircode
)
HOSPITAL = re.compile(
    r"\b(?:(?:St\.?|Saint)\s+)?(?:[A-Z][\w'’.&-]*\s+){1,5}"
    r"(?:Hospitals?|Clinic|Infirmary|Medical\s+Cent(?:er|re)|Health\s+System|Cancer\s+Cent(?:er|re)|"
    r"Children['’]s\s+Hospital|Hospice|Healthcare)\b"
    r"|\b(?:Hospital|Clinic|Infirmary)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,3}"
)
# "am 1. Dezember von Lindenallee 5, …", "im Mai von …": a month and a "from" before a street are
# the date's, not the street's name.
LEADING_MONTH = re.compile(
    r"(?:Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember|Janvier|Février|Mars|Avril|Juin|Juillet|"
    r"Août|Septembre|Octobre|Novembre|Décembre|Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|"
    r"Septiembre|Octubre|Noviembre|Diciembre|Gennaio|Febbraio|Aprile|Maggio|Giugno|Luglio|Settembre|"
    r"Ottobre|Dicembre|Januari|Februari|Maart|Mei|Augustus|Janeiro|Fevereiro|Março|Maio|Junho|Julho|"
    r"Setembro|Outubro|Novembro|Dezembro|January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+(?:(?:von|vom|ab|bis|nach|de|du|da|del|van|from|to)\s+)?(?=\S)")
# Capitalised words that end an address instead of continuing it.
TAIL_STOP = {"i", "we", "my", "our", "the", "and", "but", "so", "then", "please", "thanks",
             "it", "he", "she", "they", "if", "is", "was", "call", "email"}
# Capitalised words that a hospital pattern must not swallow at its start.
HOSPITAL_LEADING_NOISE = {"The", "A", "An", "At", "In", "My", "Our", "Her", "His", "Their",
                          "We", "I", "Then", "And", "But", "So", "Local", "From", "To"}


def _digits(s: str) -> int:
    return sum(c.isdigit() for c in s)


def strip_trailing(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ".,;:!?)]}'\"":
        end -= 1
    return end


# "2025-04-02 14:31": a date and a time, not a phone number.
ISO_DATE_START = re.compile(r"(?:19|20)\d{2}-[01]\d-[0-3]\d\b")


def one_group_repeated(s: str) -> bool:
    """"12 12 12 12 12": one group of digits said again and again is no phone number."""
    return len(set(re.split(r"[\s.()-]+", s.lstrip("+").strip("()")))) == 1


def _plausible_numeric_date(a: int, b: int) -> bool:
    """Day and month in either order (European or US)."""
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


def _plausible_ipv6(s: str) -> bool:
    return s.count("::") == 1 and s.count(":::") == 0 or (s.count(":") == 7 and "::" not in s)


def address_end(text: str, end: int) -> int:
    """Extend a street to the town, postcode and state that follow it (at most four parts); a
    postcode after a town ends the address ("…, Sendai, Miyagi 980-0021, Sato Yuki": not the name)."""
    town = False
    for _ in range(4):
        m = ADDRESS_TAIL.match(text, end)
        if m is None or m.group().strip(", ").lower() in TAIL_STOP:
            break
        end = m.end()
        if town and any(c.isdigit() for c in m.group()):
            break
        town = town or not any(c.isdigit() for c in m.group())
    return end


def find_by_rules(text: str) -> Iterator[Finding]:
    for m in EMAIL.finditer(text):
        yield Finding(Kind.EMAIL, m.start(), m.end(), m.group(), "rule:email")
    for m in URL.finditer(text):
        end = strip_trailing(text, m.start(), m.end())
        yield Finding(Kind.URL, m.start(), end, text[m.start():end], "rule:url")
    for m in DATE.finditer(text):
        yield Finding(Kind.DATE, m.start(), m.end(), m.group(), "rule:date")
    for m in AGE.finditer(text):
        yield Finding(Kind.AGE, m.start(), m.end(), m.group(), "rule:age")
    for m in AGE_WORDS.finditer(text):
        yield Finding(Kind.AGE, m.start(), m.end(), m.group(), "rule:age")
    for m in AGE_CONTEXT.finditer(text):
        group = "n" if m.group("n") else "m"
        s, e = m.span(group)
        yield Finding(Kind.AGE, s, e, text[s:e], "rule:age")
    yield from find_spelled_emails(text)
    for m in BARE_DIGITS.finditer(text):
        digits = m.group()
        kind = Kind.PHONE if digits.startswith("0") and len(digits) in (10, 11) else Kind.RECORD_NUMBER
        yield Finding(kind, m.start(), m.end(), digits, "rule:digits")
    for m in PHONE.finditer(text):
        number = m.group()
        if (9 <= _digits(number) <= 15 and not DATE.fullmatch(number) and not NUMERIC_DATE.fullmatch(number)
                and not one_group_repeated(number) and not ISO_DATE_START.match(number)):
            yield Finding(Kind.PHONE, m.start(), m.end(), number, "rule:phone")
    for m in STREET.finditer(text):
        end = address_end(text, m.end())
        end = strip_trailing(text, m.start(), end)
        lead = LEADING_MONTH.match(text, m.start(), end)
        start = lead.end() if lead else m.start()
        yield Finding(Kind.ADDRESS, start, end, text[start:end], "rule:address")
    for m in UNNUMBERED.finditer(text):
        if m.group("house") or m.group("street"):
            yield Finding(Kind.ADDRESS, m.start(), m.end(), m.group(), "rule:address")
    for m in POSTCODE.finditer(text):
        end = strip_trailing(text, m.start(), m.end())
        yield Finding(Kind.ADDRESS, m.start(), end, text[m.start():end], "rule:address")
    for m in NUMERIC_DATE.finditer(text):
        if _plausible_numeric_date(int(m.group(1)), int(m.group(3))):
            yield Finding(Kind.DATE, m.start(), m.end(), m.group(), "rule:date")
    for m in MONTH_YEAR.finditer(text):
        g = "kw" if m.group("kw") else "z"
        yield Finding(Kind.DATE, *m.span(g), m.group(g), "rule:date")
    for m in MONTH_ALONE.finditer(text):
        yield Finding(Kind.DATE, m.start(), m.end(), m.group(), "rule:date")
    for m in AGE_WORDS_CONTEXT.finditer(text):
        group = next(g for g in ("a", "b", "c", "d") if m.group(g))
        s, e = m.span(group)
        yield Finding(Kind.AGE, s, e, text[s:e], "rule:age")
    for m in ID_SHAPE.finditer(text):
        yield Finding(Kind.RECORD_NUMBER, m.start(), m.end(), m.group(), "rule:id")
    for rx in (IPV4, IPV6):
        for m in rx.finditer(text):
            if rx is IPV6 and not _plausible_ipv6(m.group()):
                continue
            yield Finding(Kind.IP_ADDRESS, m.start(), m.end(), m.group(), "rule:ip")
    for m in HOSPITAL.finditer(text):
        start = m.start()
        # "… COL11A1. Clinic letters": a sentence ended inside; the name starts after it
        stops = list(re.finditer(r"\w{4,}\.\s+", m.group()))
        if stops:
            start += stops[-1].end()
        words = text[start:m.end()].split(" ")
        if len(words) < 2:
            continue  # a keyword alone is no name
        while len(words) > 1 and words[0] in HOSPITAL_LEADING_NOISE:
            start += len(words[0]) + 1
            words = words[1:]
        yield Finding(Kind.HOSPITAL, start, m.end(), text[start:m.end()], "rule:hospital")
