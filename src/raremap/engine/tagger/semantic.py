"""Meaning, not only words: the nearest HPO terms to a phrase by sentence embedding.

Every phenotypic-abnormality term's name, its layperson synonyms and the lay
vocabulary's expressions (``tagger/data/expressions.yaml``) are embedded once with
:mod:`.embedding` and stored beside the knowledge artifact as a float16 matrix
(``<artifact>.vectors.npz``, about 20 MB), built by ``raremap init``. A phrase costs one
forward pass of the model and one matrix-vector product.

The file's header is the fingerprint of what was embedded: the model's weights, the
release and a digest of the phrase list (so of the lay vocabulary too). When any differs
the vectors are stale and are not used; ``raremap init`` (which ``make run`` and ``make
test`` call) rebuilds them, and the API's health probe and ``raremap serve`` say so.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
import threading
import time
import zipfile
import zlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from raremap.engine.tagger.embedding import Encoder, ModelUnavailable, load_encoder, one_blas_thread
from raremap.engine.tagger.vocabulary import lay_vocabulary
from raremap.knowledge.ontology import PHENOTYPIC_ABNORMALITY

log = logging.getLogger(__name__)

#: 2: phrases are embedded without their person words (:func:`embedded_text`)
FORMAT = 2
SUFFIX = ".vectors.npz"
LAY_KINDS = ("layperson",)
#: How much less a term's clinical name counts than its lay phrases as a witness of what
#: a phrase means. People describe findings in the words of the layperson synonyms and
#: the lay vocabulary; a name shares one word with a sentence about something else
#: ("Bending of the arm" for an arm stiff as a lead pipe, "Abnormal drinking behavior"
#: for drinks knocked over). Chosen by leaving one lay set out at a time (0 to 0.16 tried;
#: docs/benchmarks.md, "a clinical name is a weaker witness").
NAME_DISCOUNT = 0.12
#: A term with no everyday phrase (no layperson synonym, no lay expression: most terms, and
#: most of the findings a new patient line names) is also embedded as the first sentence of
#: its HPO definition, which says in plainer words what the name means ("Keloids" alone
#: reads as nothing). That sentence counts this much less than a lay phrase: definitions
#: are long, and near many sentences that say something else. 0, 0.02, 0.035, 0.05, 0.07 and
#: 0.1 tried on every lay set (docs/benchmarks.md, "a definition for a term without lay words").
DEFINITION_DISCOUNT = 0.05

#: Queries whose per-term similarities :class:`SemanticIndex` keeps (73 kB each)
RECENT_QUERIES = 8


#: Words that say whose finding a lay phrase describes, not the finding ("slow writhing
#: of her hands", "lifts his knees really high when he walks"). With them, a phrase is near
#: every sentence about "her hands" or "his knees" and takes lines about other findings
#: ("she chews on her own hands", "he walks his hands up his own legs").
PERSON_WORDS = re.compile(r"\b(?:his|her|my|their|your|our|(?:he|she|they|you|we|i)(?:'(?:s|m|re|ve|d|ll)\b)?)\b",
                          re.IGNORECASE)


def embedded_text(phrase: str) -> str:
    """What is embedded for a term phrase: a phrase in everyday words (written from a
    lower-case letter, as the lay vocabulary writes them; names and clinical synonyms are
    not, and keep their "Type I") without its person words, when words are left."""
    if not phrase[:1].islower():
        return phrase
    return " ".join(PERSON_WORDS.sub(" ", phrase).split()) or phrase


#: What each field of the fingerprint stands for, to say what changed.
_FINGERPRINT_PARTS = {"format": "the file format", "model": "the embedding model", "release": "the HPO release",
                      "phrases": "the term names or the lay vocabulary"}


class VectorsUnavailable(RuntimeError):
    """No usable term vectors; the message is one sentence. ``reason``: "missing",
    "damaged" or "stale"; ``changed``: for stale vectors, what differs (in words)."""

    def __init__(self, message: str, reason: str, changed: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.reason = reason
        self.changed = changed


@dataclass
class TermVectors:
    term_ids: list[str]  #: HPO id per term slot
    phrase_term: np.ndarray  #: int32 (n,), term slot of each phrase
    phrases: list[str]
    #: float32 (384, n): column i is phrase i's unit vector. Kept this way round, a
    #: query's similarity to every phrase is a product that streams the matrix once
    #: (1.4 ms against 3.2 ms for the same numbers as rows, on one core)
    columns: np.ndarray
    header: dict
    #: float32 (n,), added to each phrase's similarity: ``-NAME_DISCOUNT`` for term names
    offsets: np.ndarray | None = None

    @property
    def matrix(self) -> np.ndarray:
        """(n, 384), one row per phrase (a view of :attr:`columns`)."""
        return self.columns.T

    def __len__(self) -> int:
        return len(self.phrases)


def definition_phrase(definition: str | None) -> str:
    """The first sentence of a definition (at most 300 characters), or ""."""
    text = " ".join((definition or "").split())
    first = re.match(r"(.+?\.)(?:\s|$)", text)
    return (first.group(1) if first else text)[:300]


def term_phrases(kb) -> tuple[list[str], list[str], list[int]]:
    """(term ids, phrases, term slot of each phrase): names, layperson synonyms and lay
    expressions of the terms under Phenotypic abnormality, each phrase once per term, and
    for a term with none but its name, its definition's first sentence
    (:data:`DEFINITION_DISCOUNT`)."""
    ont = kb.ontology
    keep = sorted(ont.descendants(PHENOTYPIC_ABNORMALITY), key=ont.index.__getitem__)
    slot_of = {tid: s for s, tid in enumerate(keep)}
    phrases: list[str] = []
    slots: list[int] = []
    seen: set[tuple[int, str]] = set()

    def add(slot: int, text: str) -> None:
        key = (slot, text.strip().lower())
        if key[1] and key not in seen:
            seen.add(key)
            phrases.append(text.strip())
            slots.append(slot)

    for slot, tid in enumerate(keep):
        term = ont.term(tid)
        add(slot, term.name)
        for syn in term.synonyms:
            if syn.kind in LAY_KINDS:
                add(slot, syn.text)
    for hpo, lay in lay_vocabulary().expressions.items():
        tid = ont.current(hpo)
        if tid in slot_of:
            for text in lay:
                add(slot_of[tid], text)
    named_only = np.bincount(np.asarray(slots, dtype=np.int64), minlength=len(keep)) == 1
    for slot in np.flatnonzero(named_only).tolist():
        add(slot, definition_phrase(ont.term(keep[slot]).definition))
    return keep, phrases, slots


def vectors_path(kb) -> Path:
    return Path(kb.path).with_suffix(SUFFIX)


def _digest(phrases: list[str], slots: list[int]) -> str:
    h = hashlib.sha256()
    for p, s in zip(phrases, slots, strict=True):
        h.update(f"{s}\t{p}\n".encode())
    return h.hexdigest()[:16]


def fingerprint(model: str, release: str, phrases: list[str], slots: list[int]) -> dict:
    """The header stored with the vectors: what they were embedded from."""
    return {"format": FORMAT, "model": model, "release": release, "phrases": _digest(phrases, slots)}


# What np.load and json raise on a damaged file: a half-written or half-copied zip, an
# empty file, a header that is not JSON or nested too deeply.
_DAMAGED = (OSError, ValueError, KeyError, UnicodeDecodeError, EOFError, RecursionError, zipfile.BadZipFile, zlib.error)


def read_header(path: Path) -> dict:
    """The stored fingerprint alone (the matrix is not read). Raises :class:`VectorsUnavailable`."""
    if not path.exists():
        raise VectorsUnavailable(f"No term vectors at {path}: run 'raremap init' to build them.", "missing")
    try:
        with np.load(path, allow_pickle=False) as data:
            header = json.loads(bytes(data["header"]).decode())
    except _DAMAGED as exc:
        raise VectorsUnavailable(f"The term vectors at {path} are damaged ({type(exc).__name__}): "
                                 "run 'raremap init' to build them again.", "damaged") from None
    if not isinstance(header, dict):
        raise VectorsUnavailable(f"The term vectors at {path} are damaged (no header): "
                                 "run 'raremap init' to build them again.", "damaged")
    return header


def _check_fingerprint(path: Path, header: dict, expected: dict,
                       fields: tuple[str, ...] = tuple(_FINGERPRINT_PARTS)) -> None:
    changed = tuple(_FINGERPRINT_PARTS[k] for k in fields if header.get(k) != expected[k])
    if changed:
        raise VectorsUnavailable(f"The term vectors at {path} are out of date ({', '.join(changed)} changed "
                                 "since they were embedded): run 'raremap init' to embed the terms again.",
                                 "stale", changed)


def vectors_problem(kb) -> VectorsUnavailable | None:
    """Why the vectors beside ``kb`` would not be used, or None: missing, damaged, or
    embedded from another release or phrase list. Cheap (the header and the phrase list;
    about 0.4 s on the real release): the model's fingerprint, which costs loading the
    model, is checked by :func:`load_vectors` alone."""
    path = vectors_path(kb)
    try:
        header = read_header(path)
        _, phrases, slots = term_phrases(kb)
        _check_fingerprint(path, header, fingerprint("", kb.release, phrases, slots), ("format", "release", "phrases"))
    except VectorsUnavailable as exc:
        return exc
    return None


def build_vectors(kb, encoder: Encoder | None = None,
                  progress: Callable[[int, int], None] | None = None) -> tuple[Path, float]:
    """Embed the term phrases and write them beside the artifact (atomically).
    Returns (path, seconds). Raises :class:`ModelUnavailable`."""
    started = time.perf_counter()
    encoder = encoder or load_encoder()
    term_ids, phrases, slots = term_phrases(kb)
    out = np.zeros((len(phrases), 384), dtype=np.float16)
    step = 512
    for i in range(0, len(phrases), step):
        out[i : i + step] = encoder.encode([embedded_text(p) for p in phrases[i : i + step]], batch_size=128)
        if progress:
            progress(min(i + step, len(phrases)), len(phrases))
    header = fingerprint(encoder.fingerprint, kb.release, phrases, slots)
    path = vectors_path(kb)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, matrix=out, phrase_term=np.asarray(slots, dtype=np.int32),
                     header=np.frombuffer(json.dumps(header).encode(), dtype=np.uint8))
        os.chmod(tmp, 0o644)  # read by every process, like the artifact
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path, time.perf_counter() - started


def load_vectors(kb, encoder: Encoder) -> TermVectors:
    """The stored vectors, checked against the model, the release and the phrase list.
    Raises :class:`VectorsUnavailable` with one sentence."""
    path = vectors_path(kb)
    header = read_header(path)
    term_ids, phrases, slots = term_phrases(kb)
    _check_fingerprint(path, header, fingerprint(encoder.fingerprint, kb.release, phrases, slots))
    try:
        with np.load(path, allow_pickle=False) as data:
            matrix = data["matrix"].astype(np.float32)
            phrase_term = data["phrase_term"]
    except _DAMAGED as exc:
        raise VectorsUnavailable(f"The term vectors at {path} are damaged ({type(exc).__name__}): "
                                 "run 'raremap init' to build them again.", "damaged") from None
    if matrix.shape != (len(phrases), 384) or phrase_term.shape != (len(phrases),):
        raise VectorsUnavailable(f"The term vectors at {path} are damaged (not one row per phrase): "
                                 "run 'raremap init' to build them again.", "damaged")
    # synonyms that name something else when read alone ("White patch" of Poliosis) are
    # near nothing: their rows are zero
    refused = lay_vocabulary().not_synonyms
    for i, (phrase, slot) in enumerate(zip(phrases, slots, strict=True)):
        if phrase.lower() in refused.get(term_ids[slot], ()):
            matrix[i] = 0.0
    return TermVectors(term_ids, phrase_term, phrases, np.ascontiguousarray(matrix.T), header,
                       name_offsets(kb, term_ids, phrases, slots))


def name_offsets(kb, term_ids: list[str], phrases: list[str], slots: list[int]) -> np.ndarray:
    """``-NAME_DISCOUNT`` for each phrase that is its term's name, ``-DEFINITION_DISCOUNT``
    for a definition's sentence, 0 for lay phrases."""
    ont = kb.ontology
    out = np.zeros(len(phrases), dtype=np.float32)
    for i, (phrase, slot) in enumerate(zip(phrases, slots, strict=True)):
        term = ont.term(term_ids[slot])
        if phrase.lower() == term.name.strip().lower():
            out[i] = -NAME_DISCOUNT
        elif phrase and phrase == definition_phrase(term.definition):
            out[i] = -DEFINITION_DISCOUNT
    return out


