"""Rule-based recognisers: regular expressions for personal data with a fixed shape.

Each rule yields :class:`Finding` objects; overlaps are settled later by kind priority.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
         r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
DAY = r"(?:[0-3]?\d(?:st|nd|rd|th)?)"
YEAR = r"(?:19|20)\d{2}"

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
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
    r"|\b[0-3]?\d[/.-][01]?\d[/.-](?:\d{4}|\d{2})\b"       # 12/03/2019
    r"|\b(?:19|20)\d{2}-[01]\d-[0-3]\d\b"                   # 2019-03-12
)
NUMBER_WORDS = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
                r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|"
                r"four|five|six|seven|eight|nine))?)")
AGE_WORDS = re.compile(
    rf"\b{NUMBER_WORDS}[\s-](?:years?|months?)[\s-]old\b|\baged?\s+{NUMBER_WORDS}\b", re.IGNORECASE)
# "I was 59 when...", "diagnosed at 45": a bare number that can only be an age.
AGE_CONTEXT = re.compile(
    r"\b(?:I|he|she|they|we|you)\s+(?:was|were)\s+(?P<n>\d{1,3})\b(?=\s+(?:when|and|at|before|"
    r"after|by)\b|\s*[,.;])"
    r"|\b(?:diagnosed|started|began|born|died|passed away|retired|onset)\b[^.\d]{0,20}?\bat\s+"
    r"(?P<m>\d{1,3})\b(?!\s*(?:mg|%|kg|am|pm|:|\.\d))",
    re.IGNORECASE)
EMAIL_SPELLED = re.compile(
    r"\b\w+(?:(?:\s+dot\s+|\.)\w+)*\s+(?:at|\(at\)|\[at\])\s+\w+"
    r"(?:\s+dot\s+\w+)*\s+dot\s+(?:com|org|net|edu|gov|uk|de|fr|nl|ie|ca|au|info)\b",
    re.IGNORECASE)
AGE = re.compile(
    r"\b(?:aged?|age of|at the age of)\s+\d{1,3}\b"
    r"|\b\d{1,3}[\s-](?:years?|yrs?|months?|weeks?)[\s-]old\b"
    r"|\b\d{1,3}-year-old\b"
    r"|\b(?:I'm|I’m|I am|she's|she is|he's|he is|who is|now)\s+\d{1,3}\b(?!\s*(?:%|mg|kg|cm|weeks|days|times))",
    re.IGNORECASE,
)
RECORD = re.compile(
    r"\b(?:MRN|NHS(?:\s+(?:number|no\.?))?|(?:medical\s+)?record\s+(?:number|no\.?|#)|"
    r"patient\s+(?:id|number|no\.?)|hospital\s+(?:number|no\.?)|case\s+(?:number|no\.?)|"
    r"chart\s+(?:number|no\.?)|ID)\s*(?:is|was)?\s*[:#]?\s*"
    r"(?P<value>[A-Z]{0,3}-?\d[\d -]{2,14}\d)",
    re.IGNORECASE,
)
BARE_DIGITS = re.compile(r"(?<![\w+.,/-])(?<!\d\s)\d{6,12}(?![\w.,/-]*\d)(?!\s\d)")
PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,6}(?:[\s.-]\d{2,6}){1,4}(?![\w-])"
)
STREET = re.compile(
    r"\b\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][a-z'’]+\s+){1,3}"
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Boulevard|Blvd|Way|Court|Ct|Place|Pl|"
    r"Close|Crescent|Terrace|Square|Gardens|Grove|Hill|Park|Row|Walk)\b\.?"
    r"|\b(?:Flat|Apt\.?|Apartment|Suite|Unit)\s+\d+[A-Za-z]?\b"
)
POSTCODE = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b"   # UK
    r"|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"                    # US state + ZIP
)
HOSPITAL = re.compile(
    r"\b(?:(?:St\.?|Saint)\s+)?(?:[A-Z][\w'’.&-]*\s+){1,5}"
    r"(?:Hospitals?|Clinic|Infirmary|Medical\s+Cent(?:er|re)|Health\s+System|Cancer\s+Cent(?:er|re)|"
    r"Children['’]s\s+Hospital|Hospice)\b"
    r"|\b(?:Hospital|Clinic|Infirmary)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,3}"
)
# Capitalised words that a hospital pattern must not swallow at its start.
HOSPITAL_LEADING_NOISE = {"The", "A", "An", "At", "In", "My", "Our", "Her", "His", "Their",
                          "We", "I", "Then", "And", "But", "So", "Local", "From", "To"}


def _digits(s: str) -> int:
    return sum(c.isdigit() for c in s)


def _strip_trailing(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ".,;:!?)]}'\"":
        end -= 1
    return end


def find_by_rules(text: str) -> Iterator[Finding]:
    for m in EMAIL.finditer(text):
        yield Finding(Kind.EMAIL, m.start(), m.end(), m.group(), "rule:email")
    for m in URL.finditer(text):
        end = _strip_trailing(text, m.start(), m.end())
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
    for m in EMAIL_SPELLED.finditer(text):
        yield Finding(Kind.EMAIL, m.start(), m.end(), m.group(), "rule:email")
    for m in RECORD.finditer(text):
        s, e = m.span("value")
        e = len(text[:e].rstrip(" -"))
        yield Finding(Kind.RECORD_NUMBER, s, e, text[s:e], "rule:record")
    for m in BARE_DIGITS.finditer(text):
        digits = m.group()
        kind = Kind.PHONE if digits.startswith("0") and len(digits) in (10, 11) else Kind.RECORD_NUMBER
        yield Finding(kind, m.start(), m.end(), digits, "rule:digits")
    for m in PHONE.finditer(text):
        s = m.group()
        if 9 <= _digits(s) <= 15 and not DATE.fullmatch(s):
            yield Finding(Kind.PHONE, m.start(), m.end(), s, "rule:phone")
    for rx in (STREET, POSTCODE):
        for m in rx.finditer(text):
            end = _strip_trailing(text, m.start(), m.end())
            yield Finding(Kind.ADDRESS, m.start(), end, text[m.start():end], "rule:address")
    for m in HOSPITAL.finditer(text):
        start, words = m.start(), m.group().split(" ")
        while len(words) > 1 and words[0] in HOSPITAL_LEADING_NOISE:
            start += len(words[0]) + 1
            words = words[1:]
        yield Finding(Kind.HOSPITAL, start, m.end(), text[start:m.end()], "rule:hospital")
