""""Lack of X" and "absence of X": a denial of X, or the name of a finding.

"Lack of fever" and "absence of seizures" deny a finding: X alone is the name of one. "Lack
of muscle tone" and "lack of eye contact" name a finding (Hypotonia, Reduced eye contact):
X is a normal function or structure, which no term of the ontology is named after, so the
words give no match of their own to deny and the phrase is read by meaning as what it says.
"Complete lack of pain sensation" says neither "no pain" nor "pain": "pain" there begins a
longer phrase ("pain sensation") that names of the ontology hold (Impaired pain sensation),
so the word match of "pain" alone is no reading of it and the whole phrase is read by
meaning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from raremap.engine.tagger.result import TaggedTerm
from raremap.engine.tagger.words import Word, fold_word

#: names of terms that say an excess of something ("Hyperhidrosis", "Increased body weight")
EXCESS_NAME = re.compile(r"\b(?:hyper\w+|increased|excessive|excess|elevated)\b", re.IGNORECASE)
#: words that say "too much" of something ("sweat a lot", "excessive sweating")
EXCESS_WORDS = frozenset({"too", "much", "lot", "lots", "excess", "excessive", "excessively", "increased", "heavy",
                          "heavily", "profuse", "profusely", "drenched", "soaked", "buckets", "more", "extra",
                          "elevated", "high", "overly"})
LAY_SOURCES = frozenset({"lay name", "lay vocabulary"})

#: words before a verb that say "too little" of it, not a denial ("barely sweats", "hardly
#: perspires"): said of a normal function, they name a lack of it
TOO_LITTLE = frozenset({"barely", "hardly", "scarcely"})

#: first words of the cues that deny X or name a missing X ("lack of", "absence of")
FINDING_CUES = frozenset({"lack", "absence"})


def word_pairs(texts: Iterable[str]) -> frozenset[tuple[str, str]]:
    """Each pair of words written one after the other in ``texts`` (folded)."""
    out: set[tuple[str, str]] = set()
    for text in texts:
        parts = fold_word(text).replace("-", " ").split()
        out.update(zip(parts, parts[1:], strict=False))
    return frozenset(out)


def is_finding_cue(words: list[Word], cue: int) -> bool:
    """Whether the cue starting at word ``cue`` is "lack of" or "absence of"."""
    return words[cue].norm in FINDING_CUES and cue + 1 < len(words) and words[cue + 1].norm == "of"


def begins_longer_phrase(t: TaggedTerm, words: list[Word], negated: list[int],
                         pairs: frozenset[tuple[str, str]]) -> bool:
    """Whether denied match ``t``, denied by "lack of"/"absence of", is followed in the same
    phrase by a word that the names of the ontology write after its last word ("lack of
    pain sensation": "pain sensation"): the cue denies the longer phrase, not ``t``."""
    if not t.negated:
        return False
    inside = [i for i, w in enumerate(words) if t.start <= w.start < t.end]
    if not inside:
        return False
    last = inside[-1]
    cues = {negated[i] for i in inside if negated[i] >= 0}
    if not cues or not all(is_finding_cue(words, c) for c in cues):
        return False
    nxt = last + 1
    return nxt < len(words) and not words[nxt].boundary and (words[last].norm, words[nxt].norm) in pairs


def denies_no_excess(t: TaggedTerm, words: list[Word]) -> bool:
    """Whether denied match ``t`` is an excess term ("Hyperhidrosis") found through a lay
    expression that names the normal function alone ("sweating", "gained weight"): "no
    sweating" says the person does not sweat, and "lack of weight gain" a weight that does
    not rise; neither denies an excess. Neither the expression nor the words of the text
    say "too much"."""
    if not (t.negated and t.source in LAY_SOURCES and EXCESS_NAME.search(t.label)):
        return False
    return not _says_too_much(t, words)


def _says_too_much(t: TaggedTerm, words: list[Word]) -> bool:
    """Whether the words of match ``t`` say "too much" ("sweat a lot", "hypersalivation")."""
    said = {fold_word(w) for w in re.split(r"[^\w']+", t.matched) if w}
    said |= {w.norm for w in words if t.start <= w.start < t.end}
    return any(w in EXCESS_WORDS or w.startswith(("hyper", "over")) for w in said)


def says_too_little(t: TaggedTerm, words: list[Word]) -> bool:
    """Whether present match ``t`` is an excess term found through a lay expression that
    names the normal function alone, said right after "barely", "hardly", "scarcely" or
    "hardly ever" ("my son barely sweats" is no Hyperhidrosis; read by meaning, the
    sentence says a lack of sweating)."""
    if t.negated or t.source not in LAY_SOURCES or not EXCESS_NAME.search(t.label):
        return False
    inside = [i for i, w in enumerate(words) if t.start <= w.start < t.end]
    if not inside:
        return False
    before = inside[0] - 1
    if before >= 1 and words[before].norm == "ever":  # "hardly ever sweats"
        before -= 1
    if before < 0 or words[before].norm not in TOO_LITTLE:
        return False
    return not _says_too_much(t, words)