def best_first(scores: np.ndarray, k: int) -> np.ndarray:
    """``np.argsort(-scores)[:k]``, the same indices in the same order, without sorting
    every score: the ``k`` best from a partial sort, ordered among themselves. When two
    of them, or the k-th and the next, are equal, the full sort is taken (the order among
    ties is the full sort's own)."""
    neg = -scores
    if k <= 0 or len(neg) <= k + 1:
        return np.argsort(neg)[:k]
    if k <= PICK_ONE_BY_ONE:
        return _best_one_by_one(neg, k)
    part = np.argpartition(neg, k)
    top = part[:k]
    top = top[np.argsort(neg[top])]
    values = neg[top]
    if (values[1:] > values[:-1]).all() and values[-1] < neg[part[k]]:
        return top
    return np.argsort(neg)[:k]


#: Up to this many best, :func:`best_first` takes them one by one (k + 1 passes of argmin,
#: each about 10 µs over 18,386 terms) instead of a partial sort (about 200 µs)
PICK_ONE_BY_ONE = 10


def _best_one_by_one(neg: np.ndarray, k: int) -> np.ndarray:
    """``np.argsort(neg)[:k]`` for small ``k`` by k + 1 successive minima. When the k + 1
    values are strictly increasing, no value among the first k is tied with any other
    (a tied one would be the next minimum), so the order is the full sort's; otherwise
    the full sort is taken."""
    work = neg.copy()
    picks = np.empty(k + 1, dtype=np.intp)
    for j in range(k + 1):
        i = int(np.argmin(work))
        picks[j] = i
        work[i] = np.inf
    values = neg[picks]
    if (values[1:] > values[:-1]).all():
        return picks[:k]
    return np.argsort(neg)[:k]


