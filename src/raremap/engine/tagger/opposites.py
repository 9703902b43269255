"""Two present findings that say opposite things of the same words.

"Doesn't sweat a lot" holds a lay expression of Hypohidrosis ("doesn't sweat") and one of
Hyperhidrosis ("sweat a lot"): both cannot be the case. Two terms are opposites when they
share a parent in the ontology and their names differ only by a word or prefix of
direction — "Hyper…"/"Hypo…", "Increased"/"Decreased", "Tall"/"Short", "Macro…"/"Micro…"
(Hyperhidrosis and Hypohidrosis, Tall stature and Short stature), and so are terms
directly under two such opposites (Macrocephaly and Microcephaly). Of two present opposites
read from overlapping words, the one the text supports better stands: a match of the words
before one found by meaning, else the higher score; when the evidence is balanced neither
stands (no answer rather than a wrong one).
"""

from __future__ import annotations

import re

from raremap.engine.tagger.result import TaggedTerm

#: prefixes glued to a word ("Hyperhidrosis") and whole words ("Increased …"), +1 for more
PREFIXES = {"hyper": 1, "macro": 1, "hypo": -1, "micro": -1}
WORDS = {"increased": 1, "excessive": 1, "excess": 1, "elevated": 1, "high": 1, "tall": 1, "long": 1, "large": 1,
         "decreased": -1, "reduced": -1, "low": -1, "short": -1, "small": -1}
_PREFIX = re.compile(r"\b(" + "|".join(PREFIXES) + r")(?=\w)")
_WORD = re.compile(r"\b(" + "|".join(WORDS) + r")\b")


def directions(name: str) -> set[tuple[int, str]]:
    """(sign, the name without its direction) for each word or prefix of direction in
    ``name``: "Hyperhidrosis" → {(1, "hidrosis")}, "Short stature" → {(-1, " stature")}."""
    low = name.lower()
    out = set()
    for m in _PREFIX.finditer(low):
        out.add((PREFIXES[m.group(1)], low[: m.start()] + "~" + low[m.end():]))
    for m in _WORD.finditer(low):
        out.add((WORDS[m.group(1)], low[: m.start()] + "~" + low[m.end():]))
    return out


def _named_opposites(ont, a: str, b: str) -> bool:
    if a == b or not set(ont.parents(a)) & set(ont.parents(b)):
        return False
    da, db = directions(ont.name(a)), directions(ont.name(b))
    return any(sa == -sb and ka == kb for sa, ka in da for sb, kb in db)


def are_opposites(ont, a: str, b: str) -> bool:
    """Whether terms ``a`` and ``b``, or their parents, share a parent and have names that
    differ only by directions of opposite sign (Macrocephaly and Microcephaly: Increased
    and Decreased head circumference)."""
    if a in ont.ancestors(b) or b in ont.ancestors(a):
        return False
    return any(_named_opposites(ont, x, y) for x in (a, *ont.parents(a)) for y in (b, *ont.parents(b)))


def _support(t: TaggedTerm) -> tuple[bool, float]:
    return t.source != "meaning", t.score


def drop_contradictions(ont, terms: list[TaggedTerm]) -> list[TaggedTerm]:
    """``terms`` without the weaker of two present opposites read from overlapping words
    (both when neither is better supported)."""
    present = [t for t in terms if not t.negated]
    dropped: set[int] = set()
    for i, t in enumerate(present):
        for o in present[i + 1:]:
            if not (t.start < o.end and o.start < t.end) or not are_opposites(ont, t.hpo, o.hpo):
                continue
            st, so = _support(t), _support(o)
            if st >= so:
                dropped.add(id(o))
            if so >= st:
                dropped.add(id(t))
    return [t for t in terms if id(t) not in dropped]
