"""Double first names joined by a hyphen ("Oona-Belle", "Sem-Jan", "Otis-Ray's", "Rhodri-Jac"):
a word of two capitalised parts whose first part is a known first name and whose second is a
known first name or a short name-like part (two to four letters), anywhere in a sentence.

A disease's eponyms joined the same way ("Pierre-Robin", "Russell-Silver") are cancelled by the
detector's disease check (the source is a guess).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.names import any_first_names

SOURCE = "rule:context-guess"
PART = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+"
HYPHENED = re.compile(rf"(?<![\w'’-])(?P<a>{PART})-(?P<b>{PART})(?![\w-])")


def hyphened_names(text: str) -> Iterator[Finding]:
    firsts = any_first_names()
    for m in HYPHENED.finditer(text):
        a, b = m.group("a").lower(), m.group("b").lower()
        if a in firsts and (b in firsts or 2 <= len(b) <= 3) and len(a) >= 3:
            yield Finding(Kind.NAME, m.start(), m.end(), m.group(), SOURCE)
