"""Words with their character offsets, and their normal forms for matching.

A text is split into :class:`Word` s (offsets into the original string, so spans can
be shown), each marked with the boundary before it (none, a comma, or a sentence end).
:class:`Normaliser` turns words into *canonical tokens*: folded, Snowball-stemmed
(English Porter2, so *bruises*/*bruising* → *bruis*), with the lay vocabulary's
``same_as`` merges applied on both the dictionary and the text side, and ``also_means``
alternatives (*belly* → *abdomen*) added on the text side only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from raremap.engine.tagger.vocabulary import LayVocabulary
from raremap.knowledge.text import STOP_WORDS

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_HARD = re.compile(r"[.;!?\n()\[\]{}|•]")
_SOFT = re.compile(r"[,/:]|\s-\s|—|–")

NO_BOUNDARY, SOFT_BOUNDARY, HARD_BOUNDARY = 0, 1, 2

#: Weight of a lay word standing for a medical word (*belly* for *abdomen*).
ALSO_MEANS_WEIGHT = 0.92


@dataclass(slots=True)
class Word:
    """A word as written (``text[start:end]``), its folded form, and the boundary before it."""

    raw: str
    norm: str
    start: int
    end: int
    boundary: int


@dataclass(slots=True)
class Token:
    """A content token: its canonical form, other forms it may stand for with weights,
    and the words (``first``..``last`` indexes into the word list) it covers."""

    canon: str
    alternatives: tuple[tuple[str, float], ...]
    first: int
    last: int
    weak: bool = False  #: a weak word ("always"): matches lay expressions, no gap when skipped


def fold_word(raw: str) -> str:
    """Lower case, accents and apostrophes removed: "Don’t" → "dont", "Naïve" → "naive"."""
    decomposed = unicodedata.normalize("NFKD", raw.replace("’", "").replace("'", ""))
    return decomposed.encode("ascii", "ignore").decode("ascii").lower()


_UK_DIGRAPH = re.compile(r"(?<=[a-z]{2})[ao]e(?=[a-z]{2}|a$)|^[ao]e(?=[dsnrm][a-z]{2})|(?<=^[a-z])[ao]e(?=[a-z]{2})")


def american(word: str) -> str:
    """British medical spellings folded to American ones, inside a word of five letters or
    more: "naevus" → "nevus", "haemorrhage" → "hemorrhage", "oedema" → "edema",
    "foetal" → "fetal", "diarrhoea" → "diarrhea"."""
    if len(word) < 5 or ("ae" not in word and "oe" not in word):
        return word
    return _UK_DIGRAPH.sub("e", word)


def split_words(text: str) -> list[Word]:
    """The words of ``text`` with offsets; a word that folds to nothing is skipped."""
    words: list[Word] = []
    prev_end = 0
    pending = HARD_BOUNDARY
    for m in _WORD.finditer(text):
        gap = text[prev_end : m.start()]
        if _HARD.search(gap):
            pending = HARD_BOUNDARY
        elif _SOFT.search(gap) and pending < SOFT_BOUNDARY:
            pending = SOFT_BOUNDARY
        norm = fold_word(m.group())
        prev_end = m.end()
        if not norm:
            continue
        words.append(Word(m.group(), norm, m.start(), m.end(), pending))
        pending = NO_BOUNDARY
    return words


class Normaliser:
    """Canonical tokens for words; shared by the dictionary build and the text side."""

    def __init__(self, vocabulary: LayVocabulary) -> None:
        self._stemmer = snowballstemmer.stemmer("english")
        #: a word's Snowball stem (kept: the same words come back in every text)
        self.stem = lru_cache(maxsize=65536)(self._stem)
        self.stop = frozenset(STOP_WORDS) | vocabulary.stop | vocabulary.weak
        self.weak = vocabulary.weak - frozenset(STOP_WORDS) - vocabulary.stop
        single: dict[str, str] = {}
        phrases: dict[tuple[str, ...], str] = {}
        for variant, canonical in vocabulary.same_as.items():
            parts = tuple(fold_word(p) for p in variant.split())
            if len(parts) == 1:
                single[parts[0]] = canonical
            else:
                phrases[parts] = canonical
        self._same_exact = single
        self._same_stem = {self.stem(v): self.stem(c) for v, c in single.items()}
        self._phrases = phrases
        self._max_phrase = max((len(p) for p in phrases), default=1)
        self._stop_phrases = frozenset(vocabulary.stop_phrases)
        self._max_stop_phrase = max((len(p) for p in vocabulary.stop_phrases), default=1)
        self._also = vocabulary.also_means
        self._also_stem = {self.stem(w): t for w, t in vocabulary.also_means.items()}
        self.canonical = lru_cache(maxsize=65536)(self._canonical)
        self.alternatives = lru_cache(maxsize=65536)(self._alternatives)

    def merge(self, pairs: dict[str, str]) -> None:
        """Merge more words into canonical ones on both sides (adjective → noun, see
        :mod:`.morphology`); a word ``same_as`` already merges keeps its merge."""
        targets = set(self._same_exact.values())
        for variant, noun in pairs.items():
            if variant in self._same_exact or variant in targets:
                continue
            # the word itself only, not its stem: "retinal" and "retinitis" share one
            self._same_exact[variant] = self._same_exact.get(noun, noun)
        self.canonical.cache_clear()
        self.alternatives.cache_clear()

    def _stem(self, word: str) -> str:
        return self._stemmer.stemWord(word)

    def _canonical(self, word: str) -> str:
        if word in self._same_exact:
            return self.stem(self._same_exact[word])
        us = american(word)
        if us != word:
            return self._canonical(us)
        s = self.stem(word)
        return self._same_stem.get(s, s)

    def _alternatives(self, word: str) -> tuple[tuple[str, float], ...]:
        canon = self.canonical(word)
        out = {canon: 1.0}
        targets = self._also.get(word) or self._also_stem.get(self.stem(word)) or ()
        for target in targets:
            for part in target.split():
                c = self.canonical(part)
                if c not in out:
                    out[c] = ALSO_MEANS_WEIGHT
        return tuple(out.items())

    def tokens(self, words: list[Word], lo: int = 0, hi: int | None = None, expand: bool = True,
               keep_weak: bool = False) -> list[Token]:
        """Content tokens of ``words[lo:hi]``: stop words dropped (weak words kept as weak
        tokens when ``keep_weak``), phrases merged; a stop phrase ("in order to") is one
        token that matches nothing (with ``expand``, the text side) or none at all."""
        hi = len(words) if hi is None else hi
        out: list[Token] = []
        i = lo
        while i < hi:
            skip = self._stop_phrase_at(words, i, hi)
            if skip:
                # in a text the phrase matches nothing but still stands between words
                if expand:
                    out.append(Token("", (), i, i + skip - 1))
                i += skip
                continue
            merged = self._phrase_at(words, i, hi)
            if merged is not None:
                canon, n = merged
                out.append(Token(canon, ((canon, 1.0),), i, i + n - 1))
                i += n
                continue
            w = words[i].norm
            if keep_weak and w in self.weak:
                out.append(Token(w, ((w, 1.0),), i, i, weak=True))
            elif w not in self.stop and not (expand and len(w) == 1 and not w.isdigit()):
                # (one-letter words are noise in text, but part of names: "Z-joint")
                canon = self.canonical(w)
                alts = self.alternatives(w) if expand else ((canon, 1.0),)
                out.append(Token(canon, alts, i, i))
            i += 1
        return out

    def _stop_phrase_at(self, words: list[Word], i: int, hi: int) -> int:
        """Length of the stop phrase ("in order to") starting at ``words[i]``, or 0."""
        for n in range(min(self._max_stop_phrase, hi - i), 1, -1):
            if tuple(words[j].norm for j in range(i, i + n)) in self._stop_phrases and all(
                words[j].boundary == NO_BOUNDARY for j in range(i + 1, i + n)
            ):
                return n
        return 0

    def _phrase_at(self, words: list[Word], i: int, hi: int) -> tuple[str, int] | None:
        if not self._phrases:
            return None
        for n in range(min(self._max_phrase, hi - i), 1, -1):
            key = tuple(words[j].norm for j in range(i, i + n))
            canonical = self._phrases.get(key)
            if canonical is not None and all(words[j].boundary == NO_BOUNDARY for j in range(i + 1, i + n)):
                return self.canonical(canonical), n
        return None
