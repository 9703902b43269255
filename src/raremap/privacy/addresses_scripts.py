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


def script_addresses(text: str) -> Iterator[Finding]:
    for m in STREET.finditer(text):
        found = m.group().rstrip(" ,")
        if DIGIT.search(found):
            yield Finding(Kind.ADDRESS, m.start(), m.start() + len(found), found, "rule:address")
