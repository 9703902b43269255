"""Adjectives of clinical prose and the nouns they are made from.

Published text says "patellar dysplasia" where HPO says "Dysplastic patella", and
"abnormal clavicular shape" where it says "Abnormality of the clavicle". HPO's own names
use both forms of hundreds of such words, so the pairs are found in the release instead
of being listed by hand: an adjective of the names and synonyms (ending in *-al*, *-ar*,
*-ic*, *-ous*, *-ary*, *-ine*, *-eal*, *-ular*) is paired with the noun of the same root
that the names also use (the suffix swapped for a noun ending: *clavicular* → *clavicle*,
*vertebral* → *vertebra*, *cranial* → *cranium*, *atrophic* → *atrophy*, *ataxic* →
*ataxia*). The pair is then merged on both sides like a ``same_as`` word.

A pair whose adjective does not mean its noun ("plantar" is not about a plant, "lateral"
not about "later", "global" not about the globe) is refused by the ``not_nouns`` list
of ``words.yaml``; words already merged by ``same_as`` keep their merge.
"""

from __future__ import annotations

from collections import Counter

#: adjective suffix -> noun endings tried in its place (longest suffix first)
SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ular", ("le", "ule", "ula", "e", "")),
    ("atic", ("as",)),
    ("eal", ("ea", "eum", "eus", "us")),
    ("ary", ("", "a", "e")),
    ("ous", ("us", "", "um")),
    ("ine", ("us", "a", "")),
    ("al", ("a", "", "e", "um", "us", "is")),
    ("ar", ("a", "", "um", "us")),
    ("ic", ("a", "ia", "", "e", "y", "is", "us", "um", "icity")),
)
MIN_ROOT = 4  #: letters left once the suffix is taken off
MIN_NOUN_USES = 2  #: the noun must be a word of at least this many names or synonyms


def adjective_nouns(counts: Counter[str], refused: frozenset[str]) -> dict[str, str]:
    """Adjective → noun for the words of the dictionary (``counts``: how many names and
    synonyms use each folded word); chains are followed ("asymmetrical" → "asymmetric" →
    "asymmetry")."""
    pairs: dict[str, str] = {}
    for word in counts:
        if word in refused:
            continue
        for suffix, endings in SUFFIXES:
            if not word.endswith(suffix):
                continue
            root = word[: -len(suffix)]
            if len(root) < MIN_ROOT:
                break
            nouns = [root + e for e in endings if root + e != word and counts.get(root + e, 0) >= MIN_NOUN_USES]
            if nouns:
                pairs[word] = max(nouns, key=lambda n: counts[n])
            break
    for word in list(pairs):
        seen = {word}
        noun = pairs[word]
        while noun in pairs and noun not in seen:
            seen.add(noun)
            noun = pairs[noun]
        pairs[word] = noun
    return pairs


#: noun ending -> the ending of its adjective, for adjectives clinical prose uses that no
#: name does ("scoliotic", "epileptic", "hypotonic", "edematous"; "hypermobile" and
#: "tortuous", which the stemmer parts from "hypermobility" and "tortuosity"); first match only
#: (an empty adjective ending: nouns of that ending have no such adjective)
NOUN_ADJECTIVES: tuple[tuple[str, str], ...] = (
    ("osis", "otic"), ("esis", "etic"), ("asis", "atic"), ("ysis", "ytic"), ("psy", "ptic"),
    ("sia", "stic"), ("ema", "ematous"), ("oma", ""), ("ia", "ic"),
    ("graphy", ""), ("phy", "phic"), ("thy", "thic"), ("aly", "alic"), ("yly", "ylic"), ("rgy", "rgic"),
    ("ous", ""), ("us", "ic"), ("ility", "ile"), ("osity", "ous"),
)


def noun_adjectives(counts: Counter[str], refused: frozenset[str]) -> dict[str, str]:
    """Adjective → noun for adjectives made from the dictionary's nouns that the names
    themselves never use (those are :func:`adjective_nouns`' business): "scoliosis" gives
    "scoliotic", "epilepsy" "epileptic", "edema" "edematous"."""
    pairs: dict[str, str] = {}
    for noun, n in counts.items():
        if n < MIN_NOUN_USES:
            continue
        for ending, adjective in NOUN_ADJECTIVES:
            if noun.endswith(ending):
                root = noun[: -len(ending)]
                form = root + adjective
                if adjective and (len(root) >= 3 or len(ending) >= 3) and len(root) >= 2 and form not in refused:
                    pairs.setdefault(form, noun)
                break
    return pairs


#: noun ending -> the ending of its past participle, where the stemmer parts the two
#: ("hypopigmentation" and "hypopigmented", "calcification" and "calcified")
PARTICIPLES: tuple[tuple[str, str], ...] = (("mentation", "mented"), ("ification", "ified"))


def participle_nouns(counts: Counter[str], refused: frozenset[str]) -> dict[str, str]:
    """Participle → noun for the dictionary's nouns of a process: "hypopigmented skin and
    hair" names Hypopigmentation of hair, "calcified basal ganglia" Basal ganglia
    calcification."""
    pairs: dict[str, str] = {}
    for noun, n in counts.items():
        if n < MIN_NOUN_USES:
            continue
        for ending, participle in PARTICIPLES:
            if noun.endswith(ending) and len(noun) - len(ending) >= MIN_ROOT - 1:
                form = noun[: -len(ending)] + participle
                if form not in refused:
                    pairs.setdefault(form, noun)
                break
    return pairs


#: singular ending -> Latin or Greek plural ending ("nevus" / "nevi", "epiphysis" /
#: "epiphyses", "phalanx" / "phalanges"); English plurals are left to the stemmer
PLURALS: tuple[tuple[str, str], ...] = (
    ("sis", "ses"), ("us", "i"), ("um", "a"), ("oma", "omata"), ("en", "ina"), ("ion", "ia"),
    ("anx", "anges"), ("ynx", "ynges"), ("ex", "ices"), ("ix", "ices"), ("a", "ae"),
)


def latin_plurals(counts: Counter[str], refused: frozenset[str]) -> dict[str, str]:
    """Plural → singular for the dictionary's Latin and Greek nouns, whether or not the
    plural is itself in a name (a text may use it where the names do not)."""
    pairs: dict[str, str] = {}
    for word in counts:
        for singular, plural in PLURALS:
            if word.endswith(singular) and len(word) - len(singular) >= 3:
                form = word[: -len(singular)] + plural
                if form not in refused:
                    pairs.setdefault(form, word)
                break
    return pairs
