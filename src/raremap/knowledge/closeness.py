"""Whether a search hit is a plausible reading of mistyped words.

A "Did you mean" (a 404 page's, a criteria finding's) is offered only when what was typed is
close to what it suggests: every typed word must be a word of the hit's name, or a small edit
away from one, the allowance growing with the word's length ("marfn" → "marfan" is one edit in six
letters; "nope" → "nose" is one edit in four, too many to be a plausible typo).
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from raremap.knowledge.text import fold, stem, typed_words


def allowed_edits(word: str) -> int:
    """Edits a typed word may carry and still be read as a typo: none up to four letters,
    one up to eight, two beyond."""
    return 0 if len(word) <= 4 else 1 if len(word) <= 8 else 2


def plausible(guess: str, *names: str) -> bool:
    """True when every word of ``guess`` is close to a word of one of ``names``."""
    typed = typed_words(guess)
    if not typed:
        return False
    words = {w for name in names for w in fold(name).split()}
    stems = {stem(w) for w in words}
    for word in typed:
        if word in words or stem(word) in stems:
            continue
        edits = allowed_edits(word)
        if not edits or not any(Levenshtein.distance(word, w, score_cutoff=edits) <= edits for w in words):
            return False
    return True
