"""Search diseases and terms by name, synonym or id, tolerant of typos and word order.

How a query is scored:

1. Ids (``ORPHA:2905``, ``orpha 2905``, ``HP:0003401``, ``0003401``) are looked up directly.
2. The query is folded and split into tokens (plurals stemmed, stop words and words of
   change such as "getting" dropped). Each token is matched against the vocabulary of all
   indexed names: exactly (weight 1), by prefix for the last token as people type (0.85),
   a comparative by its base word ("darker" → "dark", 0.9), or, for other tokens not in
   the vocabulary, by edit distance (``rapidfuzz``; one edit for 4-7 letters, two for
   longer, two swapped neighbouring letters counting as one edit, "marfna" for "marfan";
   weight 0.8). Both the stemmed token and the word as typed are tried: a misspelt word
   ending in "s" is no plural ("fibrosys" is one edit from "fibrosis", "fibrosy" two).
3. An entry (a name or synonym) scores the IDF-weighted share of query tokens it holds,
   times a small factor for how much of the entry the query covers; an exact or prefix
   match of the whole phrase adds a bonus, and so, smaller, does the whole name or its
   first whole words within the edits allowed. A disease or term scores its best entry,
   and the hit says which entry matched and how (name, lay name, ...). A term found only
   through a synonym in other words than its name that is the query ranks just below the
   best disease whose name begins with the query ("neurofibromatosis").

Latency and quality (how often the name a query was made from comes first) are measured by
``bench/knowledge_bench.py``; figures in docs/benchmarks.md.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from raremap.knowledge.diseases import DiseaseCatalog, normalise_disease_id
from raremap.knowledge.ontology import Ontology, normalise_hpo_id
from raremap.knowledge.search_index import KIND_DISEASE, KIND_TERM, MATCH_TYPES
from raremap.knowledge.text import fold, tokens, typed_words

MAX_QUERY_CHARS = 200
#: Words that say a change, not what changes ("skin getting darker"): rare in names, so
#: heavily weighted, they made "Difficulty getting an erection" a hit. Left out of a query
#: that has other words.
CHANGE_WORDS = frozenset({"get", "gets", "getting", "got", "gotten", "become", "becomes", "becoming", "became"})
KINDS = {"disease": KIND_DISEASE, "term": KIND_TERM}
#: Kinds of term synonym that may be another thing's name (HPO records "Neurofibromatosis"
#: as an exact synonym of Neurofibroma): a disease named so ranks at least as high.
BORROWABLE = frozenset({"exact synonym", "related synonym", "broader synonym", "narrower synonym"})


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result. ``matched`` is the name or synonym that matched; ``match_type``
    says what it is ("name", "lay name", "id", ...)."""

    kind: str  # "disease" or "term"
    id: str
    label: str
    matched: str
    match_type: str
    score: float

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "id": self.id,
            "label": self.label,
            "matched": self.matched,
            "match_type": self.match_type,
            "score": round(self.score, 4),
        }


