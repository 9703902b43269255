"""The tagger's dictionary: every name and synonym of every phenotypic-abnormality term
in the release, plus the lay vocabulary's expressions, as canonical token sets with an
inverted index and IDF weights.

Built on first use from ``kb.ontology`` (about a second) and kept with the knowledge base
by :func:`raremap.engine.tagger.get_tagger`; never at import time.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np

from raremap.engine.tagger.morphology import (
    adjective_nouns,
    latin_plurals,
    noun_adjectives,
    participle_nouns,
)
from raremap.engine.tagger.vocabulary import LayVocabulary
from raremap.engine.tagger.words import Normaliser, fold_word, split_words
from raremap.knowledge.inverted_index import inverted_index
from raremap.knowledge.ontology import PHENOTYPIC_ABNORMALITY
from raremap.knowledge.text import STOP_WORDS

_LETTERS = re.compile(r"[a-z]+")
#: Names that say which body part a branch of the ontology is about ("Abnormality of the
#: liver", "Abnormal mouth morphology"): their part's word is an anatomy word.
_PART_NAME = re.compile(r"^(?:abnormality of (?:the )?([a-z]+)|abnormal ([a-z]+) morphology)$")

#: How much a match through each kind of dictionary entry is worth.
ENTRY_WEIGHTS = {
    ("EXACT", ""): 1.0,
    ("EXACT", "layperson"): 1.0,
    ("EXACT", "plural_form"): 1.0,
    ("EXACT", "uk_spelling"): 1.0,
    ("RELATED", "layperson"): 0.9,
    ("RELATED", ""): 0.85,
    ("NARROW", ""): 0.8,
    ("NARROW", "layperson"): 0.85,
    ("BROAD", ""): 0.75,
    ("BROAD", "layperson"): 0.8,
}
DEFAULT_WEIGHT = 0.7  # obsolete synonyms and anything unlisted
#: IDF never counts below this: a missing common word ("abnormal" of "Abnormal gait")
#: still costs enough that "walking" alone does not reach "Abnormal walk".
IDF_FLOOR = 4.0
#: Weak words ("always", "all the time") only help a lay expression along.
WEAK_IDF = 3.0
LAY_EXPRESSION_WEIGHT = 1.0
#: What a laboratory finding is measured in says little of the finding: a text that does
#: not write it loses little ("low serum potassium" is "Low blood potassium levels").
LIGHT_WORDS = ("level", "concentration")


@dataclass
class Lexicon:
    """Arrays over dictionary entries (``n`` of them) and the token vocabulary."""

    term_ids: list[str]  #: HPO id per term slot
    labels: list[str]
    depth: np.ndarray  #: int32 (n_terms,), number of ancestors
    n_descendants: np.ndarray  #: int32 (n_terms,)
    entry_term: np.ndarray  #: int32 (n,), term slot of each entry
    entry_text: list[str]
    entry_source: list[str]
    entry_weight: np.ndarray  #: float32 (n,)
    entry_tokens: list[tuple[int, ...]]  #: distinct token ids of each entry
    entry_total: np.ndarray  #: float32 (n,), sum of the entry's token IDF
    vocab: dict[str, int]
    idf: np.ndarray  #: float32 (n_vocab,)
    postings_ptr: np.ndarray  #: int64 (n_vocab + 1,)
    postings: np.ndarray  #: int32, entry ids
    surface: dict[int, tuple[list[str], list[str]]] = field(default_factory=dict)
    known_words: frozenset[str] = frozenset()  #: every word the dictionary or vocabulary holds
    #: The everyday words of hp.obo's definitions and comments: they and their inflected
    #: forms ("showed") are real words, not typos to correct.
    english_words: frozenset[str] = frozenset()
    abbreviations: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)
    slot_of: dict[str, int] = field(default_factory=dict)
    #: entry -> folded words its text starts with before its first token ("no energy")
    entry_lead: dict[int, tuple[str, ...]] = field(default_factory=dict)
    #: int16 (n,), words of the entry that are neither tokens nor function words ("very"
    #: of "Very low visual acuity"): on a tie, the entry that says nothing more comes first
    entry_dropped: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int16))
    #: token ids of bare body-part words ("liver", "mouth"): such a word alone stands for
    #: no term unless written as the entry itself ("hepatitis" and "liver" share a stem)
    anatomy: frozenset[int] = frozenset()

    def __len__(self) -> int:
        return len(self.entry_text)


def _synonym_source(scope: str, kind: str) -> str:
    if kind == "layperson":
        return "lay name"
    if kind in ("plural_form", "uk_spelling"):
        return "name variant"
    return {"EXACT": "synonym"}.get(scope, f"{scope.lower()} synonym")


#: Words that make a term out of its parent ("Mild global developmental delay" under
#: "Global developmental delay"): a synonym of the narrower term without the word is a
#: synonym of the parent ("Psychomotor retardation, mild" → "Psychomotor retardation").
GRADING_WORDS = frozenset({"mild", "moderate", "severe", "profound", "progressive", "congenital",
                           "bilateral", "unilateral", "generalized", "generalised", "recurrent",
                           "chronic"})


def _without(text: str, word: str) -> str | None:
    """``text`` without ``word`` as its first or last word ("Severe X", "X, severe")."""
    parts = text.replace(",", " ").split()
    if len(parts) < 2:
        return None
    if parts[0].lower() == word:
        return " ".join(parts[1:])
    if parts[-1].lower() == word:
        return " ".join(parts[:-1])
    return None


def _unmodified_synonyms(ontology, keep: list[str], slot_of: dict[str, int]):
    """(parent slot, text, weight, source) for the synonyms a graded term lends its parent."""
    for tid in keep:
        term = ontology.term(tid)
        for word in GRADING_WORDS:
            for pid in ontology.parents(tid):
                if pid not in slot_of or (_without(term.name, word) or "").lower() != ontology.name(pid).lower():
                    continue
                for syn in term.synonyms:
                    text = _without(syn.text, word)
                    if text and syn.kind != "abbreviation":
                        weight = ENTRY_WEIGHTS.get((syn.scope, syn.kind), DEFAULT_WEIGHT)
                        yield slot_of[pid], text, weight, _synonym_source(syn.scope, syn.kind)


def build_lexicon(kb, normaliser: Normaliser, vocabulary: LayVocabulary) -> Lexicon:
    ontology = kb.ontology
    keep = sorted(ontology.descendants(PHENOTYPIC_ABNORMALITY), key=ontology.index.__getitem__)
    slot_of = {tid: s for s, tid in enumerate(keep)}
    aptr, aidx = ontology.csr("ancestors")
    rows = np.asarray([ontology.index[t] for t in keep], dtype=np.int64)
    depth = (aptr[rows + 1] - aptr[rows]).astype(np.int32)
    n_desc = np.bincount(aidx, minlength=len(ontology))[rows].astype(np.int32)

    raw_entries: dict[tuple[int, tuple[str, ...]], tuple[float, str, str, tuple[str, ...], int]] = {}
    abbreviations: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    surface_words: dict[str, str] = {}
    known: set[str] = set(normaliser.stop)
    written: set[tuple[str, ...]] = set()  #: the token tuples of the entries so far

    def add(slot: int, text: str, weight: float, source: str, only_new: bool = False) -> None:
        words = split_words(text)
        kept = normaliser.tokens(words, expand=False, keep_weak=source == "lay vocabulary")
        if not kept:
            return
        canons = tuple(dict.fromkeys(t.canon for t in kept))
        if only_new and canons in written:
            return  # the words already name a term (maybe another one)
        written.add(canons)
        for word in words:
            w = word.norm
            known.add(w)
            if len(w) >= 4 and w.isalpha() and w not in normaliser.stop:
                surface_words.setdefault(w, normaliser.canonical(w))
        key = (slot, canons)
        if key not in raw_entries or raw_entries[key][0] < weight:
            lead = tuple(w.norm for w in words[: kept[0].first])
            covered = sum(t.last - t.first + 1 for t in kept)
            dropped = len(words) - covered - sum(w.norm in STOP_WORDS for w in words)
            raw_entries[key] = (weight, text, source, lead, max(dropped, 0))

    # Words of the definitions and comments are correctly spelled English (mostly everyday
    # words): the typo corrector leaves them alone.
    english: set[str] = set()
    for term in ontology.terms(include_obsolete=True):
        english.update(_LETTERS.findall(f"{term.definition} {term.comment}".lower()))
    known |= english

    # adjectives of the names merged with their nouns ("clavicular" → "clavicle")
    uses: Counter[str] = Counter()
    for tid in keep:
        term = ontology.term(tid)
        for text in (term.name, *(syn.text for syn in term.synonyms)):
            uses.update(set(_LETTERS.findall(fold_word(text))))
    normaliser.merge(adjective_nouns(uses, vocabulary.not_nouns))
    normaliser.merge(latin_plurals(uses, vocabulary.not_plurals))
    normaliser.merge(noun_adjectives(uses, vocabulary.not_nouns))
    normaliser.merge(participle_nouns(uses, vocabulary.not_nouns))

    labels = []
    parts: set[str] = set()
    for slot, tid in enumerate(keep):
        term = ontology.term(tid)
        labels.append(term.name)
        add(slot, term.name, 1.0, "name")
        part = _PART_NAME.match(term.name.lower())
        if part:
            parts.add(normaliser.canonical(part.group(1) or part.group(2)))
        refused = vocabulary.not_synonyms.get(tid, frozenset())
        for syn in term.synonyms:
            if syn.text.lower() in refused:
                continue
            if syn.kind == "abbreviation":
                abbreviations[syn.text].append((slot, syn.text, "abbreviation"))
                continue
            add(slot, syn.text, ENTRY_WEIGHTS.get((syn.scope, syn.kind), DEFAULT_WEIGHT),
                _synonym_source(syn.scope, syn.kind))
    for slot, text, weight, source in list(_unmodified_synonyms(ontology, keep, slot_of)):
        add(slot, text, weight, source, only_new=True)
    for hpo, phrases in vocabulary.expressions.items():
        tid = ontology.current(hpo)
        if tid is None or tid not in slot_of:
            continue
        for phrase in phrases:
            add(slot_of[tid], phrase, LAY_EXPRESSION_WEIGHT, "lay vocabulary")
    for abbr, ids in vocabulary.abbreviations.items():
        for hpo in ids:
            tid = ontology.current(hpo)
            if tid is not None and tid in slot_of:
                abbreviations[abbr].append((slot_of[tid], abbr, "abbreviation"))
    for word in list(vocabulary.also_means):
        known.add(word)
        if len(word) >= 4 and " " not in word:
            surface_words.setdefault(word, normaliser.canonical(word))

    entry_term: list[int] = []
    entry_text: list[str] = []
    entry_source: list[str] = []
    entry_weight: list[float] = []
    entry_lead: dict[int, tuple[str, ...]] = {}
    entry_dropped: list[int] = []
    for (slot, _toks), (weight, text, source, lead, dropped) in raw_entries.items():
        if lead:
            entry_lead[len(entry_term)] = lead
        entry_dropped.append(dropped)
        entry_term.append(slot)
        entry_text.append(text)
        entry_source.append(source)
        entry_weight.append(weight)
    index = inverted_index(toks for _slot, toks in raw_entries)
    vocab, entry_tokens = index.vocab, index.entry_tokens
    n = len(entry_tokens)
    df = index.document_frequency.astype(np.float64)
    idf = np.maximum(np.log1p(n / np.maximum(df, 1)), IDF_FLOOR).astype(np.float32)
    for word in normaliser.weak:
        if word in vocab:
            idf[vocab[word]] = WEAK_IDF
    for word in LIGHT_WORDS:
        canon = normaliser.canonical(word)
        if canon in vocab:
            idf[vocab[canon]] = WEAK_IDF
    total = np.asarray([float(sum(idf[t] for t in toks)) for toks in entry_tokens], dtype=np.float32)

    by_length: dict[int, tuple[list[str], list[str]]] = {}
    for word, canon in sorted(surface_words.items()):
        if canon in vocab:
            words, canons = by_length.setdefault(len(word), ([], []))
            words.append(word)
            canons.append(canon)
    assert math.isfinite(float(idf.sum()))
    return Lexicon(
        term_ids=keep,
        labels=labels,
        depth=depth,
        n_descendants=n_desc,
        entry_term=np.asarray(entry_term, dtype=np.int32),
        entry_text=entry_text,
        entry_source=entry_source,
        entry_weight=np.asarray(entry_weight, dtype=np.float32),
        entry_tokens=entry_tokens,
        entry_total=total,
        vocab=vocab,
        idf=idf,
        postings_ptr=index.postings_ptr,
        postings=index.postings,
        surface=by_length,
        known_words=frozenset(known),
        english_words=frozenset(english),
        abbreviations=dict(abbreviations),
        slot_of=slot_of,
        entry_lead=entry_lead,
        entry_dropped=np.asarray(entry_dropped, dtype=np.int16),
        anatomy=frozenset(vocab[p] for p in parts if p in vocab),
    )
