"""Text → HPO terms: candidate generation over the clauses of a text, scoring, selection.

For each clause (words between commas, sentence ends and words like "but"):

1. **Tokens.** Words become canonical tokens (:mod:`.words`); a word the dictionary does
   not know, five letters or longer, is matched to dictionary words within one edit
   (two from nine letters) with the same first letter (``rapidfuzz``), at weight 0.85.
2. **Candidates.** Every dictionary entry sharing a token with the clause gets
   ``coverage = Σ idf(t)·w(t) / Σ idf(t)`` over its tokens ``t`` (``w`` is 1, or
   the lay/fuzzy weight), vectorised with ``np.bincount`` over the inverted index;
   entries with ``coverage ≥ 0.6`` are kept.
3. **Score.** ``score = entry_weight · coverage² · compactness^½`` where compactness is
   matched tokens over the tokens the match spans (word order does not matter, gaps do),
   plus 0.03 when the words are written exactly as the entry. Scores ≥ 0.6 count.
4. **Selection.** Best first (ties: more tokens, then the deeper, more specific term);
   a match is dropped when more than half of its tokens are already used by a better
   one ("abdominal pain" suppresses "pain"), or its term was already found; finally a
   term is dropped when a narrower term was found in overlapping words.

Negation comes from :mod:`.negation`, which also says which words are about someone else
("my mother has diabetes": left out); vague phrases get questions from :mod:`.choices`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA

from raremap.engine.tagger import fusion, listed
from raremap.engine.tagger.abbreviations import Definition, definitions, later_uses
from raremap.engine.tagger.choices import ask
from raremap.engine.tagger.lacking import (
    begins_longer_phrase,
    denies_no_excess,
    says_too_little,
    word_pairs,
)
from raremap.engine.tagger.language import guess_language
from raremap.engine.tagger.lexicon import Lexicon, build_lexicon
from raremap.engine.tagger.measurements import measured
from raremap.engine.tagger.negation import NegationRules
from raremap.engine.tagger.normality import NormalStatements
from raremap.engine.tagger.opposites import drop_contradictions
from raremap.engine.tagger.result import TaggedTerm, TagResult
from raremap.engine.tagger.sexes import counterparts, for_the_person
from raremap.engine.tagger.vocabulary import lay_vocabulary
from raremap.engine.tagger.words import (
    HARD_BOUNDARY,
    NO_BOUNDARY,
    SOFT_BOUNDARY,
    Normaliser,
    Token,
    Word,
    fold_word,
    split_words,
)
from raremap.knowledge.model import Aspect

#: Longest text accepted (characters): a few pages of a clinic letter.
MAX_TEXT_CHARS = 20_000
MIN_COVERAGE = 0.6
MIN_SCORE = 0.6
#: Texts longer than this (a clinic letter, an abstract) are written in the dictionary's
#: own words, where a loose match is more often wrong than in a patient's short line —
#: unless the writer speaks of themselves or their child ("my", "me"): a long message.
LONG_TEXT_CHARS = 280
MIN_SCORE_LONG = 0.7
#: a one-word match in a long text: a name or synonym of hp.obo, at most a related one
#: ("epilepsy" is a related synonym of Seizure, "neuropathy" of Peripheral neuropathy)
ONE_WORD_LONG = 0.85
FIRST_PERSON = frozenset({"my", "me", "myself", "im", "ive", "mine"})
FUZZY_WEIGHTS = {1: 0.85, 2: 0.7}
MAX_GAP = 3  #: unmatched content tokens allowed inside one match
MAX_CLAUSE_WORDS = 40
LIST_WORDS = frozenset({"and", "or"})  #: the word before a list's last item
#: words that join two findings, never the words of one ("cystic fibrosis with pancreatic
#: insufficiency" is not a pancreatic fibrosis): a match may not span one its entry lacks
JOINING_WORDS = frozenset({"with", "without", "but", "plus", "including", "include", "includes",
                           "included", "versus", "vs"})
MAX_HEAD_WORDS = 3  #: words after a list's last item read with each earlier item
#: an item of several words matching a name this well is a finding of its own, not a
#: modifier sharing the list's head ("developmental delay and delayed speech")
WHOLE_FINDING = 0.95
#: words after a noun phrase's head that begin its complement ("hypoplasia of the radius")
HEAD_FIRST = frozenset({"of", "in", "at", "on"})
#: verbs whose subject each of their joined predicates describes ("the nasal bridge was
#: flat and broad")
SUBJECT_VERBS = frozenset({"was", "were", "is", "are", "appeared", "appear", "appears", "seemed", "looked"})
#: words that end a list of predicates: a predicate adjective takes none
PREPOSITIONS = frozenset({"by", "of", "in", "to", "from", "at", "on", "for", "after", "during", "than", "as"})
#: a broader term read inside a longer match is a finding writers name on its own when at
#: least this many diseases of the release are annotated with it ("Hearing impairment",
#: 882); a class that groups findings ("Slanting of the palpebral fissure", 3) is not
NESTED_MIN_DISEASES = 30
MAX_LIST_ITEMS = 6
#: the score of a finding read from a measurement (a value past a limit is no guess)
MEASURED_SCORE = 0.9
#: endings of nouns, which end a finding rather than modify the next one
NOUN_ENDINGS = ("ity", "ness", "ism", "sis", "tion", "ment", "ia", "oma", "omas", "pathy", "phy", "aly")
ARTICLES = frozenset({"the", "a", "an"})
MAX_ITEM_WORDS = 3
INFLECTIONS = ("s", "es", "ed", "ing", "er", "est", "ly")
#: prefixes a writer may leave hanging before "and": "hypo- and hyperpigmented macules",
#: "pre- and postnatal growth retardation", "intra- and extrahepatic"
PREFIXES = ("hyper", "hypo", "pre", "post", "intra", "extra", "inter", "micro", "macro", "sub",
            "supra", "infra", "peri", "para", "endo", "exo", "epi", "mono", "poly", "oligo",
            "uni", "bi", "hemi", "brady", "tachy", "ante", "retro", "trans", "an", "a", "dys")
#: letters of a hanging first part that is not one of :data:`PREFIXES` ("hepato-")
MIN_HANGING = 4
#: the position of a word rebuilt from a hanging prefix (``-OFFSET - word index``): it
#: holds no token of the text
ELLIPSIS_OFFSET = 1_000_000


def _hyphenated(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is joined by a hyphen to a letter or digit ("L5-S4")."""
    before = start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum()
    after = end + 1 < len(text) and text[end] == "-" and text[end + 1].isalnum()
    return before or after


