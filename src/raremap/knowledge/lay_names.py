"""Everyday names as shown to people: a short, clean list made from a term's hp.obo
``layperson`` synonyms.

Every synonym stays in the term (``Term.synonyms``) for search and the tagger; only what
pages, the API's ``lay_names`` and the CLI show is cleaned, here and nowhere else:

- variants that differ only in punctuation, case, word order or a plural ``s``
  ("Mental-retardation", "Upturned nasal tip" / "Nasal tip, upturned", "Short palms"
  beside the term "Short palm") are shown once: the first, unless a later one reads in
  natural order (no comma), and none that only repeats the term's own name;
- names with an outdated, stigmatising word (:data:`OUTDATED_WORDS`) are not shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Words that mark an outdated, stigmatising lay name (matched as whole words, any case).
#: Such names stay searchable; they are not shown as everyday names.
OUTDATED_WORDS = frozenset({
    "retardation", "retarded", "mongolism", "mongoloid", "cretinism", "cretin",
    "idiocy", "idiot", "imbecile", "imbecility", "moron", "harelip",
})

_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def variant_key(text: str) -> tuple[str, ...]:
    """The same key for names that differ only in punctuation, case, word order or a
    plural ``s``: ``"Nasal tip, upturned"`` and ``"Upturned nasal tips"``."""
    return tuple(sorted(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
                        for w in _words(text)))


def is_outdated(text: str) -> bool:
    """True when the name holds a word of :data:`OUTDATED_WORDS`."""
    return not OUTDATED_WORDS.isdisjoint(_words(text))


def shown_lay_names(name: str, lay: Iterable[str]) -> list[str]:
    """The lay names to show beside a term called ``name``, in the given order."""
    own = variant_key(name)
    kept: dict[tuple[str, ...], str] = {}  # key → the variant shown, in first-seen order
    for text in lay:
        key = variant_key(text)
        if key == own or not key or is_outdated(text):
            continue
        if key not in kept or ("," in kept[key] and "," not in text):  # "Upturned nasal tip"
            kept[key] = text  # over "Nasal tip, upturned"
    return list(kept.values())