@dataclass(frozen=True, slots=True)
class Neighbour:
    hpo: str
    similarity: float
    phrase: str  #: the name or lay phrase that was closest


class SemanticIndex:
    """Nearest terms to a phrase (best first), one entry per term."""

    def __init__(self, encoder: Encoder, vectors: TermVectors) -> None:
        self.encoder = encoder
        self.vectors = vectors
        # phrases grouped by term, for the best similarity per term in one reduceat
        self._by_term = np.argsort(vectors.phrase_term, kind="stable")
        counts = np.bincount(vectors.phrase_term, minlength=len(vectors.term_ids))
        self._starts = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
        self._reduce_at = np.minimum(self._starts, max(len(vectors.phrases) - 1, 0))
        self._no_phrase = np.flatnonzero(counts == 0)
        self._counts = counts
        # the per-term maximum by rank: each term's first phrase, then the second phrase
        # of each term that has one, and so on (most terms have one or two phrases: a
        # few short steps instead of one np.maximum.reduceat over every phrase, 0.3 ms)
        self._first = self._by_term[self._reduce_at] if len(vectors.phrases) else np.zeros(0, dtype=np.int64)
        self._ranks: list[tuple[np.ndarray, np.ndarray]] = []
        for j in range(1, int(counts.max(initial=0))):
            terms = np.flatnonzero(counts > j)
            self._ranks.append((terms, self._by_term[self._starts[terms] + j]))
        self._recent: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._recent_lock = threading.Lock()

    def term_similarities(self, query: np.ndarray) -> np.ndarray:
        """Best similarity of each term (over its phrases) to ``query``; -1 for a term
        without phrases. The caller may change the array it gets. The last
        :data:`RECENT_QUERIES` queries' results are kept (the fusion may ask for a
        sentence's twice, a search box sends a text again): a kept result is the same
        array, copied, so no term matrix is read twice for the same query."""
        key = query.dtype.str.encode() + query.tobytes()
        with self._recent_lock:
            kept = self._recent.get(key)
            if kept is not None:
                self._recent.move_to_end(key)
                return kept.copy()
        best = self._term_best(query)
        with self._recent_lock:
            self._recent[key] = best
            while len(self._recent) > RECENT_QUERIES:
                self._recent.popitem(last=False)
        return best.copy()

    def _term_best(self, query: np.ndarray) -> np.ndarray:
        """:meth:`term_similarities` computed: a maximum is exact, so the values are those
        of ``np.maximum.reduceat`` over the phrases grouped by term."""
        if not len(self.vectors.phrases):
            return np.full(len(self.vectors.term_ids), -1.0, dtype=np.float32)
        sims = self.similarities(query)
        best = sims[self._first]
        for terms, rows in self._ranks:
            best[terms] = np.maximum(best[terms], sims[rows])
        best[self._no_phrase] = -1.0
        return best.astype(np.float32, copy=False)

    def term_similarity(self, query: np.ndarray, slot: int) -> float:
        """Best similarity of one term (by slot) to ``query``: a few rows, not the matrix
        (its name counting :data:`NAME_DISCOUNT` less, as in :meth:`similarities`)."""
        lo = int(self._starts[slot])
        rows = self._by_term[lo : lo + int(self._counts[slot])]
        if not len(rows):
            return -1.0
        sims = query @ self.vectors.columns[:, rows]
        if self.vectors.offsets is not None:
            sims += self.vectors.offsets[rows]
        return float(sims.max())

    def similarities(self, query: np.ndarray) -> np.ndarray:
        """Cosine similarity of ``query`` (a unit vector) to every phrase, a term's name
        counting :data:`NAME_DISCOUNT` less."""
        with one_blas_thread():
            sims = query @ self.vectors.columns
        if self.vectors.offsets is not None:
            sims += self.vectors.offsets
        return sims

    def nearest(self, query: np.ndarray, k: int = 8) -> list[Neighbour]:
        v = self.vectors
        sims = self.similarities(query)
        top = np.argpartition(-sims, min(len(sims) - 1, 8 * k))[: 8 * k]
        top = top[np.argsort(-sims[top])]
        out: list[Neighbour] = []
        seen: set[int] = set()
        for i in top.tolist():
            slot = int(v.phrase_term[i])
            if slot in seen:
                continue
            seen.add(slot)
            out.append(Neighbour(v.term_ids[slot], float(sims[i]), v.phrases[i]))
            if len(out) == k:
                break
        return out


def load_semantic(kb) -> SemanticIndex | None:
    """The semantic index of ``kb``, or None (with a warning in the log) when the model
    or its vectors cannot be used: the tagger then matches words only."""
    try:
        encoder = load_encoder()
        return SemanticIndex(encoder, load_vectors(kb, encoder))
    except (ModelUnavailable, VectorsUnavailable) as exc:
        log.warning("Semantic matching is off: %s", exc)
        return None
