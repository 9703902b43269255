"""Small helpers for writing lists into sentences."""

from __future__ import annotations


def join_words(items: list[str], last: str = "and") -> str:
    """``["a", "b", "c"]`` → ``"a, b and c"``."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return items[0] if items else ""
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def lower_first(text: str) -> str:
    """A term's name inside a sentence: first letter lower-cased unless the first word is an
    acronym or has capitals inside ("VEGF", "IgA", "EEG with burst suppression")."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and any(c.isupper() for c in first[1:]):
        return text
    return text[:1].lower() + text[1:]


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


#: First words that are ordinary adjectives (lower-cased inside a sentence); other first
#: words (names such as Huntington, acronyms) keep their capital.
_COMMON = {"rare", "genetic", "autosomal", "inherited", "acquired", "chronic", "primary", "hereditary",
           "congenital", "multiple", "total", "peripheral", "hematological", "hematologic", "infectious",
           "syndromic", "plasma", "not", "unknown", "all", "adult", "elderly", "childhood", "infancy",
           "neonatal", "antenatal", "adolescent", "typified", "mitochondrial", "multigenic/multifactorial",
           "semi-dominant", "oligogenic", "sporadic", "somatic", "contiguous", "uniparental",
           "typically", "infantile", "middle", "late", "young", "juvenile", "pediatric", "adults",
           "miscellaneous", "disorder", "disease", "syndrome", "malformation", "neurodegenerative",
           "metabolic", "immune", "systemic", "skin", "bone", "eye", "heart", "cardiac", "renal"}


def lower_common(text: str) -> str:
    """Lower-case the first letter when the first word is an ordinary word (\"Rare disease\"),
    not a name (\"Huntington disease-like syndrome\") or an acronym."""
    first = text.split(" ", 1)[0]
    if first.lower() in _COMMON or first.lower().rstrip(",") in _COMMON:
        return text[:1].lower() + text[1:]
    return text
