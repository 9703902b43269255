"""The lay-vocabulary layer: word lists shipped as YAML in ``tagger/data/``.

* ``words.yaml`` — ``same_as``: spellings and word forms merged on both sides (text and
  dictionary), e.g. *abdominal* → *abdomen*; ``also_means``: lay words a person writes
  that may stand for a medical word, e.g. *belly* → *abdomen*, *hurts* → *pain*
  (text side only, with a slightly lower weight); ``not_nouns``: adjectives not merged
  with the noun of their root, ``not_plurals``: words not read as a Latin plural
  (:mod:`.morphology`); ``stop``: words that carry no symptom;
  ``weak``: words that carry none alone but belong to lay expressions ("always cold");
  ``stop_phrases``: phrases of function words that never carry one ("in order to");
  ``verbs_too``: symptom nouns that are also everyday verbs ("had a fit" / "it fits him");
  ``not_synonyms``: hp.obo synonyms that name something else when read alone
  ("White patch" of Poliosis, a patch of white hair).
* ``expressions.yaml`` — whole lay phrases for a term, e.g. *winded* → Dyspnea. More is
  not better: 473 more terms' phrases, tried in a second file, lowered the right term first
  on both sets of patient lines written blind (docs/benchmarks.md), and were taken out;
  58 terms of movement, muscles, seizures, sight and speech were added later, batch by
  batch, keeping only the batch that lowered no aggregate figure much (a narrower term in
  words as general as its parent's takes the parent's lines).
* ``expressions_told.yaml`` — the same for findings people are told about rather than see
  (a scan, a heart echo, a blood or nerve test), in the words they repeat ("the bridge
  between the two halves of her brain never formed" → Agenesis of corpus callosum); read
  with ``expressions.yaml`` as one list. Kept for 70 terms of the brain, nerves and eyes;
  the batches tried for more terms lowered some lay set and were left out
  (``bench/tagger/told_candidates/``, docs/benchmarks.md).
* ``abbreviations.yaml`` — case-sensitive abbreviations, e.g. *SOB* → Dyspnea.
* ``negation.yaml`` — cues that deny a symptom and words that end their reach, and the
  words of a statement that something is normal ("his corneas are clear", :mod:`.normality`).

Every HPO id in these files is checked against the release by the unit tests.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

EXPRESSION_FILES = ("expressions.yaml", "expressions_told.yaml")
DATA_FILES = ("words.yaml", *EXPRESSION_FILES, "abbreviations.yaml", "negation.yaml")


@dataclass(frozen=True)
class LayVocabulary:
    same_as: dict[str, str]  #: variant (folded, may hold spaces) -> canonical word
    also_means: dict[str, tuple[str, ...]]  #: lay word -> medical words it may stand for
    stop: frozenset[str]
    weak: frozenset[str]  #: no symptom alone, but part of lay expressions ("always cold")
    vague: frozenset[str]  #: words that make a phrase vague ("weird", "problems")
    expressions: dict[str, tuple[str, ...]]  #: HPO id -> lay phrases
    abbreviations: dict[str, tuple[str, ...]]  #: case-sensitive abbreviation -> HPO ids
    negation: dict[str, tuple[str, ...]]  #: pre / post / pseudo / terminate / subjects
    fingerprint: str
    #: adjectives that do not stand for the noun of the same root ("plantar", "global")
    not_nouns: frozenset[str] = frozenset()
    #: words that look like a Latin plural of a dictionary noun but are not ("media")
    not_plurals: frozenset[str] = frozenset()
    stop_phrases: tuple[tuple[str, ...], ...] = ()  #: folded words of each phrase
    #: words, plurals, noun_after, subjects, objects (see ``words.yaml``)
    verbs_too: dict[str, frozenset[str]] = field(default_factory=dict)
    not_synonyms: dict[str, frozenset[str]] = field(default_factory=dict)  #: HPO id -> lower-case texts


def _read(name: str) -> tuple[dict, bytes]:
    raw = resources.files("raremap.engine.tagger").joinpath("data", name).read_bytes()
    data = yaml.safe_load(raw) or {}
    if not isinstance(data, dict):
        raise ValueError(f"tagger data file {name} must hold a mapping")
    return data, raw


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        # YAML reads a bare no/off/yes as a boolean: such words must be quoted.
        raise ValueError(f"tagger data: expected words, got {value!r} (quote yes/no/on/off)")
    return list(value)


@lru_cache(maxsize=1)
def lay_vocabulary() -> LayVocabulary:
    """The shipped vocabulary, read once per process (on first use, not on import)."""
    digest = hashlib.sha256()
    files = {}
    for name in DATA_FILES:
        files[name], raw = _read(name)
        digest.update(raw)
    words = files["words.yaml"]
    same_as = {}
    for canonical, variants in (words.get("same_as") or {}).items():
        for v in _as_list(variants):
            same_as[v.lower()] = str(canonical).lower()
    also = {}
    for word, targets in (words.get("also_means") or {}).items():
        also[str(word).lower()] = tuple(t.lower() for t in _as_list(targets))
    vague = frozenset(w.lower() for w in _as_list(words.get("vague")))
    for w in vague:
        also.setdefault(w, ("abnormal",))
    expressions: dict[str, tuple[str, ...]] = {}
    for name in EXPRESSION_FILES:
        for hpo, phrases in (files[name] or {}).items():
            expressions[str(hpo)] = tuple(dict.fromkeys(expressions.get(str(hpo), ()) + tuple(_as_list(phrases))))
    abbreviations: dict[str, tuple[str, ...]] = {}
    for abbr, ids in (files["abbreviations.yaml"] or {}).items():
        abbreviations[str(abbr)] = tuple(_as_list(ids))
    negation = {k: tuple(w.lower() for w in _as_list(v)) for k, v in files["negation.yaml"].items()}
    return LayVocabulary(
        same_as=same_as,
        also_means=also,
        stop=frozenset(w.lower() for w in _as_list(words.get("stop"))),
        weak=frozenset(w.lower() for w in _as_list(words.get("weak"))),
        vague=vague,
        expressions=expressions,
        abbreviations=abbreviations,
        negation=negation,
        fingerprint=digest.hexdigest()[:16],
        not_nouns=frozenset(w.lower() for w in _as_list(words.get("not_nouns"))),
        not_plurals=frozenset(w.lower() for w in _as_list(words.get("not_plurals"))),
        stop_phrases=tuple(tuple(p.lower().split()) for p in _as_list(words.get("stop_phrases"))),
        verbs_too={k: frozenset(w.lower() for w in _as_list(v)) for k, v in (words.get("verbs_too") or {}).items()},
        not_synonyms={
            str(hpo): frozenset(t.lower() for t in _as_list(texts))
            for hpo, texts in (words.get("not_synonyms") or {}).items()
        },
    )
