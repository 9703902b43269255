"""Abbreviations a text defines for itself: "intellectual disability (ID)", then "ID".

Clinical prose names a finding once in full with its short form in brackets and then
writes only the short form, often with words of its own ("severe ID", "ID was mild"). A
short form in brackets (two to six capitals, a digit or a lower-case letter allowed after
the first) is paired with the words just before it whose letters spell it, in order, the
first letter starting the first word (the Schwartz–Hearst rule, simplified): "mental
retardation (MR)", "sensorineural hearing loss (SNHL)", "autism spectrum disorder (ASD)".
Every later use of the short form is then read as the words of its long form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from raremap.engine.tagger.words import NO_BOUNDARY, Word

_SHORT = re.compile(r"^[A-Z][A-Za-z0-9]{1,5}$")
#: words of a long form, at most: the letters of the short form plus this many
EXTRA_WORDS = 2


@dataclass(frozen=True, slots=True)
class Definition:
    short: str
    at: int  #: index of the short form's word in brackets
    lo: int  #: long form: words[lo:hi]
    hi: int


def _spells(short: str, long_words: list[str]) -> bool:
    """Whether the letters of ``short`` appear in order in ``long_words`` (from the end),
    its first letter starting the first word, and every word has a letter of it."""
    letters = [c for c in short.lower() if c.isalnum()]
    text = " ".join(long_words)
    pos = len(text) - 1
    for k in range(len(letters) - 1, -1, -1):
        c = letters[k]
        while pos >= 0 and (text[pos] != c or (k == 0 and pos > 0 and text[pos - 1] != " ")):
            pos -= 1
        if pos < 0:
            return False
        pos -= 1
    # the first letter must start the first word: nothing of the text before it
    return pos < 0 or text[: pos + 1].strip() == ""


def definitions(text: str, words: list[Word]) -> list[Definition]:
    """The short forms ``text`` defines in brackets, with their long forms."""
    out: list[Definition] = []
    seen: set[str] = set()
    for i, w in enumerate(words):
        if i == 0 or not _SHORT.match(w.raw) or w.raw in seen:
            continue
        if text[w.start - 1 : w.start] != "(" or text[w.end : w.end + 1] != ")":
            continue
        n = sum(c.isupper() or c.isdigit() for c in w.raw)
        if n < 2:
            continue
        for size in range(1, min(n + EXTRA_WORDS, i) + 1):
            lo = i - size
            if any(words[j].boundary != NO_BOUNDARY for j in range(lo + 1, i)):
                break
            long_words = [x.norm for x in words[lo:i]]
            if long_words[0][:1] == w.raw[0].lower() and _spells(w.raw, long_words):
                out.append(Definition(w.raw, i, lo, i))
                seen.add(w.raw)
                break
    return out


def later_uses(words: list[Word], found: list[Definition]) -> dict[int, Definition]:
    """Word index → definition, for each use of a defined short form after its definition."""
    if not found:
        return {}
    by_short = {d.short: d for d in found}
    return {i: by_short[w.raw] for i, w in enumerate(words)
            if w.raw in by_short and i > by_short[w.raw].at}
