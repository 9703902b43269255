"""Names said to be names, even when they are also ordinary words or a disease's eponym:

- "Lark is her first name", "Brooks and Hale are my two surnames", "Moon is my married name";
- a label before it: "(surname Frost, really)", "first name Major";

then the full name that carries the declared word in the same message ("Rowan Frost",
"Ada Brooks Hale"). The word joined to a disease ("Frost's disease", "Brooks-Hale syndrome")
stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

SOURCE = "rule:name-declared"
CAP = r"[A-Z][a-zß-öø-ÿ'’]+"
NAME_WORD = (r"(?:(?:two|first|last|middle|married|maiden|family|given|real|actual|legal|full|sur)\s*){0,2}"
             r"(?:name|names|surname|surnames|forename|forenames)\b")
DECLARED = re.compile(rf"(?<![\w'’-])(?P<a>{CAP})(?:\s+(?:and|&)\s+(?P<b>{CAP}))?\s+(?:is|are|was)\s+"
                      rf"(?:really\s+|actually\s+|just\s+)?(?:my|his|her|their|our|your)\s+{NAME_WORD}")
LABELLED = re.compile(rf"\b(?i:surname|first\s+name|last\s+name|forename|given\s+name|family\s+name)\s+"
                      rf"(?P<a>{CAP})(?![\w'’-])")
NOT_NAMES = frozenset("""
That This It What Which Who Whose Mine Name Names Surname The My His Her Their Our Your And Is Was
Disease Syndrome Disorder
""".split())
# a word joined to a disease's other words: "Still's", "Stevens-Johnson"
JOINED = re.compile(r"['’]|-\w|\s+(?i:disease|syndrome|disorder|sign|palsy|anomaly)\b")


def _declared(text: str) -> set[str]:
    words: set[str] = set()
    for rx in (DECLARED, LABELLED):
        for m in rx.finditer(text):
            for g in ("a", "b"):
                w = m.groupdict().get(g)
                if w and w not in NOT_NAMES and not JOINED.match(text, m.end(g)):
                    words.add(w)
    return words


def declared_names(text: str) -> Iterator[Finding]:
    words = _declared(text)
    if not words:
        return
    for rx in (DECLARED, LABELLED):
        for m in rx.finditer(text):
            for g in ("a", "b"):
                if g in m.groupdict() and m.group(g) in words:
                    yield Finding(Kind.NAME, m.start(g), m.end(g), m.group(g), SOURCE)
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    other = rf"(?!(?:{'|'.join(sorted(NOT_NAMES))})\b){CAP}"
    full = re.compile(rf"(?<![\w'’-])(?:{other}\s+){{0,2}}(?:{alt})(?:\s+{other}){{0,2}}(?![\w'’-])")
    for m in full.finditer(text):
        if " " in m.group() and not JOINED.match(text, m.end()):
            yield Finding(Kind.NAME, m.start(), m.end(), m.group(), SOURCE)
