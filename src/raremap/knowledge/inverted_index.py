"""An inverted index over short texts: a token vocabulary and, per token, the entries
holding it, as CSR arrays. Search (:mod:`raremap.knowledge.search_index`) and the tagger's
dictionary (:mod:`raremap.engine.tagger.lexicon`) both build theirs with
:func:`inverted_index`; each decides what its tokens are.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np


@dataclass
class InvertedIndex:
    """``vocab`` token → id (ids in order of first appearance); ``entry_tokens`` the
    distinct token ids of each entry (in order of appearance); ``postings_ptr`` int64
    (n_vocab + 1,) and ``postings`` int32: the entries of token ``t`` are
    ``postings[postings_ptr[t]:postings_ptr[t + 1]]``, in increasing order."""

    vocab: dict[str, int]
    entry_tokens: list[tuple[int, ...]]
    postings_ptr: np.ndarray
    postings: np.ndarray

    @property
    def document_frequency(self) -> np.ndarray:
        """int64 (n_vocab,): how many entries hold each token."""
        return np.diff(self.postings_ptr)


def inverted_index(entries: Iterable[Iterable[str]]) -> InvertedIndex:
    """Index entries given as their tokens (a token repeated in one entry counts once)."""
    vocab: dict[str, int] = {}
    entry_tokens = [tuple(dict.fromkeys(vocab.setdefault(t, len(vocab)) for t in tokens)) for tokens in entries]
    postings: list[list[int]] = [[] for _ in vocab]
    for e, toks in enumerate(entry_tokens):
        for t in toks:
            postings[t].append(e)
    ptr = np.zeros(len(vocab) + 1, dtype=np.int64)
    ptr[1:] = np.cumsum([len(p) for p in postings])
    flat = np.fromiter((e for p in postings for e in p), dtype=np.int32, count=int(ptr[-1]))
    return InvertedIndex(vocab, entry_tokens, ptr, flat)
