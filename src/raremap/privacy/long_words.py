"""Words thousands of characters long ("Ab-Ab-Ab-…", "a.b.c.…", "1-2-3-…") are cut into
bounded pieces before the rules read them: several rules try a match from every hyphen or dot
of a word and read on to its end, which takes time growing with the square of the word.

The pieces are made by turning one character into a space every MAX_WORD characters at most
(at a hyphen, dot or other mark when there is one), so every offset stays the same. No piece of
personal data but a link is that long without a space (an e-mail address has at most 254
characters); a link longer than that is found in the original text."""

from __future__ import annotations

import re

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.patterns import strip_trailing

MAX_WORD = 256
LONG_WORD = re.compile(rf"\S{{{MAX_WORD + 1},}}")
# Read from its scheme or "www." to the first space: linear in the word.
LINK = re.compile(r"(?:\bhttps?://|\bwww\.)[^\s<>\"']+", re.IGNORECASE)


def long_words(text: str) -> list[tuple[int, int]]:
    """The spans of words (runs without whitespace) longer than MAX_WORD characters."""
    return [m.span() for m in LONG_WORD.finditer(text)]


def cut_long_words(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` of the same length with each long word cut by spaces into pieces of at most
    MAX_WORD characters."""
    chars = list(text)
    for start, end in spans:
        i = start
        while end - i > MAX_WORD:
            cut = i + MAX_WORD
            mark = next((j for j in range(cut, i, -1) if not text[j].isalnum()), None)
            cut = mark if mark is not None else cut
            chars[cut] = " "
            i = cut + 1
    return "".join(chars)


def restore_long_words(text: str, spans: list[tuple[int, int]], found: list[Finding]) -> list[Finding]:
    """Findings made on the cut text, with their words as the original text has them; a link
    inside a long word is one finding in place of whatever was found on its pieces."""
    links = []
    for start, end in spans:
        for m in LINK.finditer(text, start, end):
            stop = strip_trailing(text, m.start(), m.end())
            links.append(Finding(Kind.URL, m.start(), stop, text[m.start():stop], "rule:url"))
    out = [f if text[f.start:f.end] == f.text else
           Finding(f.kind, f.start, f.end, text[f.start:f.end], f.source)
           for f in found if not any(f.start < u.end and u.start < f.end for u in links)]
    return sorted(out + links, key=lambda f: f.start)
