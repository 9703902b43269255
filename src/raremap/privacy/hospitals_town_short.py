"""Hospitals called by the short form of their name, a town and the word that follows it in full:
"Kendal General can't take him", "Preston Royal gave the infusion", "Truro Regional", "Dundee
Kids", "Leeds Women's", "a letter from the Royal Bristol". Only a known town is taken, and only when no other capitalised word goes on (the full
name, "Preston Royal Infirmary", is found by its keyword)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

SOURCE = "rule:hospital-town-short"
_TOWN = r"[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+)?"
TOWN_THEN = re.compile(rf"(?<![\w'’-])(?P<t>{_TOWN})\s+(?:General|Royal|Regional|District|Memorial|Kids|"
                       rf"Women['’]s|Maternity)(?!['’\w-]|\s+[A-Z])")
THE_ROYAL = re.compile(rf"\b(?i:the)\s+(?P<h>Royal\s+(?P<t>{_TOWN}))\b(?!['’\w-]|\s+[A-Z])")


def find_town_short_hospitals(text: str, is_town: Callable[[str], bool]) -> Iterator[Finding]:
    for m in TOWN_THEN.finditer(text):
        words = m.group("t").split()
        # "In Whitby General …" / "Dear Leeds General": drop a leading word that is not the town
        while words and not is_town(" ".join(words)):
            words = words[1:]
        if words:
            start = m.end("t") - len(" ".join(words)) if len(words) == 1 else m.start("t")
            yield Finding(Kind.HOSPITAL, start, m.end(), text[start:m.end()], SOURCE)
    for m in THE_ROYAL.finditer(text):
        if is_town(m.group("t")):
            yield Finding(Kind.HOSPITAL, m.start("h"), m.end("h"), m.group("h"), SOURCE)
