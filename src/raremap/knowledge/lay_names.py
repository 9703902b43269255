"""Names as shown to people: a short, clean list of everyday names made from a term's
hp.obo ``layperson`` synonyms, and a list of its other (medical) names.

Every synonym stays in the term (``Term.synonyms``) for search and the tagger; only what
pages, the API's ``lay_names`` and the CLI show is cleaned, here and nowhere else:

- variants that differ only in punctuation, case, word order or a plural ``s``
  ("Mental-retardation", "Upturned nasal tip" / "Nasal tip, upturned", "Short palms"
  beside the term "Short palm") are shown once: the first, unless a later one reads in
  natural order (no comma), and none that only repeats the term's own name;
- names with an outdated, stigmatising word (:data:`OUTDATED_WORDS`) are not shown.

Other names are the EXACT synonyms of no hidden type (:data:`HIDDEN_KINDS`: obsolete ones,
plural forms, UK spellings, allelic-requirement codes), cleaned the same way and without
any that repeats the name, a shown everyday name, or one of them with a letter or two
changed ("Atria septal defect" beside "Atrial septal defect").
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


#: hp.obo synonym types never shown as other names: discarded names, and forms that only
#: repeat another name (plural, UK spelling) or are codes (``monoallelic_autosomal``).
HIDDEN_KINDS = frozenset({"obsolete_synonym", "plural_form", "uk_spelling", "allelic_requirement"})


def _close(a: str, b: str, most: int = 2) -> bool:
    """True when ``a`` and ``b`` (both at least 8 letters) differ by at most ``most``
    insertions, deletions or substitutions, case aside."""
    a, b = a.lower(), b.lower()
    if min(len(a), len(b)) < 8 or abs(len(a) - len(b)) > most:
        return False
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        if min(row) > most:
            return False
    return row[-1] <= most


def shown_other_names(name: str, lay_shown: Iterable[str], exact: Iterable[tuple[str, str]]) -> list[str]:
    """The other names to show beside a term called ``name`` whose everyday names shown are
    ``lay_shown``; ``exact`` holds the (text, kind) of its EXACT non-layperson synonyms."""
    seen = [name, *lay_shown]
    keys = {variant_key(x) for x in seen}
    kept: list[str] = []
    for text, kind in exact:
        key = variant_key(text)
        if (kind in HIDDEN_KINDS or "_" in text or not key or key in keys or is_outdated(text)
                or any(_close(text, other) for other in seen)):
            continue
        keys.add(key)
        seen.append(text)
        kept.append(text)
    return kept
