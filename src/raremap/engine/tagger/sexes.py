"""A finding named for one sex, read from a text about a person of the other.

HPO names some findings twice, once for each sex: Decreased male libido and Decreased
female libido, Male infertility and Female infertility. The words people use for them are
the same ("no interest in sex any more"), so the tagger finds one of the two by its words
or its meaning whoever is writing. When the text says who the person is — "I'm a woman in
my 30s", "as a bloke of 35", or only "he"/"his" (or only "she"/"her") — a term named for
the other sex is replaced by its sibling named for theirs. A text that says neither, or
both ("he says she ..."), is left as it is, and so is a term whose own name or synonym the
text writes ("male infertility"), or one whose sex is that of the body, not the person's
(Male pseudohermaphroditism, Ambiguous genitalia, female).
"""

from __future__ import annotations

import re
from dataclasses import replace

from raremap.engine.tagger.result import TaggedTerm

MALE_NOUNS = frozenset({"man", "guy", "bloke", "lad", "boy", "male", "gentleman"})
FEMALE_NOUNS = frozenset({"woman", "lady", "girl", "female"})
#: "I'm a woman", "as a bloke of 35", "I am a 40 year old man"
_SELF = re.compile(r"\b(?:i\s*['’]?\s*m|i\s+am|as)\s+an?\s+(?:[\w-]+\s+){0,3}?(" +
                   "|".join(sorted(MALE_NOUNS | FEMALE_NOUNS)) + r")\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")
HE = frozenset({"he", "him", "his", "hes", "himself"})
SHE = frozenset({"she", "her", "hers", "shes", "herself"})
_SEXED = re.compile(r"\b(female|male)\b", re.IGNORECASE)
#: names whose sex is the body's or the inheritance's, not the person's
_NOT_THE_PERSON = re.compile(r"pseudohermaphroditism|ambiguous|limited", re.IGNORECASE)
#: how a term was found when only the words or meaning of a lay text say it
SWAPPABLE_SOURCES = frozenset({"lay vocabulary", "meaning"})


def person_sex(text: str) -> str | None:
    """"male", "female" or None: the sex the text gives the person it is about."""
    m = _SELF.search(text)
    if m:
        return "male" if m.group(1).lower() in MALE_NOUNS else "female"
    words = _WORD.findall(text.lower().replace("'", "").replace("’", ""))
    he = any(w in HE for w in words)
    she = any(w in SHE for w in words)
    if he != she:
        return "male" if he else "female"
    return None


def counterparts(ontology) -> dict[str, str]:
    """Term id -> the id of the term whose name is the same with "male" and "female"
    swapped (both ways), for the terms that have one."""
    by_name = {t.name.lower(): t.id for t in ontology.terms()}
    out = {}
    for name, hpo in by_name.items():
        if not _SEXED.search(name) or _NOT_THE_PERSON.search(name):
            continue
        other = _SEXED.sub(lambda m: "male" if m.group(1).lower() == "female" else "female", name)
        if other in by_name:
            out[hpo] = by_name[other]
    return out


def for_the_person(text: str, terms: list[TaggedTerm], pairs: dict[str, str], ontology) -> list[TaggedTerm]:
    """``terms`` with each term named for the other sex than the person's replaced by its
    sibling (the sibling itself, when also found, is kept once)."""
    if not any(t.hpo in pairs and t.source in SWAPPABLE_SOURCES for t in terms):
        return terms
    sex = person_sex(text)
    if sex is None:
        return terms
    out: list[TaggedTerm] = []
    seen: set[str] = set()
    for t in terms:
        if t.hpo in pairs and t.source in SWAPPABLE_SOURCES:
            name = ontology.name(t.hpo).lower()
            written = "female" if re.search(r"\bfemale\b", name) else "male"
            if written != sex:
                other = pairs[t.hpo]
                t = replace(t, hpo=other, label=ontology.name(other))
        if t.hpo in seen:
            continue
        seen.add(t.hpo)
        out.append(t)
    return out