def _tokens_before(at: int, at_word: dict[int, int], words: list[Word]) -> list[int]:
    """The tokens of the one-token words just before word ``at``, in order: at most
    :data:`MAX_HEAD_WORDS`, none across a boundary (the head of "… of A and B", the
    subject of "… was A and B")."""
    found: list[int] = []
    h = at - 1
    while h >= 0 and len(found) < MAX_HEAD_WORDS and h in at_word and not words[h + 1].boundary:
        found.insert(0, at_word[h])
        h -= 1
    return found


class TextTooLongError(ValueError):
    """The text is longer than :data:`MAX_TEXT_CHARS`."""


@dataclass(slots=True)
class Candidate:
    entry: int
    slot: int
    score: float
    positions: frozenset[int]  #: global token positions
    first_word: int
    last_word: int
    n_tokens: int
    #: positions of a list's head word the candidate shares with the list's other items
    #: ("septal defects" of "atrial and ventricular septal defects")
    shared: frozenset[int] = frozenset()
    #: it takes the words on both sides of an "and"/"or" (see ``Tagger._straddles``)
    straddles: bool = False
    #: its entry joins two things with "and"/"or" and the text joins none ("motor
    #: development was delayed" is not "Motor and developmental delay")
    unjoined: bool = False


class Tagger:
    """Finds HPO terms in English text. Build with :func:`raremap.engine.tagger.get_tagger`."""

    def __init__(self, kb, semantic: bool = True) -> None:
        from raremap.engine.tagger.semantic import load_semantic

        self.kb = kb
        self.vocabulary = lay_vocabulary()
        self.normaliser = Normaliser(self.vocabulary)
        self.lexicon: Lexicon = build_lexicon(kb, self.normaliser, self.vocabulary)
        self.negation = NegationRules(self.vocabulary.negation)
        #: per entry: its text joins two things with "and"/"or" ("Motor and developmental delay")
        self._entry_joins = np.fromiter(
            (bool(set(fold_word(t).replace("-", " ").split()) & LIST_WORDS) for t in self.lexicon.entry_text),
            dtype=bool, count=len(self.lexicon.entry_text))
        self._terminators = frozenset(self.vocabulary.negation.get("terminate", ()))
        #: pairs of words the names and synonyms write one after the other (see .lacking)
        self.word_pairs = word_pairs(self.lexicon.entry_text)
        self.normal = NormalStatements(self.vocabulary.negation)
        #: terms named for one sex -> their sibling named for the other (see .sexes)
        self._sexed = counterparts(kb.ontology)
        self._fuzzy_cache: dict[str, tuple[tuple[str, float], ...]] = {}
        self.narrower_cache: dict[str, tuple] = {}  #: choices per broad term (see .choices)
        self._in_use: np.ndarray | None = None  #: phenotype annotations per term index
        self.narrower_slots: dict[str, np.ndarray] = {}  #: slots of the narrower terms of a term (see .fusion)
        self.name_words: dict[int, frozenset[str]] = {}  #: canonical words of a term's name, by slot (see .fusion)
        #: nearest terms by meaning (:mod:`.semantic`), or None: words only
        self.semantic = load_semantic(kb) if semantic else None

    # -- public -----------------------------------------------------------------------
    def tag(self, text: str, limit: int | None = None, questions: bool = True) -> TagResult:
        """Terms found in ``text``, best first (at most ``limit``), with questions for
        vague phrases. Raises :class:`TextTooLongError` or ``TypeError``."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a string, not {type(text).__name__}")
        if len(text) > MAX_TEXT_CHARS:
            raise TextTooLongError(
                f"text is {len(text):,} characters long; the limit is {MAX_TEXT_CHARS:,}"
            )
        language = guess_language(text)
        words = split_words(text)
        if not words:
            return TagResult(text, language=language)
        tokens: list[Token] = []
        candidates: list[Candidate] = []
        # "intellectual disability (ID)", then "severe ID": read as its long form
        short_forms = later_uses(words, definitions(text, words))
        for lo, hi in self._clauses(words):
            clause_tokens = self._tokens(words, lo, hi)
            if short_forms:
                clause_tokens = self._long_forms(words, lo, hi, clause_tokens, short_forms)
            base = len(tokens)
            tokens.extend(clause_tokens)
            candidates.extend(self._candidates(clause_tokens, range(base, len(tokens)), words))
        candidates.extend(self._coordinated(text, words, tokens))
        candidates.extend(self._head_before_list(words, tokens))
        candidates.extend(self._shared_subject(words, tokens))
        candidates.extend(self._hanging_prefixes(text, words, tokens))
        candidates.extend(self._abbreviations(text, words, tokens, candidates))
        if short_forms:
            candidates = self._as_defined(candidates, short_forms)
        candidates = self._outside_cues(candidates, words)
        others = self.negation.someone_else(words)
        # "his corneas are clear": a normal word alone is no finding ("fine" is no Fine hair),
        # and the words of a normal statement are read as denied (below)
        normal_spans = self.normal.spans(words)
        normal = self.normal.flags(len(words), normal_spans)
        if normal_spans:
            alone = {i for _, _, i in normal_spans}
            candidates = [c for c in candidates if not (c.first_word == c.last_word and c.first_word in alone)]
        theirs: list[Candidate] = []
        if any(others):
            theirs = [c for c in candidates if others[c.first_word]]
            candidates = [c for c in candidates if not others[c.first_word]]
        bar = MIN_SCORE
        if len(text) > LONG_TEXT_CHARS and not any(w.norm in FIRST_PERSON for w in words):
            bar = MIN_SCORE_LONG
            candidates = [c for c in candidates if self._firm_in_long_text(c)]
            theirs = [c for c in theirs if self._firm_in_long_text(c)]
        chosen = self._select(candidates, bar)
        kin = self._select(theirs, bar)
        # a cue that is a word of the finding it names ("absent thumbs", "no energy")
        # denies nothing else ("absent thumbs and no energy")
        negated = self.negation.negated(words, self._own_words(chosen + kin, words))
        for a, b, i in normal_spans:
            negated[a:b] = [i if cue < 0 else cue for cue in negated[a:b]]  # "hearing is fine"
        terms = [self._term(c, text, words, negated) for c in chosen]
        # "complete lack of pain sensation" denies no pain: the words name a missing sense
        terms = [t for t in terms if not begins_longer_phrase(t, words, negated, self.word_pairs)]
        # "no sweating" denies no excess sweating: the words name the function alone
        bare = [(t.start, t.end) for t in terms if denies_no_excess(t, words)]
        terms = [t for t in terms if not denies_no_excess(t, words)]
        # "he barely sweats" says too little sweating, not too much
        terms = [t for t in terms if not says_too_little(t, words)]
        relatives = tuple(self._term(c, text, words, negated) for c in kin)
        nested = tuple(self._term(o, text, words, negated, within=c)
                       for c, o in self._nested(chosen + kin, candidates + theirs, bar, tokens, words))
        meant: list = []
        # the model reads English only: in text wholly in another language its nearest
        # terms are noise ("la piel muy oscura" is no Nausea), and so are the weak
        # word matches offered as choices ("té" is no Out-toeing); words it names stay
        foreign = language is not None and not language.partly
        if self.semantic is not None and len(text) <= fusion.MAX_CHARS and not foreign:
            lexical = terms
            terms, meant = fusion.fuse(self, text, words, terms, negated, others, normal, bare)
            terms = listed.read_parts(self, text, words, lexical, terms, negated, others, normal)
            if relatives:  # "no family history of seizures": the meaning is the family's
                terms = [t for t in terms if t.source != "meaning" or not self._theirs(t, relatives)]
        terms, relatives = self._measured(text, words, terms, relatives, negated, others)
        # "doesn't sweat a lot" is not both less and more sweating
        terms = drop_contradictions(self.kb.ontology, terms)
        # "as a bloke, no interest in sex": Decreased male libido, not its female sibling
        terms = for_the_person(text, terms, self._sexed, self.kb.ontology)
        terms.sort(key=lambda t: (-t.score, t.start))
        if limit is not None:
            terms = terms[:limit]
        if normal_spans:  # "hearing is fine" asks nothing
            candidates = [c for c in candidates if not normal[c.first_word]]
        if foreign:
            candidates = []
        asked = [*ask(self, text, words, tokens, terms, candidates), *meant] if questions else ()
        return TagResult(text, tuple(terms), tuple(asked), relatives, nested, language)

    # -- clauses and tokens -------------------------------------------------------------
    def _clauses(self, words: list[Word]):
        """Word ranges between boundaries; a run-on stretch is cut every
        :data:`MAX_CLAUSE_WORDS` words so that hostile text stays linear."""
        lo = 0
        for i, w in enumerate(words):
            if i > lo and (w.boundary != NO_BOUNDARY or w.norm in self._terminators or i - lo >= MAX_CLAUSE_WORDS):
                yield lo, i
                lo = i
        yield lo, len(words)

    def _tokens(self, words: list[Word], lo: int, hi: int) -> list[Token]:
        out = [t for t in self.normaliser.tokens(words, lo, hi, keep_weak=True)
               if t.first != t.last or not self._verb_use(words, t.first, lo, hi)]
        known = self.lexicon.known_words
        for tok in out:
            if tok.weak or tok.first != tok.last:
                continue
            word = words[tok.first].norm
            if word in known:
                continue
            if self._inflected_english(word):
                continue  # "showed": an inflected everyday word, not a misspelling
            if len(word) >= 5 and word.isalpha():
                tok.alternatives = tok.alternatives + self._fuzzy(word)
        return out

    def _long_forms(self, words: list[Word], lo: int, hi: int, clause_tokens: list[Token],
                    short_forms: dict[int, Definition]) -> list[Token]:
        """The clause's tokens with each use of a short form the text defined read as the
        tokens of its long form (all on the short form's word)."""
        out = [t for t in clause_tokens if not (t.first == t.last and t.first in short_forms)]
        for i in range(lo, hi):
            d = short_forms.get(i)
            if d is None:
                continue
            for t in self.normaliser.tokens(words, d.lo, d.hi):
                t.first = t.last = i
                out.append(t)
        out.sort(key=lambda t: t.first)
        return out

    def _as_defined(self, candidates: list[Candidate], short_forms: dict[int, Definition]) -> list[Candidate]:
        """A match taking a short form's word must name what its long form names or a
        narrower term ("severe ID" → Intellectual disability, severe): the short form
        stands for that finding, not for its words in any order."""
        ont = self.kb.ontology
        ids = self.lexicon.term_ids
        by_first: dict[int, list[Candidate]] = {}
        for c in candidates:
            if c.score >= MIN_SCORE:
                by_first.setdefault(c.first_word, []).append(c)
        named: dict[int, set[str]] = {}
        for d in {id(d): d for d in short_forms.values()}.values():
            named[d.at] = {ids[c.slot] for w in range(d.lo, d.hi) for c in by_first.get(w, ()) if c.last_word < d.hi}
        out = []
        for c in candidates:
            defs = [short_forms[i] for i in range(c.first_word, c.last_word + 1) if i in short_forms]
            if defs and not all(named[d.at] & ont.ancestors(ids[c.slot], include_self=True) for d in defs):
                continue
            out.append(c)
        return out

    def _verb_use(self, words: list[Word], i: int, lo: int, hi: int) -> bool:
        """Whether ``words[i]``, a symptom noun that is also an everyday verb ("fit"), is
        used as the verb here ("no trousers fit him"); see ``verbs_too`` in words.yaml."""
        rule = self.vocabulary.verbs_too
        word = words[i].norm
        if word not in rule.get("words", ()):
            return False
        before = words[i - 1].norm if i > lo else ""
        after = words[i + 1].norm if i + 1 < hi else ""
        if before in rule.get("noun_after", ()):
            return False
        if word not in rule.get("plurals", ()):
            return True
        return before in rule.get("subjects", ()) or after in rule.get("objects", ())

    def _inflected_english(self, word: str) -> bool:
        english = self.lexicon.english_words
        for suffix in INFLECTIONS:
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                base = word[: -len(suffix)]
                if base in english or base + "e" in english or (base[-1:] == base[-2:-1] and base[:-1] in english):
                    return True
        return False

    def _fuzzy(self, word: str) -> tuple[tuple[str, float], ...]:
        cached = self._fuzzy_cache.get(word)
        if cached is not None:
            return cached
        max_edits = 1 if len(word) <= 8 else 2
        best: dict[str, float] = {}
        for n in range(len(word) - max_edits, len(word) + max_edits + 1):
            bucket = self.lexicon.surface.get(n)
            if not bucket:
                continue
            words, canons = bucket
            for cand, dist, j in process.extract(
                word, words, scorer=OSA.distance, score_cutoff=max_edits, limit=5
            ):
                if cand[0] != word[0]:
                    continue
                w = FUZZY_WEIGHTS[max(1, int(dist))]
                if best.get(canons[j], 0) < w:
                    best[canons[j]] = w
        out = tuple(best.items())
        if len(self._fuzzy_cache) < 100_000:
            self._fuzzy_cache[word] = out
        return out

    # -- candidates ---------------------------------------------------------------------
    def _candidates(self, tokens: list[Token], at: Sequence[int], words: list[Word],
                    listed: bool = False) -> list[Candidate]:
        """Matches among ``tokens``; ``at[k]`` is the global position of ``tokens[k]``;
        ``listed``: the tokens are a list's item and its shared head, read across "and"."""
        lex = self.lexicon
        weight_of: dict[int, float] = {}
        positions: dict[int, list[tuple[int, float]]] = {}
        for k, tok in enumerate(tokens):
            for canon, w in tok.alternatives:
                vid = lex.vocab.get(canon)
                if vid is None:
                    continue
                if w > weight_of.get(vid, 0.0):
                    weight_of[vid] = w
                positions.setdefault(vid, []).append((k, w))
        if not weight_of:
            return []
        vids = np.fromiter(weight_of, dtype=np.int64, count=len(weight_of))
        ws = np.fromiter(weight_of.values(), dtype=np.float32, count=len(weight_of))
        starts, ends = lex.postings_ptr[vids], lex.postings_ptr[vids + 1]
        entries = np.concatenate([lex.postings[s:e] for s, e in zip(starts, ends, strict=True)])
        weights = np.repeat(lex.idf[vids] * ws, ends - starts)
        if len(entries) == 0:
            return []
        uniq, inverse = np.unique(entries, return_inverse=True)
        acc = np.bincount(inverse, weights=weights)
        coverage = acc / lex.entry_total[uniq]
        keep = coverage >= MIN_COVERAGE
        out = []
        for e, cov in zip(uniq[keep].tolist(), coverage[keep].tolist(), strict=True):
            cand = self._place(e, min(cov, 1.0), tokens, positions, at, words, listed)
            if cand is not None:
                out.append(cand)
        return out

    def _place(self, e: int, coverage: float, tokens: list[Token],
               positions: dict[int, list[tuple[int, float]]], at: Sequence[int], words: list[Word],
               listed: bool = False) -> Candidate | None:
        lex = self.lexicon
        options = [positions[t] for t in lex.entry_tokens[e] if t in positions]
        if not options:
            return None
        if all(len(o) == 1 for o in options):
            picked = {o[0][0] for o in options}
        else:
            picked = None
            best_span = None
            for anchor, _ in min(options, key=len):
                chosen = {anchor}
                for o in options:
                    # on a tie in tokens, the nearer in words: "developmental delay and
                    # speech delay" pairs "speech" with the "delay" after it, not across "and"
                    chosen.add(min(o, key=lambda kw, a=anchor: (
                        abs(kw[0] - a), abs(tokens[kw[0]].first - tokens[a].first), -kw[1]))[0])  # type: ignore[misc]
                span = max(chosen) - min(chosen)
                if best_span is None or span < best_span:
                    best_span, picked = span, chosen
        assert picked is not None
        lo, hi = min(picked), max(picked)
        if len(picked) == 1 and not self._as_written_if_anatomy(e, tokens[lo], words):
            return None
        span_tokens = sum(1 for k in range(lo, hi + 1) if k in picked or not tokens[k].weak)
        if span_tokens - len(picked) > MAX_GAP:
            return None
        compactness = len(picked) / span_tokens
        score = float(lex.entry_weight[e]) * coverage * coverage * compactness**0.5
        first_word, last_word = tokens[lo].first, tokens[hi].last
        between = {words[j].norm for j in range(first_word + 1, last_word)} & JOINING_WORDS
        if between and not between <= set(fold_word(lex.entry_text[e]).split()):
            return None
        straddles = not listed and self._straddles(e, picked, tokens, words, first_word, last_word)
        unjoined = bool(self._entry_joins[e]) and not any(
            words[j].norm in LIST_WORDS for j in range(first_word + 1, last_word))
        if straddles is None:
            return None  # "not febrile and has seizures": a new statement after "and"
        written = " ".join(w.norm for w in words[first_word : last_word + 1])
        if written == fold_word(lex.entry_text[e]).replace("-", " "):
            score += 0.03
        if score < MIN_SCORE * 0.6:
            return None
        return Candidate(e, int(lex.entry_term[e]), min(score, 1.0),
                         frozenset(at[p] for p in picked), first_word, last_word, len(picked),
                         straddles=bool(straddles), unjoined=unjoined)

    def _straddles(self, e: int, picked: set[int], tokens: list[Token], words: list[Word],
                   first_word: int, last_word: int) -> bool | None:
        """Whether the match takes the words on both sides of an "and"/"or" its entry lacks
        (in clinical prose, two items of a list: "absent reflexes and seizures" is no Reflex
        seizure, "seizures or hypotonia" no Atonic seizure; a patient's "so tight and stiff"
        is one finding); None when it reaches over an "and" that starts a new statement
        ("not febrile and has seizures")."""
        joins = [j for j in range(first_word + 1, last_word) if words[j].norm in LIST_WORDS]
        if not joins:
            return False
        entry_words = fold_word(self.lexicon.entry_text[e]).replace("-", " ").split()
        if set(entry_words) & LIST_WORDS:
            return len(joins) == 1 and self._misaligned(entry_words, joins, picked, tokens)
        if any(words[j + 1].norm in self.negation.affirm for j in joins):
            return None
        used = {w for k in picked for w in range(tokens[k].first, tokens[k].last + 1)}
        # an article after the "and" belongs to the next item ("large ears and a long face")
        return any(j - 1 in used and self._after_article(j, words) in used for j in joins)

    @staticmethod
    def _after_article(j: int, words: list[Word]) -> int:
        """The index of the first word after ``words[j]`` that is not an article."""
        k = j + 1
        while k < len(words) and words[k].norm in ARTICLES and not words[k].boundary:
            k += 1
        return k

    def _misaligned(self, entry_words: list[str], joins: list[int], picked: set[int],
                    tokens: list[Token]) -> bool:
        """Whether an entry holding an "and"/"or" of its own is matched across the text's
        "and" with its words on the wrong sides: "speech and language delay" lines up with
        Delayed speech and language development, "developmental delay and delayed speech"
        does not (its "and" joins two findings; "development" is after the entry's "and").
        A word written on both sides is in place ("cleft lip and cleft palate")."""
        canon = self.normaliser.canonical
        k = next(i for i, w in enumerate(entry_words) if w in LIST_WORDS)
        sides = ({canon(w) for w in entry_words[:k]}, {canon(w) for w in entry_words[k + 1 :]})
        j = joins[0]
        written: tuple[list[set[str]], list[set[str]]] = ([], [])
        for p in picked:
            forms = {c for c, _w in tokens[p].alternatives}
            written[tokens[p].first > j].append(forms)
        for side in (0, 1):
            other = set().union(*written[1 - side]) if written[1 - side] else set()
            if any(not forms & sides[side] and not forms & other for forms in written[side]):
                return True
        return False

    def _as_written_if_anatomy(self, e: int, token: Token, words: list[Word]) -> bool:
        """A bare body-part word ("liver", "mouth") alone stands for no term: an entry
        matched by that one word only counts when the text writes the entry's own word
        ("hepatitis" shares the stem of "hepatic", "mouthing" that of "mouth")."""
        lex = self.lexicon
        vids = [lex.vocab.get(c) for c, _w in token.alternatives]
        if not any(v in lex.anatomy and v in lex.entry_tokens[e] for v in vids):
            return True
        entry = fold_word(lex.entry_text[e])
        written = " ".join(w.norm for w in words[token.first : token.last + 1])
        return written.startswith(entry[:-1]) and len(entry) > 1

    def _coordinated(self, text: str, words: list[Word], tokens: list[Token]) -> list[Candidate]:
        """Findings sharing one head word in a list: "branchial, otic and renal anomalies"
        is also read as "branchial anomalies" and "otic anomalies", each earlier item
        beside the words after the last one (at most :data:`MAX_HEAD_WORDS`); so are
        modifiers joined by commas only ("low-set, posteriorly rotated ears" is also
        "low-set ears")."""
        at_word = {t.first: k for k, t in enumerate(tokens) if t.first == t.last}
        phrase_at = {t.first: k for k, t in enumerate(tokens) if t.first < t.last}
        out: list[Candidate] = []
        for i, w in enumerate(words):
            if i < 1 or w.boundary == HARD_BOUNDARY:
                continue
            if w.norm in LIST_WORDS and i + 1 in phrase_at and i - 1 in at_word and not words[i].boundary:
                # "upper and lower limb spasticity": the last item is a phrase of its own
                # ("lower limb"); the item before it borrows the phrase's other words
                phrase = phrase_at[i + 1]
                head = [h for h in range(phrase + 1, min(phrase + 1 + MAX_HEAD_WORDS, len(tokens)))
                        if not any(words[j].boundary for j in range(tokens[phrase].last + 1, tokens[h].first + 1))]
                out.extend(self._borrowed_phrase(words, tokens, i - 1, phrase, head))
            if w.norm in LIST_WORDS:
                last = i + 1  # "branchial, otic and renal anomalies"
            elif w.boundary == SOFT_BOUNDARY and i - 1 in at_word and not words[i - 1].norm.endswith(NOUN_ENDINGS):
                # a list of modifiers with commas only: "small, low-set, posteriorly rotated
                # ears"; not after a noun ("joint hyperextensibility, soft skin" is two findings)
                last = i
            else:
                continue
            if last + 1 >= len(words) or words[last + 1].boundary or last not in at_word:
                continue
            if last == i + 1 and words[last].boundary:
                continue
            head = []
            j = last + 1
            # the head follows the last item word for word ("… and epileptic from infancy"
            # has none: "infancy" is not what the items describe)
            while j < len(words) and j < last + 1 + MAX_HEAD_WORDS and (j == last + 1 or not words[j].boundary):
                if j not in at_word:
                    break
                head.append(at_word[j])
                j += 1
            if not head:
                continue
            # single-word items back across commas ("branchial, otic and renal anomalies");
            # with no comma, one item of up to MAX_ITEM_WORDS words ("posterior subcapsular
            # or capsular cataract")
            items: list[list[int]] = []
            k = i - 1
            while k >= 0 and k in at_word and len(items) < MAX_LIST_ITEMS:
                items.append([at_word[k]])
                if words[k].boundary != SOFT_BOUNDARY:
                    break
                k -= 1
            if len(items) == 1 and words[i].boundary != SOFT_BOUNDARY:
                item = items[0]
                while len(item) < MAX_ITEM_WORDS and not words[k].boundary and k - 1 in at_word:
                    k -= 1
                    item.insert(0, at_word[k])
            elif len(items) == 1 and last == i:  # one hyphenated modifier: "low-set, … ears"
                item = items[0]
                while (len(item) < MAX_ITEM_WORDS and not words[k].boundary and k - 1 in at_word
                       and text[words[k - 1].end : words[k].start] == "-"):
                    k -= 1
                    item.insert(0, at_word[k])
            for item in items:
                if len(item) > 1 and self._whole_finding(item, tokens, words):
                    continue  # "developmental delay and delayed speech": two findings
                at = [*item, *head]
                for c in self._candidates([tokens[p] for p in at], at, words, listed=True):
                    # the item's last word is the modifier the head is shared with ("speech
                    # impediment and learning difficulties" is no "speech difficulties")
                    if item[-1] in c.positions and c.positions & set(head):
                        c.shared = c.positions & frozenset(head)
                        out.append(c)
        return out

    def _borrowed_phrase(self, words: list[Word], tokens: list[Token], k: int, phrase: int,
                         head: list[int]) -> list[Candidate]:
        """Word ``k``, an item of a list whose last item is the phrase token ``phrase``
        ("upper and lower limb"), read with the phrase's words after its first ("upper
        limb") and the list's ``head`` tokens ("spasticity")."""
        tok = tokens[phrase]
        made = self.normaliser.tokens([words[k], *words[tok.first + 1 : tok.last + 1]], expand=True)
        if len(made) != 1 or made[0].first == made[0].last or not head:
            return []  # no phrase of its own: the ordinary reading of the list has it
        made[0].first = made[0].last = k
        at = [-2 * ELLIPSIS_OFFSET - k, *head]
        out = []
        for c in self._candidates([made[0], *(tokens[h] for h in head)], at, words, listed=True):
            if at[0] in c.positions and c.positions & set(head):
                c.shared = c.positions & frozenset(head)
                out.append(c)
        return out

    def _whole_finding(self, item: list[int], tokens: list[Token], words: list[Word]) -> bool:
        """Whether the tokens ``item`` are, alone and whole, the words of a finding's name
        ("developmental delay"): such an item is a finding of the list, not a modifier."""
        return any(c.score >= WHOLE_FINDING and c.positions == frozenset(item)
                   for c in self._candidates([tokens[p] for p in item], item, words))

    def _head_before_list(self, words: list[Word], tokens: list[Token]) -> list[Candidate]:
        """A list after "of" shares the words before it: "hypopigmentation of skin or
        hair" is also read as "hypopigmentation of hair", "hypoplasia of the radius, ulna
        and thumbs" as "hypoplasia of the ulna" and "of the thumbs" (the head: at most
        :data:`MAX_HEAD_WORDS` words just before "of"); a noun after the last item is every
        item's ("oedema of the upper and lower eyelids" is also "of the upper eyelids")."""
        at_word = {t.first: k for k, t in enumerate(tokens) if t.first == t.last}
        phrase_at = {t.first: k for k, t in enumerate(tokens) if t.first < t.last}
        out: list[Candidate] = []
        for i, w in enumerate(words):
            if w.norm not in LIST_WORDS or i < 3 or w.boundary == HARD_BOUNDARY:
                continue
            last = i + 1 + (i + 2 < len(words) and words[i + 1].norm in ARTICLES)
            if last in phrase_at and i - 1 in at_word and not any(words[j].boundary for j in range(i, last + 1)):
                # "spasticity of the upper and lower limbs": "upper" borrows "limbs"
                of = i - 2 - (words[i - 2].norm in ARTICLES)
                if of > 0 and words[of].norm == "of" and not any(words[j].boundary for j in range(of, i)):
                    before = [h for h, t in enumerate(tokens)
                              if of - MAX_HEAD_WORDS <= t.first < of and not any(words[j].boundary for j in range(t.first + 1, of + 1))]
                    out.extend(self._borrowed_phrase(words, tokens, i - 1, phrase_at[last], before))
            if last >= len(words) or last not in at_word or any(words[j].boundary for j in range(i + 1, last + 1)):
                continue
            # one word per item, back to "of": "of [the] A, [the] B and"; a list of whole
            # findings ("of branchial clefts, lip pseudoclefts and …") is not read so
            items = [at_word[last]]
            k = i - 1
            while k > 0 and len(items) <= MAX_LIST_ITEMS and k in at_word:
                items.append(at_word[k])
                k -= 1 + (words[k - 1].norm in ARTICLES and not words[k].boundary)
                if words[k].norm == "of" or words[k + 1].boundary != SOFT_BOUNDARY:
                    break
            if k <= 0 or words[k].norm != "of" or words[k].boundary:
                continue
            head = _tokens_before(k, at_word, words)
            if not head:
                continue
            readings: list[tuple[int, list[int]]] = [(item, []) for item in (items[:-1] if len(items) > 1 else items)]  # the first item is read as written
            # "oedema of the upper and lower eyelids": the last item's noun is every item's
            noun = last + 1
            if noun < len(words) and noun in at_word and not words[noun].boundary:
                readings += [(item, [at_word[noun]]) for item in items[1:]]
            for item, tail in readings:
                at = [*head, item, *tail]
                for c in self._candidates([tokens[p] for p in at], at, words, listed=True):
                    if item in c.positions and c.positions & set(head) and set(tail) <= c.positions:
                        c.shared = c.positions & frozenset(head + tail)
                        out.append(c)
        return out

    def _shared_subject(self, words: list[Word], tokens: list[Token]) -> list[Candidate]:
        """The subject of "was"/"were" is each predicate's: "the nasal bridge was flat and
        broad" is also read as "nasal bridge … broad" (Wide nasal bridge), which the first
        predicate's finding would otherwise hold. The subject: at most
        :data:`MAX_HEAD_WORDS` words just before the verb; the predicates: the words after
        it to the sentence's end, parted by "and"/"or" and commas (the first is read as
        written)."""
        at_word = {t.first: k for k, t in enumerate(tokens) if t.first == t.last}
        out: list[Candidate] = []
        for v, w in enumerate(words):
            if w.norm not in SUBJECT_VERBS or w.boundary or v == 0:
                continue
            subject = _tokens_before(v, at_word, words)
            if len(subject) < 2:
                continue  # a one-word subject is no more than its predicate's word
            if not (v + 1 in at_word or (v + 2 in at_word and not words[v + 2].boundary)):
                continue  # the predicate follows the verb ("was flat", "was very flat")
            items: list[list[int]] = [[]]
            j = v + 1
            while j < len(words) and words[j].boundary != HARD_BOUNDARY and len(items) <= MAX_LIST_ITEMS:
                if words[j].norm in JOINING_WORDS or words[j].norm in PREPOSITIONS:
                    break  # "… were associated with stroke", "is characterised by …": not the subject's
                if words[j].norm in LIST_WORDS or words[j].boundary == SOFT_BOUNDARY:
                    if items[-1]:
                        items.append([])
                if j in at_word:
                    items[-1].append(at_word[j])
                elif words[j].norm not in LIST_WORDS and words[j].norm not in self.normaliser.stop:
                    break  # a word of no finding: the predicates end
                j += 1
            for item in items[1:]:
                if not item or len(item) > MAX_ITEM_WORDS:
                    continue
                at = [*subject, *item]
                for c in self._candidates([tokens[p] for p in at], at, words, listed=True):
                    if set(item) <= c.positions and c.positions & set(subject):
                        c.shared = c.positions & frozenset(subject)
                        out.append(c)
        return out

    def _hanging_prefixes(self, text: str, words: list[Word], tokens: list[Token]) -> list[Candidate]:
        """A prefix left hanging before "and"/"or" takes the rest of the next word: "hypo-
        and hyperpigmented macules" is also read as "hypopigmented macules", alone and
        with the words after it (at most :data:`MAX_HEAD_WORDS`); any other first part
        takes the ending that makes a word of the names ("hepato- and splenomegaly")."""
        out: list[Candidate] = []
        for i in range(len(words) - 2):
            w, joiner, full = words[i], words[i + 1], words[i + 2]
            if joiner.norm not in LIST_WORDS or joiner.boundary or full.boundary:
                continue
            if text[w.end : w.end + 1] != "-" or not text[w.end + 1 : w.end + 2].isspace():
                continue
            if w.norm in PREFIXES:
                rest = next((full.norm[len(p):] for p in sorted(PREFIXES, key=len, reverse=True)
                             if full.norm.startswith(p) and len(full.norm) - len(p) >= 4), None)
            else:  # "hepato- and splenomegaly": the ending that makes a word of the names
                rest = self._shared_ending(w.norm, full.norm)
            if rest is None:
                continue
            rest = rest.lstrip("-")
            word = Word(w.raw + rest, w.norm + rest, w.start, full.end, w.boundary)
            made = self.normaliser.tokens([word], expand=True)
            if len(made) != 1:
                continue
            made[0].first = made[0].last = i
            head = [k for k, t in enumerate(tokens) if i + 2 < t.first <= i + 2 + MAX_HEAD_WORDS
                    and not any(words[j].boundary for j in range(i + 3, t.first + 1))]
            at = [-ELLIPSIS_OFFSET - i, *head]
            for c in self._candidates([made[0], *(tokens[k] for k in head)], at, words, listed=True):
                if at[0] in c.positions:
                    c.shared = c.positions & frozenset(head)
                    out.append(c)
        return out

    def _shared_ending(self, first: str, full: str) -> str | None:
        """The longest ending of ``full`` (four letters or more, not all of it) that makes a
        word of the dictionary's names after ``first``: "hepato" and "splenomegaly" give
        "megaly" ("hepatomegaly")."""
        if len(first) < MIN_HANGING or not first.isalpha():
            return None
        known = self.lexicon.known_words
        for cut in range(2, len(full) - 3):
            if first + full[cut:] in known:
                return full[cut:]
        return None

    def _abbreviations(self, text: str, words: list[Word], tokens: list[Token],
                       candidates: list[Candidate]) -> list[Candidate]:
        """Known abbreviations ("SOB"), unless part of a hyphenated code ("L5-S4") or
        defined by the text as something else ("autism spectrum disorder (ASD)": not an
        atrial septal defect anywhere in that text)."""
        table = self.lexicon.abbreviations
        out = []
        by_word = {t.first: k for k, t in enumerate(tokens) if t.first == t.last}
        defined: dict[str, set[int]] = {}  # abbreviation -> the terms its long form names
        for i, w in enumerate(words):
            if i and w.raw in table and text[w.start - 1 : w.start] == "(" and text[w.end : w.end + 1] == ")":
                slots = {slot for slot, _text, _source in table[w.raw]}
                defined.setdefault(w.raw, set()).update(
                    c.slot for c in candidates if c.last_word == i - 1 and c.slot in slots and c.score >= MIN_SCORE)
        for i, w in enumerate(words):
            hits = table.get(w.raw)
            if not hits or len(w.raw) < 2:
                continue
            if w.raw in defined:
                hits = [h for h in hits if h[0] in defined[w.raw]]
            if _hyphenated(text, w.start, w.end):
                continue
            pos = by_word.get(i)
            positions = frozenset({pos}) if pos is not None else frozenset({-1 - i})
            for slot, _text, _source in hits:
                entry = -1 - slot  # abbreviations are not in the entry arrays
                out.append(Candidate(entry, slot, 0.9, positions, i, i, 1))
        return out

    # -- selection ----------------------------------------------------------------------
    def _select(self, candidates: list[Candidate], bar: float = MIN_SCORE) -> list[Candidate]:
        depth = self.lexicon.depth
        ranked = sorted(
            (c for c in candidates if c.score >= bar),
            key=lambda c: (-round(c.score, 3), -c.n_tokens, c.unjoined, self._source_rank(c), self._dropped(c),
                           -int(depth[c.slot]), c.first_word),
        )
        used: list[Candidate | None] = []  # the chosen match, or None for a second mention
        owners: dict[int, list[int]] = {}  # position -> indexes into ``used`` holding it
        shared: list[frozenset[int]] = []  # per index into ``used``: its list head positions
        seen: set[int] = set()
        chosen: list[Candidate] = []
        ont = self.kb.ontology
        ids = self.lexicon.term_ids
        for c in ranked:
            held: dict[int, int] = {}
            for p in c.positions - c.shared:
                for k in owners.get(p, ()):
                    if p not in shared[k]:  # a list's head word is every item's
                        held[k] = held.get(k, 0) + 1
            if any(n * 2 > len(c.positions) for n in held.values()):
                continue
            first = c.slot not in seen  # else a second mention: its words are explained
            if first and len(c.positions) > 1 and all(p in owners for p in c.positions):
                continue  # every word already explained ("long philtrum and thin upper lip")
            if first:
                narrower = (used[k] for k in held)
                if any(o is not None and ids[c.slot] in ont.ancestors(ids[o.slot]) for o in narrower):
                    continue  # a narrower term already took these words
                chosen.append(c)
                seen.add(c.slot)
            for p in c.positions:
                owners.setdefault(p, []).append(len(used))
            used.append(c if first else None)
            shared.append(c.shared)
        return self._drop_broader(chosen)

    def _measured(self, text: str, words: list[Word], terms: list[TaggedTerm], relatives: tuple[TaggedTerm, ...],
                  negated: list[int], others: list[bool]) -> tuple[list[TaggedTerm], tuple[TaggedTerm, ...]]:
        """``terms`` and ``relatives`` with the findings the text gives as measurements
        ("head circumference 3 SD below the mean": Microcephaly; see :mod:`.measurements`),
        denied or a relative's as the quantity's first word is; a term already found by
        its words is not repeated."""
        found = measured(text)
        if not found:
            return terms, relatives
        ont = self.kb.ontology
        have = {t.hpo for t in terms} | {t.hpo for t in relatives}
        starts = [w.start for w in words]
        kin = list(relatives)
        for m in found:
            if m.hpo in have:
                continue
            have.add(m.hpo)
            i = min(bisect_left(starts, m.start), len(words) - 1)
            term = TaggedTerm(m.hpo, ont.name(m.hpo), m.start, m.end, MEASURED_SCORE,
                              negated[i] >= 0, m.quantity, "measurement")
            if others[i]:
                kin.append(term)
            else:
                terms.append(term)
        return terms, tuple(kin)

    def _theirs(self, t: TaggedTerm, relatives: tuple[TaggedTerm, ...]) -> bool:
        """Whether a relative's term within ``t``'s words says the same or a related one."""
        ont = self.kb.ontology
        related = ont.ancestors(t.hpo, include_self=True) | ont.descendants(t.hpo)
        return any(t.start <= r.start and r.end <= t.end and r.hpo in related for r in relatives)

    def _outside_cues(self, candidates: list[Candidate], words: list[Word]) -> list[Candidate]:
        """Drop a match that takes words of a denial cue of several words its entry does not
        hold whole ("absence of seizures" is no Absence seizure; "Absence of the corpus
        callosum" keeps its own words)."""
        cues = self.negation.multi_word_cues(words)
        if not cues:
            return candidates
        lex = self.lexicon
        out = []
        for c in candidates:
            clash = [(s, n) for s, n in cues if c.first_word <= s + n - 1 and s <= c.last_word]
            if clash and c.entry >= 0:
                entry_words = set(fold_word(lex.entry_text[c.entry]).replace("-", " ").split())
                if any(not {w.norm for w in words[s : s + n]} <= entry_words for s, n in clash):
                    continue
            out.append(c)
        return out

    def _first_word(self, c: Candidate, words: list[Word]) -> int:
        """The match's first word, its entry's own leading words included ("no energy")."""
        lead = self.lexicon.entry_lead.get(c.entry, ())
        first = c.first_word
        if lead and first >= len(lead) and tuple(w.norm for w in words[first - len(lead) : first]) == lead:
            first -= len(lead)
        return first

    def _own_words(self, chosen: list[Candidate], words: list[Word]) -> set[int]:
        """Indexes of the words of the text that are words of a chosen match's own entry
        (its leading words included: "no" of "no energy")."""
        lex = self.lexicon
        own: set[int] = set()
        for c in chosen:
            if c.entry < 0:
                continue
            first = self._first_word(c, words)
            entry_words = set(fold_word(lex.entry_text[c.entry]).replace("-", " ").split())
            own.update(j for j in range(first, c.last_word + 1) if words[j].norm in entry_words)
            # words merged into one of the entry's ("does not", "doesn't" of "don't sweat";
            # "doesn't" of "does not talk")
            canon = {self.normaliser.canonical(w) for w in entry_words}
            entry = split_words(lex.entry_text[c.entry])
            canon.update(t.canon for t in self.normaliser.tokens(entry, expand=False))
            for t in self.normaliser.tokens(words, first, c.last_word + 1, expand=False):
                if t.canon in canon:
                    own.update(range(t.first, t.last + 1))
        return own

    def _nested(self, chosen: list[Candidate], candidates: list[Candidate], bar: float,
                tokens: list[Token], words: list[Word]):
        """(longer match, nested match) pairs: a broader term whose name or synonym is
        written whole as the head of a longer match written as one phrase ("hearing loss"
        in "sensorineural hearing loss", "occult spina bifida" in "occult spina bifida at
        L5" and "spina bifida" in that). The text names it, as a corpus annotating every
        mention counts it; it says nothing the longer term does not say, so it is not one
        of the person's terms. Not a modifier ("autoimmune" of "autoimmune
        thrombocytopenia") nor words of a match with other words between them ("nevi" of
        "numerous basal cell nevi", read as Numerous nevi)."""
        if not chosen:
            return []
        ont = self.kb.ontology
        ids = self.lexicon.term_ids
        entry_tokens = self.lexicon.entry_tokens
        taken = {c.slot for c in chosen}
        phrases = [c for c in chosen if c.entry >= 0 and self._one_phrase(c, tokens)]
        out = []
        for o in sorted(candidates, key=lambda c: (-len(c.positions), -c.score, c.first_word)):
            if o.slot in taken or o.entry < 0 or o.score < max(bar, 0.999) or o.shared:
                continue
            if len(o.positions) != len(entry_tokens[o.entry]) or not self._one_phrase(o, tokens):
                continue  # the whole entry, word after word
            if self._annotated_diseases(ids[o.slot]) < NESTED_MIN_DISEASES:
                continue
            for c in phrases:
                if not o.positions < c.positions or ids[o.slot] not in ont.ancestors(ids[c.slot]):
                    continue
                head_last = o.last_word == c.last_word
                # the broader term first, then what narrows it: "… of/in/at …", or more words
                # of the match after a noun ("spina bifida occulta", "enlarged liver and
                # spleen"), not after a modifier ("autoimmune thrombocytopenia")
                head_first = (o.first_word == c.first_word and o.last_word + 1 < len(words)
                              and (words[o.last_word + 1].norm in HEAD_FIRST
                                   or (o.last_word < c.last_word and self._noun_phrase(o, words))))
                if head_last or head_first:
                    out.append((c, o))
                    phrases.append(o)
                    taken.add(o.slot)
                    break
        return out

    @staticmethod
    def _noun_phrase(c: Candidate, words: list[Word]) -> bool:
        """Whether a match reads as a noun phrase, not a lone modifier: more than one word,
        or one word with a noun's ending ("hypotonia", not "autoimmune" or "ataxic")."""
        return c.last_word > c.first_word or words[c.first_word].norm.endswith(NOUN_ENDINGS)

    def _annotated_diseases(self, hpo: str) -> int:
        """Phenotype annotations of the release naming the term itself (counted once)."""
        if self._in_use is None:
            d = self.kb.diseases
            self._in_use = np.bincount(d.term[d.aspect == Aspect.PHENOTYPE],
                                       minlength=len(self.kb.ontology.ids))
        return int(self._in_use[self.kb.ontology.index[hpo]])

    @staticmethod
    def _one_phrase(c: Candidate, tokens: list[Token]) -> bool:
        """Whether the match's words are written together, no other word between them."""
        if min(c.positions) < 0:
            return False
        lo, hi = min(c.positions), max(c.positions)
        return all(k in c.positions or tokens[k].weak for k in range(lo, hi + 1))

    def _firm_in_long_text(self, c: Candidate) -> bool:
        """A one-word match in a long text must be a name or synonym as written: a lay word
        ("cavity" for caries) or a word standing for another ("cross" for strabismus) is
        more often something else in a clinic letter or an abstract. A lay expression of
        several words must be whole and unbroken there ("… disease causes distal muscle
        weakness" is no "muscle disease")."""
        if c.entry < 0:
            return True
        if c.straddles:
            return False  # "absent reflexes and seizures" is no Reflex seizure
        lay = self.lexicon.entry_source[c.entry] == "lay vocabulary"
        if c.n_tokens > 1:
            return not lay or c.score >= 0.95
        return c.score >= ONE_WORD_LONG and not lay

    def _dropped(self, c: Candidate) -> int:
        """Words of the entry the match cannot see: on a tie, "decreased visual acuity" is
        Reduced visual acuity (its synonym), not Very low visual acuity ("very" unread)."""
        return int(self.lexicon.entry_dropped[c.entry]) if c.entry >= 0 else 0

    def _source_rank(self, c: Candidate) -> int:
        """On a tie, a term's own name before an exact synonym before anything else: "ear
        anomalies" is the name of Abnormality of the ear, only a lay name of the outer ear's."""
        source = self.lexicon.entry_source[c.entry] if c.entry >= 0 else ""
        return {"name": 0, "synonym": 1, "name variant": 1}.get(source, 2)

    def _drop_broader(self, chosen: list[Candidate]) -> list[Candidate]:
        """Drop a term when a narrower one was found in overlapping words ("sore" →
        Pain is dropped when "neck is stiff and sore" also gave Neck pain), or when its
        words lie inside a longer match."""
        ont = self.kb.ontology
        ids = self.lexicon.term_ids
        at: dict[int, list[Candidate]] = {}
        for c in chosen:
            for p in c.positions:
                at.setdefault(p, []).append(c)
        out = []
        for c in chosen:
            near = {id(o): o for p in c.positions for o in at[p] if o is not c}.values()
            broader = any(ids[c.slot] in ont.ancestors(ids[o.slot]) for o in near)
            # a match inside a longer one ("tired" in "tired really easily") is part of it
            inside = any(c.positions < o.positions for o in near)
            if not broader and not inside:
                out.append(c)
        return out

    def _term(self, c: Candidate, text: str, words: list[Word], negated: list[int],
              within: Candidate | None = None) -> TaggedTerm:
        lex = self.lexicon
        first = c.first_word
        if c.entry >= 0:
            matched, source = lex.entry_text[c.entry], lex.entry_source[c.entry]
            first = self._first_word(c, words)
        else:
            matched, source = words[c.first_word].raw, "abbreviation"
        # a cue among the match's own words is part of the finding ("absent thumbs", "no
        # energy"); one between them denies it ("cardiac examination did not reveal any
        # murmur": the words of Heart murmur lie on both sides of "not")
        own = set(fold_word(matched).replace("-", " ").split())
        merged = self._own_words([c], words)  # "doesn't" of an entry "does not talk at all"
        span_negated = any(
            cue >= 0 and (not first <= cue <= c.last_word or (words[cue].norm not in own and cue not in merged))
            for cue in negated[c.first_word : c.last_word + 1]
        )
        if within is not None:  # a nested mention is denied with the match it lies in
            span_negated = self._term(within, text, words, negated).negated
        return TaggedTerm(
            hpo=lex.term_ids[c.slot],
            label=lex.labels[c.slot],
            start=words[first].start,
            end=words[c.last_word].end,
            score=round(c.score, 3),
            negated=span_negated,
            matched=matched,
            source=source,
        )
