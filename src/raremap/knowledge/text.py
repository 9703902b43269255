"""Text normalisation shared by the search index and its queries."""

from __future__ import annotations

import re
import unicodedata

STOP_WORDS = frozenset({"a", "an", "and", "the", "of", "in", "on", "or", "to", "with", "by", "for", "at", "my", "is"})
_NON_WORD = re.compile(r"[^0-9a-z]+")


def shown(given: str, limit: int = 80) -> str:
    """What a user typed, cut to ``limit`` characters for an error message (a pasted essay
    or a 2 MB argument is not echoed whole)."""
    return given if len(given) <= limit else given[:limit] + "…"


def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation: ``"Crow–Fukase Syndrome"`` → ``"crow fukase syndrome"``."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return _NON_WORD.sub(" ", ascii_text).strip()


def stem(token: str) -> str:
    """A very light English stemmer for plurals only (both index and query use it)."""
    if len(token) <= 3 or token.isdigit():
        return token
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    if token.endswith("s") and not token.endswith(("ss", "us", "is", "os")):
        return token[:-1]
    return token


def typed_words(text: str) -> list[str]:
    """Folded words without stop words (kept if the text is nothing but stop words), unstemmed."""
    words = fold(text).split()
    return [w for w in words if w not in STOP_WORDS] or words


def tokens(text: str) -> list[str]:
    """Folded, stemmed tokens without stop words (kept if the text is nothing but stop words)."""
    return [stem(w) for w in typed_words(text)]
