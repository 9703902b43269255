"""Street addresses written in other scripts, opened by the word for street, house or avenue of
their language (Ukrainian and Russian "вул.", "ул.", Bulgarian "бул.", Arabic "شارع", Persian
"خیابان", Hebrew "רחוב", Hindi "मकान नं.", Bengali "বাড়ি", Armenian "… պող.", Thai "ถ."), and
running to the end of the sentence; a number must be in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

STREET = re.compile(
    r"(?<!\w)(?:вул\.|вулиця|ул\.|улица|бул\.|булевард|просп\.|проспект|"
    r"شارع|خیابان|بلوار|רחוב|רח['׳]|שדרות|मकान\s+(?:नं\.?|नंबर)|फ्लैट\s+नं\.?|বাড়ি|বাসা|"
    r"[\u0531-\u0556][\u0561-\u0587]+\s+(?:պող\.|փող\.|պողոտա|փողոց)|\d+(?:/\d+)?\s+(?:ถ\.|ถนน|ซ\.|ซอย))"
    # to the sentence's end: a stop before a word that is no number, a line's end, or the text's end
    r"[^\n!?;]{2,90}?(?=\s*(?:[.।։](?:\s+[^\d\s]|\s*$)|\n|$|[!?;]))")
DIGIT = re.compile(r"\d")
# Greek and Cyrillic streets without the word for street: a name, a house number (perhaps a flat),
# then a postcode and a town, or a town and a postcode: "Ερμού 25, 105 63 Αθήνα", "Тверская 12,
# кв. 45, Москва, 125009", "Витоша 15, 1000 София".
_UP = "Α-ΩΆ-ΏА-ЯЁЄІЇЎ"
_WORD = rf"[{_UP}][α-ωά-ώϊϋΐΰа-яёєіїўґ'’-]+"
_TOWN = rf"{_WORD}(?:[\s-]{_WORD})?"
NAMED_STREET = re.compile(
    rf"(?<![\w.])(?:{_WORD}\s+){{1,3}}\d{{1,4}}[α-ωа-я]?(?:/\d{{1,4}})?(?:,?\s+(?:кв\.|квартира|оф\.|διαμ\.)\s*\d{{1,4}})?,\s*"
    rf"(?:(?:Τ\.?\s?Κ\.?\s*)?\d{{3}}\s?\d{{2}}\s+{_TOWN}|\d{{4,6}}\s+{_TOWN}|{_TOWN},?\s+\d{{4,6}})(?![\w-])")


def script_addresses(text: str) -> Iterator[Finding]:
    for m in STREET.finditer(text):
        found = m.group().rstrip(" ,")
        if DIGIT.search(found):
            yield Finding(Kind.ADDRESS, m.start(), m.start() + len(found), found, "rule:address")
    for m in NAMED_STREET.finditer(text):
        yield Finding(Kind.ADDRESS, m.start(), m.end(), m.group(), "rule:address")