class Search:
    def __init__(self, data: dict, ontology: Ontology, diseases: DiseaseCatalog) -> None:
        self._d = data
        self._ont = ontology
        self._dis = diseases
        self.kind: np.ndarray = data["kind"]
        self.target: np.ndarray = data["target"]
        self.vocab: list[str] = data["vocab"]
        self.vocab_index = {t: i for i, t in enumerate(self.vocab)}
        self._ptr, self._post = data["postings"]
        self._n_tokens = data["n_tokens"].astype(np.float32)
        df = np.diff(self._ptr).astype(np.float64)
        self.idf = np.log1p(len(self.kind) / np.maximum(df, 1)).astype(np.float32)

    @cached_property
    def _by_length(self) -> dict[int, tuple[list[str], np.ndarray]]:
        groups: dict[int, list[int]] = {}
        for i, t in enumerate(self.vocab):
            groups.setdefault(len(t), []).append(i)
        return {n: ([self.vocab[i] for i in idx], np.asarray(idx)) for n, idx in groups.items()}

    @cached_property
    def _sorted_vocab(self) -> tuple[list[str], np.ndarray]:
        order = sorted(range(len(self.vocab)), key=self.vocab.__getitem__)
        return [self.vocab[i] for i in order], np.asarray(order)

    # -- token matching ----------------------------------------------------------------
    def _expand(self, token: str, is_last: bool, typed: str | None = None) -> list[tuple[int, float]]:
        """Vocabulary tokens a query token may stand for, with weights. ``token`` is the
        stemmed token; ``typed`` the word as typed (folded), used for prefix completion of
        the last word and for spelling mistakes."""
        out: dict[int, float] = {}
        exact = self.vocab_index.get(token)
        if exact is not None:
            out[exact] = 1.0
        prefix = typed or token
        if is_last and len(prefix) >= 2:
            words, order = self._sorted_vocab
            lo = bisect.bisect_left(words, prefix)
            hi = bisect.bisect_left(words, prefix + "\x7f")
            for j in range(lo, min(hi, lo + 60)):
                out.setdefault(int(order[j]), 0.85)
        # A comparative absent from the names is its base word ("darker" is "dark", not
        # one edit from "Darier" or "marker").
        base = self._comparative_base(token) if exact is None else None
        if base is not None:
            out[base] = 0.9
        # Three-letter tokens get one edit too ("poms" stems to "pom", one letter from
        # "poem"): only tokens absent from the vocabulary are expanded this way.
        elif exact is None and len(token) >= 3 and not token.isdigit():
            self._fuzzy(token, out)
            # A misspelt word ending in "s" is not a plural: "fibrosys" stems to "fibrosy",
            # two edits from "fibrosis" (and one from "fibrosa"), the word as typed one.
            if typed and typed != token and typed not in self.vocab_index:
                self._fuzzy(typed, out)
        return list(out.items())

    def _fuzzy(self, token: str, out: dict[int, float]) -> None:
        """Vocabulary tokens within a few edits of ``token`` into ``out`` (best weight kept)."""
        max_edits = 1 if len(token) <= 7 else 2
        for n in range(len(token) - max_edits, len(token) + max_edits + 1):
            if n not in self._by_length:
                continue
            words, idx = self._by_length[n]
            for _word, dist, j in process.extract(token, words, scorer=OSA.distance, score_cutoff=max_edits, limit=8):
                w = (0.8 if len(token) > 3 else 0.6) if dist == 1 else 0.65
                vid = int(idx[j])
                if out.get(vid, 0) < w:
                    out[vid] = w

    def _comparative_base(self, token: str) -> int | None:
        if len(token) < 5 or not token.endswith("er"):
            return None
        stem = token[:-2]
        bases = [stem, stem + "e"]  # darker, paler
        if len(stem) > 2 and stem[-1] == stem[-2]:
            bases.append(stem[:-1])  # thinner
        if stem.endswith("i"):
            bases.append(stem[:-1] + "y")  # heavier
        return next((self.vocab_index[b] for b in bases if b in self.vocab_index), None)

    # -- public ------------------------------------------------------------------------
    def search(self, query: str, kind: str | None = None, limit: int = 10) -> list[Hit]:
        """Ranked hits for a free-text query. ``kind`` is None, "disease" or "term"."""
        query = (query or "").replace("\x00", " ")[:MAX_QUERY_CHARS].strip()
        if not query:
            return []
        if kind is not None and kind not in KINDS:
            raise ValueError(f"kind must be 'disease' or 'term', not {kind!r}")
        id_hits = self._id_hits(query, kind)
        if id_hits:
            return id_hits[:limit]
        typed = typed_words(query)
        q_tokens = tokens(query)
        if any(w not in CHANGE_WORDS for w in typed):
            kept = [i for i, w in enumerate(typed) if w not in CHANGE_WORDS]
            typed, q_tokens = [typed[i] for i in kept], [q_tokens[i] for i in kept]
        if not q_tokens:
            return []
        scores = np.zeros(len(self.kind), dtype=np.float32)
        total_idf = 0.0
        for pos, tok in enumerate(q_tokens):
            is_last = pos == len(q_tokens) - 1
            expansions = self._expand(tok, is_last, typed[pos] if len(typed) == len(q_tokens) else None)
            if not expansions:
                total_idf += 4.0  # an unmatched token still counts against coverage
                continue
            best = np.zeros(len(self.kind), dtype=np.float32)
            weight_idf = max(float(self.idf[v]) for v, _ in expansions)
            total_idf += weight_idf
            for vid, w in expansions:
                entries = self._post[self._ptr[vid] : self._ptr[vid + 1]]
                np.maximum.at(best, entries, w * weight_idf)
            scores += best
        if total_idf <= 0 or not scores.any():
            return []
        coverage = scores / total_idf
        # How much of the entry the query accounts for: favours "Paresthesia" over
        # "Paresthesia of the left foot" for the query "paresthesia".
        entry_cover = np.minimum(1.0, len(q_tokens) / self._n_tokens)
        final = coverage * (0.8 + 0.2 * entry_cover)
        if kind is not None:
            final[self.kind != KINDS[kind]] = 0
        candidates = np.nonzero(final >= 0.35)[0]
        if len(candidates) == 0:
            return []
        top = candidates[np.argsort(-final[candidates], kind="stable")[: max(limit * 8, 80)]]
        folded = fold(query)
        # Spelling mistakes the whole-name bonus forgives, as for a token of that length. A
        # misspelt start of a name counts only in whole words: "episodic at" is two edits
        # from "episodic di[arrhea]", a word still being typed.
        slack = 0 if len(folded) < 5 else 1 if len(folded) <= 7 else 2
        n_words = len(folded.split())
        best_per_target: dict[tuple[int, int], tuple[float, int]] = {}
        # The best score of a disease name that begins with the query's words; per term,
        # its best entry that is not a name borrowed from diseases.
        leading_disease = 0.0
        own: dict[int, tuple[float, int]] = {}
        borrowed: set[int] = set()
        for e in top.tolist():
            s = float(final[e])
            text = fold(self._d["text"][e])
            whole, leading = True, True
            if text == folded:
                s += 0.3
            elif text.startswith(folded):
                s += 0.1
                whole = False
            elif slack and OSA.distance(folded, text, score_cutoff=slack) <= slack:
                s += 0.25  # the whole name, misspelt ("marfna syndrom")
            elif slack and OSA.distance(folded, " ".join(text.split()[:n_words]), score_cutoff=slack) <= slack:
                s += 0.08  # its first words, misspelt ("neurofibromatosys" for "... type 1")
                whole = False
            else:
                whole, leading = False, False
            s += 0.05 * fuzz.token_sort_ratio(folded, text) / 100
            key = (int(self.kind[e]), int(self.target[e]))
            if key not in best_per_target or s > best_per_target[key][0]:
                best_per_target[key] = (s, e)
            if key[0] == KIND_DISEASE:
                if leading:
                    leading_disease = max(leading_disease, s)
            elif whole and self._borrowed(e, key[1]):
                borrowed.add(e)
            elif key[1] not in own or s > own[key[1]][0]:
                own[key[1]] = (s, e)
        if leading_disease and borrowed:
            self._yield_borrowed_names(best_per_target, borrowed, leading_disease, own)
        ranked = sorted(best_per_target.items(), key=lambda kv: (-kv[1][0], self._prior(kv[0])))
        return [self._hit(k, t, e, s) for (k, t), (s, e) in ranked[:limit]]

    def _borrowed(self, entry: int, term: int) -> bool:
        """A synonym of a term in other words than its name (HPO records "Neurofibromatosis"
        as an exact synonym of Neurofibroma; "Seizures" is Seizure's own name)."""
        if MATCH_TYPES[self._d["type"][entry]] not in BORROWABLE:
            return False
        return set(tokens(self._d["text"][entry])) != set(tokens(self._ont.name(self._ont.ids[term])))

    @staticmethod
    def _yield_borrowed_names(best: dict[tuple[int, int], tuple[float, int]], borrowed: set[int],
                              cap: float, own: dict[int, tuple[float, int]]) -> None:
        """A term found through a borrowed synonym that is the query (give or take the
        spelling mistakes allowed) ranks no higher than the best disease whose name begins
        with the query's words: "neurofibromatosys" is one edit from the synonym
        "Neurofibromatosis" and from the first word of "Neurofibromatosis type 1", and the
        shorter synonym won on length alone. The term keeps the score of its own names."""
        for key, (s, e) in list(best.items()):
            if e in borrowed and s > cap:
                mine = own.get(key[1])
                best[key] = mine if mine and mine[0] > cap else (cap - 1e-6, e)  # just below

    def _prior(self, key: tuple[int, int]) -> float:
        # Among equal scores, prefer a term with more diseases (commoner, better known).
        k, t = key
        return -float(self._ont.disease_counts[t]) if k == KIND_TERM else 0.0

    def _hit(self, kind: int, target: int, entry: int, score: float) -> Hit:
        if kind == KIND_DISEASE:
            return Hit("disease", self._dis.ids[target], self._dis.names[target], self._d["text"][entry],
                       MATCH_TYPES[self._d["type"][entry]], round(min(score, 1.5) / 1.5, 4))
        tid = self._ont.ids[target]
        return Hit("term", tid, self._ont.name(tid), self._d["text"][entry],
                   MATCH_TYPES[self._d["type"][entry]], round(min(score, 1.5) / 1.5, 4))

    def _id_hits(self, query: str, kind: str | None) -> list[Hit]:
        hits: list[Hit] = []
        if kind in (None, "disease"):
            given = normalise_disease_id(query)
            did = self._dis.resolve(given) if given else None
            if did and given:
                hits.append(Hit("disease", did, self._dis.name(did), given, "id", 1.0))
            elif _ascii_digits(query) and len(query.strip()) == 6:
                for prefix in ("OMIM", "ORPHA"):
                    cand = f"{prefix}:{query.strip()}"
                    if (did := self._dis.resolve(cand)) and did not in {h.id for h in hits}:
                        hits.append(Hit("disease", did, self._dis.name(did), cand, "id", 1.0))
            elif _ascii_digits(query):
                for prefix in ("ORPHA", "OMIM", "DECIPHER"):
                    cand = f"{prefix}:{int(query.strip())}"
                    if (did := self._dis.resolve(cand)) and did not in {h.id for h in hits}:
                        hits.append(Hit("disease", did, self._dis.name(did), cand, "id", 0.95))
        if kind in (None, "term"):
            looks_like_hp = query.strip().upper().startswith("HP") or (_ascii_digits(query) and len(query.strip()) == 7)
            norm = normalise_hpo_id(query) if looks_like_hp else None
            if norm:
                tid = self._ont.current(norm)
                if tid:
                    how = "id" if tid == norm else ("alt id" if self._ont.resolve(norm) == tid else "replaced id")
                    hits.append(Hit("term", tid, self._ont.name(tid), norm, how, 1.0))
        return hits

    def suggest(self, text: str, kind: str, limit: int = 3) -> list[tuple[str, str]]:
        """Close matches for a mistyped id or name, as ``(id, label)`` pairs."""
        looks_like_id = (normalise_disease_id(text) if kind == "disease" else normalise_hpo_id(text))
        if looks_like_id:
            # An id that is almost right: the nearest ids by edit distance.
            pool = self._dis.ids if kind == "disease" else self._ont.ids
            near = process.extract(looks_like_id, pool, scorer=Levenshtein.distance, limit=limit, score_cutoff=2)
            label = self._dis.name if kind == "disease" else self._ont.name
            return [(i, label(i)) for i, _, _ in near]
        return [(h.id, h.label) for h in self.search(text, kind=kind, limit=limit)]


def _ascii_digits(text: str) -> bool:
    """True for a plain number ("2905"): str.isdigit() also accepts "²" or "৩", which int()
    then rejects (found by the API's schema fuzzing, issue 8)."""
    text = text.strip()
    return text.isascii() and text.isdigit()

