"""Lexical and semantic matches together, sentence by sentence.

The lexical matcher (:mod:`.matcher`) keeps what it is good at: exact names and
synonyms, negation, relatives' symptoms, several findings in one sentence. For each
sentence of a short text (at most :data:`MAX_CHARS` characters), the sentence is also run
through the model (:mod:`.semantic`); the mean of its token states is the sentence's
vector, the mean over one clause's tokens reads that clause in context at no extra cost:

* a lexical match of score ≥ :data:`FIRM_LEXICAL` stands when its term is also at least
  :data:`FIRM_SIM` near the sentence in meaning ("the echo showed his heart muscle walls
  are thick" is no Thought echo), and its words are left out of the query ("pins and
  needles in his feet and his skin is getting darker" is also read as "in his feet and
  his skin is getting darker", with the higher bar :data:`ACCEPT_REST`);
* every lexical match of the sentence is scored like a meaning match — its term's
  similarity to the sentence plus :data:`FIRM_BONUS` × its lexical score — so that a
  word-perfect match far from what the sentence says comes after the terms it means;
* the candidates — the nearest terms by meaning and the weaker lexical matches of the
  sentence — are ranked by similarity to the query, a lexical match adding
  :data:`LEXICAL_BONUS` × its score;
  a match of one content word in a sentence of :data:`ONE_WORD_SENTENCE` or more is never
  firm and adds only :data:`ONE_WORD_SHARE` of that bonus;
  a narrower term of a weak lexical match that is at least :data:`NARROWER_MARGIN` nearer
  to the query gets the same bonus (the words say "fits", the sentence says which kind);
  among the terms close to the best, each word of a term's name that the sentence does not
  say costs :data:`ABSENT_WORD_COST` in the order (Fish odor before Vaginal fish odor for
  "stinks of rotting fish"); the best is kept when its score before that cost reaches
  :data:`ACCEPT`, and nothing is added below it (no answer rather than a wrong one);
* when the runners-up are within :data:`CLOSE` of the best, they become the choices of a
  "which of these do you mean?" question, and the narrowest term that is or holds two of
  the close ones is returned when it is concrete enough and near enough (a vague phrase
  lands on the broader term that gathers its readings);
* a text of one sentence that says one finding and denies none gets a second look: the
  term nearest to the whole sentence comes first when it is :data:`SECOND_LOOK_MARGIN`
  nearer to it than the finding the words and meaning gave, and is no broader or narrower
  term of it (a word bonus or the words beside a firm match had outweighed a clear reading).

A sentence about someone else ("my mother has diabetes") adds nothing, and the words of
a statement that something is normal (:mod:`.normality`: "her heart scan was normal",
"his corneas are clear but his lenses are cloudy") are left out of the query. A term found by meaning is denied when
most content words of the sentence's clause nearest to it are ("never had fits"; but
"his head is huge, no hats fit him" is a large head), and "without" before an absence
("born without a thumb" → Absent thumb) is the finding itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from raremap.engine.tagger.lacking import is_finding_cue
from raremap.engine.tagger.pregnancy import unsaid_prenatal
from raremap.engine.tagger.result import Choice, Question, TaggedTerm
from raremap.engine.tagger.semantic import best_first
from raremap.engine.tagger.words import HARD_BOUNDARY, NO_BOUNDARY, Word, split_words

#: Longer texts (clinic letters, abstracts) are matched by words only: on GSC+ abstracts
#: reading by meaning added more wrong terms than right ones, and a search box, a symptom
#: line or a short message is what it is for.
MAX_CHARS = 280
MAX_SENTENCES = 8
MIN_CONTENT_WORDS = 2
ACCEPT = 0.43  #: tuned on lay-dev (0.40–0.55 tried), then on every lay set (0.42–0.47)
LEXICAL_BONUS = 0.15  #: tuned on every lay set (0, 0.05, 0.1, 0.15, 0.25, 0.35 tried; 0.25 on lay-dev before)
FIRM_LEXICAL = 0.9  #: a lexical match this good stands; the rest of its sentence is still read
FIRM_SIM = 0.45  #: ... when its term is this near the sentence in meaning (0.35, 0.45, 0.5, 0.55 tried)
#: A lexical match of a short text is scored like a meaning match: its term's similarity
#: to the sentence plus this share of its lexical score (0.1, 0.15, 0.25 tried).
FIRM_BONUS = 0.15
ACCEPT_REST = 0.65  #: the bar for the words left beside a firm match (leftovers mislead more)
CLOSE = 0.02
#: A weak word match lends its bonus to each narrower term of it that is this much nearer
#: to the sentence in meaning than it is ("the fit wouldn't stop for half an hour": a fit,
#: and a long one); tried 0.02, 0.05, 0.1 (same results), kept the middle
NARROWER_MARGIN = 0.05
#: One word of a long sentence is weak evidence of what the sentence says ("his hair is
#: very pale, …" is no Pallor): in a sentence of at least this many content words, a word
#: match of one content word is not firm and gets :data:`ONE_WORD_SHARE` of the lexical
#: bonus (4 or 6 words, share 0, 0.5 or 1 tried on lay-dev and the three own sets; share 0
#: since names count less in meaning, :data:`.semantic.NAME_DISCOUNT`: 365 → 368 of 776
#: lay lines, and "her hair has always been very pale …" stays about hair)
ONE_WORD_SENTENCE = 6
ONE_WORD_SHARE = 0.0
#: A lexical match of at least this many content words that is most of its own clause
#: stands by its words, whatever else the sentence lists
CLAUSE_OWN_WORDS = 2
#: "and" before a new subject starts a clause of its own ("she scarcely sweats and the room spins")
NEW_CLAUSE = frozenset({"and", "but", "while", "plus", "also"})
NEW_SUBJECT = frozenset({"the", "her", "his", "my", "our", "their", "she", "he", "they", "it", "i", "we",
                         "you", "your", "a", "an", "this", "that", "these", "those", "sometimes", "then"})
#: When the best terms are close, the narrowest term that is or holds two of them, with at
#: most this many narrower terms and within :data:`PARENT_MARGIN` of the best, is returned
#: ("Abnormal breath sound" for wheeze against stridor); tried 30 and 60 descendants,
#: margins 0.05, 0.1 and none, on every lay set
PARENT_MAX_DESCENDANTS = 30
PARENT_MARGIN = 0.1
MAX_CHOICES = 5
#: Among the :data:`ABSENT_CANDIDATES` best terms, those within :data:`ABSENT_MARGIN` of the
#: best lose this much per word of their name the sentence does not say (costs 0.01, 0.015,
#: 0.02 and margins 0.02, 0.03, 0.05 tried on every lay set)
ABSENT_WORD_COST = 0.01
ABSENT_MARGIN = 0.03
ABSENT_CANDIDATES = 10
#: A firm word match for part of a sentence yields to the sentence's whole reading when the
#: term nearest to the whole sentence reaches :data:`WHOLE_ACCEPT` and is at least
#: :data:`WHOLE_MARGIN` nearer than every firm match's term, and no match of the sentence
#: is that term, a broader or a narrower one ("my pee turned the colour of cola after the
#: race" is more than Dark urine); tried margins 0.05, 0.1, 0.15, 0.2 and bars 0.5, 0.55
WHOLE_MARGIN = 0.15
WHOLE_ACCEPT = 0.5
#: The sentence's own reading comes first when the term nearest to the whole sentence
#: reaches :data:`SECOND_LOOK_ACCEPT` and is at least :data:`SECOND_LOOK_MARGIN` nearer to
#: it than the term the words-and-meaning fusion put first for the sentence, and is neither
#: that term nor a broader or narrower one (a word bonus, a gathering term or the words
#: beside a firm match had outweighed a clear reading); see :func:`_second_look`
SECOND_LOOK_MARGIN = 0.08
SECOND_LOOK_ACCEPT = 0.5
VAGUE_NAME_WORDS = ("abnormal", "abnormality")  #: words of a term's name that no sentence needs to say
#: Terms that name an absence, and the cues that are part of saying one.
ABSENCE = re.compile(r"\b(?:absent|absence|aplasia|agenesis|missing|lack)\b", re.IGNORECASE)
ABSENCE_CUES = frozenset({"without"})


def sentences(words: list[Word]) -> list[tuple[int, int]]:
    out = []
    lo = 0
    for i, w in enumerate(words):
        if i > lo and w.boundary == HARD_BOUNDARY:
            out.append((lo, i))
            lo = i
    if words:
        out.append((lo, len(words)))
    return out


def _pool(states: np.ndarray, offsets: list[tuple[int, int]], base: int, keep) -> np.ndarray:
    """Unit mean of the token states whose character (``base`` + offset) ``keep`` accepts,
    with the [CLS] and [SEP] marks."""
    rows = [k for k, (s, e) in enumerate(offsets) if s == e or keep(base + s)]
    v = states[rows].mean(0)
    return v / max(float(np.linalg.norm(v)), 1e-12)


def _clauses(tagger, words: list[Word], lo: int, hi: int) -> list[tuple[int, int]]:
    """The clauses of the sentence ``words[lo:hi]`` as word spans (split at commas and
    other boundaries, and before words such as "and" that start a new finding)."""
    spans: list[tuple[int, int]] = []
    first = lo
    for i in range(lo + 1, hi):
        if words[i].boundary != NO_BOUNDARY or words[i].norm in tagger._terminators:
            spans.append((first, i))
            first = i
    spans.append((first, hi))
    return spans


def _is_negated(tagger, words: list[Word], lo: int, spans: list[tuple[int, int]], content: list[int], negated: list[int],
                hpo: str, slot: int, states: np.ndarray, offsets: list[tuple[int, int]],
                denied_by_words: bool = False) -> bool:
    """Whether the words that say ``hpo`` are denied: the majority of the content words of
    the clause of the sentence nearest to the term in meaning ("his head is huge, no hats
    fit him": the first clause, not denied). "Without" before words read as an absence
    ("born without a thumb" → Absent thumb) is the finding, not its denial, and so is "lack
    of" or "absence of" before words that deny no word match (``denied_by_words`` false:
    "lack of muscle tone" is Hypotonia; see :mod:`.lacking`)."""
    clauses = [c for c in ([i for i in content if a <= i < b] for a, b in spans) if c]
    if len(clauses) > 1:
        index = tagger.semantic
        base = words[lo].start

        def near(clause: list[int]) -> float:
            a, b = words[clause[0]].start, words[clause[-1]].end
            return index.term_similarity(_pool(states, offsets, base, lambda c: a <= c < b), slot)

        content = max(clauses, key=near)
    # "no" is not what it denies ("no temperatures" is one denied word; "she can never get
    # warm" still says a finding)
    starts = {c for c in set(negated) if c >= 0 and words[c].norm == "no"}
    said = [i for i in content if i not in starts] or content
    cues = [negated[i] for i in said if negated[i] >= lo]
    if len(cues) * 2 <= len(said):
        return False
    if {words[c].norm for c in cues} <= ABSENCE_CUES and ABSENCE.search(tagger.lexicon.labels[slot]):
        return False
    if not denied_by_words and all(is_finding_cue(words, c) for c in cues):
        return False  # "lack of muscle tone": no finding of its own to deny, the phrase names one
    return True


def _own_words(t: TaggedTerm, words: list[Word], content: list[int]) -> int:
    """How many of the sentence's content words the match covers."""
    return sum(t.start <= words[i].start < t.end for i in content)


def _one_word_of_long_sentence(own: int, content: list[int]) -> bool:
    """A match of one content word in a sentence of :data:`ONE_WORD_SENTENCE` or more."""
    return own <= 1 and len(content) >= ONE_WORD_SENTENCE


def _stands_by_words(tagger, t: TaggedTerm, words: list[Word], content: list[int]) -> bool | None:
    """Whether a good lexical match stands when its words alone say so (see :func:`_stands`);
    None when it depends on the sentence's meaning."""
    own = _own_words(t, words, content)
    if own * 2 >= len(content) or t.source == "abbreviation" or t.hpo not in tagger.lexicon.slot_of:
        return True
    if _one_word_of_long_sentence(own, content):
        return False
    if own >= CLAUSE_OWN_WORDS and own * 2 >= len(_clause_content(tagger, t, words, content)):
        return True  # "..., and the room spins when she stands up, and ...": most of its own clause
    return None


def new_subject_cuts(words: list[Word], lo: int, hi: int) -> list[int]:
    """Where in ``words[lo:hi]`` a word such as "and" starts a new subject ("... and the
    room spins"): the indices of those words."""
    return [i for i in range(lo + 1, hi - 1) if words[i].norm in NEW_CLAUSE and words[i + 1].norm in NEW_SUBJECT]


def _clause_content(tagger, t: TaggedTerm, words: list[Word], content: list[int]) -> list[int]:
    """The content words of the clause (see :func:`_clauses`, and cut where "and" starts a
    new subject) that holds match ``t``."""
    if not content:
        return content
    at = next((i for i, w in enumerate(words) if w.end > t.start), len(words) - 1)
    for a, b in _clauses(tagger, words, content[0], content[-1] + 1):
        if a <= at < b:
            cuts = new_subject_cuts(words, a, b)
            x = max((i for i in [a, *cuts] if i <= at), default=a)
            y = min((i for i in [*cuts, b] if i > at), default=b)
            return [i for i in content if x <= i < y]
    return content


def _stands(tagger, t: TaggedTerm, words: list[Word], content: list[int], sentence: np.ndarray,
            clause: np.ndarray | None = None) -> bool:
    """A good lexical match stands when it is most of its sentence, an abbreviation (the
    model does not know them), or near the sentence or its own clause in meaning ("the
    echo showed his heart muscle walls are thick" is no Thought echo; "I get winded on the
    stairs, no fever, and my skin is weird" keeps Dyspnea, which its clause says)."""
    by_words = _stands_by_words(tagger, t, words, content)
    if by_words is not None:
        return by_words
    slot = tagger.lexicon.slot_of[t.hpo]
    near = tagger.semantic.term_similarity(sentence, slot)
    if clause is not None:
        near = max(near, tagger.semantic.term_similarity(clause, slot))
    return near >= FIRM_SIM


def _narrower_slots(tagger, hpo: str) -> np.ndarray:
    """Slots of the terms narrower than ``hpo`` (kept per term)."""
    narrower = tagger.narrower_slots.get(hpo)
    if narrower is None:
        lex = tagger.lexicon
        narrower = np.asarray(sorted(lex.slot_of[d] for d in tagger.kb.ontology.descendants(hpo) if d in lex.slot_of),
                              dtype=np.int64)
        tagger.narrower_slots[hpo] = narrower
    return narrower


def _clause_vector(words: list[Word], lo: int, spans: list[tuple[int, int]], t: TaggedTerm, states: np.ndarray,
                   offsets: list[tuple[int, int]]) -> np.ndarray | None:
    """The clause that holds match ``t``, read in the context of its sentence (a mean of
    the sentence's token states, no extra model pass); None when the sentence is one clause."""
    if len(spans) < 2:
        return None
    for a, b in spans:
        first, last = words[a].start, words[b - 1].end
        if first <= t.start < last:
            return _pool(states, offsets, words[lo].start, lambda c, first=first, last=last: first <= c < last)
    return None


def _related(ont, hpo: str) -> set[str]:
    """``hpo``, its broader and its narrower terms."""
    return ont.ancestors(hpo, include_self=True) | ont.descendants(hpo)


def _gathering_term(tagger, slots: list[int], scores: np.ndarray) -> int | None:
    """The narrowest term that is or holds at least two of the close candidates ``slots``
    (best first), has at most :data:`PARENT_MAX_DESCENDANTS` narrower terms and scores
    within :data:`PARENT_MARGIN` of the best; None when there is none."""
    lex, ont = tagger.lexicon, tagger.kb.ontology
    counts: dict[str, int] = {}
    for s in slots:
        for a in ont.ancestors(lex.term_ids[s], include_self=True):
            counts[a] = counts.get(a, 0) + 1
    best = None
    for a, n in counts.items():
        slot = lex.slot_of.get(a)
        if n < 2 or slot is None or int(lex.n_descendants[slot]) > PARENT_MAX_DESCENDANTS:
            continue
        if scores[slot] < scores[slots[0]] - PARENT_MARGIN:
            continue
        key = (int(lex.n_descendants[slot]), a)
        if best is None or key < best[0]:
            best = (key, slot)
    return None if best is None else best[1]


def _similarities(tagger, query: np.ndarray, unsaid: np.ndarray) -> np.ndarray:
    """Every term's similarity to ``query``, with the terms the text may not be read as
    (:func:`~raremap.engine.tagger.pregnancy.unsaid_prenatal`) out of reach."""
    scores = tagger.semantic.term_similarities(query)
    scores[unsaid] = -1.0
    return scores


def _said(tagger, words: list[Word], lo: int, hi: int) -> frozenset[str]:
    """The canonical forms of the sentence's words, with what they may stand for."""
    out = set()
    for t in tagger.normaliser.tokens(words, lo, hi, keep_weak=False):
        out.add(t.canon)
        out.update(a for a, _ in t.alternatives)
    return frozenset(out)


def _name_words(tagger, slot: int) -> frozenset[str]:
    """The canonical content words of a term's name (kept per term)."""
    got = tagger.name_words.get(slot)
    if got is None:
        words = split_words(tagger.lexicon.labels[slot])
        vague = {tagger.normaliser.canonical(w) for w in VAGUE_NAME_WORDS}
        got = frozenset(t.canon for t in tagger.normaliser.tokens(words, 0, len(words), keep_weak=False)) - vague
        tagger.name_words[slot] = got
    return got


def _weigh_unsaid_words(tagger, scores: np.ndarray, said: frozenset[str]) -> None:
    """Among the terms within :data:`ABSENT_MARGIN` of the best, each word of a term's name
    the sentence does not say costs :data:`ABSENT_WORD_COST` ("her sweat and breath stink
    of rotting fish" is Fish odor, not Vaginal fish odor)."""
    order = best_first(scores, ABSENT_CANDIDATES)
    best = float(scores[int(order[0])])
    for s in order.tolist():
        if best - float(scores[s]) <= ABSENT_MARGIN:
            scores[s] -= ABSENT_WORD_COST * len(_name_words(tagger, s) - said)


def _free_words(words: list[Word], lo: int, hi: int, strong: list[TaggedTerm], stop,
                normal: list[bool]) -> tuple[list[int], list[int]]:
    """The words of the sentence ``words[lo:hi]`` that no firm match explains and no
    statement of normality holds ("his corneas are clear"; its nearest terms in meaning
    are the abnormalities it rules out), and their content words."""
    free = [i for i in range(lo, hi) if not normal[i] and not any(t.start <= words[i].start < t.end for t in strong)]
    return free, [i for i in free if words[i].norm not in stop]


def _with_cues(words: list[Word], negated: list[int], denied: list[TaggedTerm]) -> list[TaggedTerm]:
    """Denied matches widened to the cue that denies them: the cue's words belong to the
    denial, and read alone by meaning they say an absence ("she has never had a fever in her
    life" is no Absent speech)."""
    out = []
    for t in denied:
        cues = [negated[i] for i, w in enumerate(words) if t.start <= w.start < t.end and negated[i] >= 0]
        out.append(replace(t, start=words[min(cues)].start) if cues and words[min(cues)].start < t.start else t)
    return out


def _whole_reading(tagger, text: str, words: list[Word], lo: int, hi: int, spans: list[tuple[int, int]],
                   content: list[int], negated: list[int], states: np.ndarray, offsets: list[tuple[int, int]],
                   sentence: np.ndarray, strong: list[TaggedTerm], terms: list[TaggedTerm],
                   out: list[TaggedTerm], unsaid: np.ndarray) -> list[TaggedTerm]:
    """``out`` with the term nearest to the whole sentence added when the whole sentence
    says it clearly more than the terms of its firm matches (see :data:`WHOLE_MARGIN`): the
    firm words name part of the finding, the sentence the finding. Its score is its
    similarity to the sentence, which the margin (not below :data:`FIRM_BONUS`) puts before
    theirs. Nothing is added when that term is denied."""
    lex, ont = tagger.lexicon, tagger.kb.ontology
    scores = _similarities(tagger, sentence, unsaid)
    top = int(best_first(scores, 1)[0])
    best = float(scores[top])
    if best < WHOLE_ACCEPT:
        return out
    hpo = lex.term_ids[top]
    held = [float(scores[lex.slot_of[t.hpo]]) for t in strong if t.hpo in lex.slot_of]
    if not held or best - max(held) < WHOLE_MARGIN:
        return out
    if any(hpo in _related(ont, t.hpo) for t in terms):
        return out
    if _is_negated(tagger, words, lo, spans, content, negated, hpo, top, states, offsets, False):
        return out
    start, end = words[lo].start, words[hi - 1].end
    return [*out, TaggedTerm(hpo=hpo, label=lex.labels[top], start=start, end=end,
                             score=round(min(best, 1.0), 3), negated=False,
                             matched=text[start:end], source="meaning")]


def _second_look(tagger, text: str, words: list[Word], lo: int, hi: int, whole: Callable[[], np.ndarray],
                 out: list[TaggedTerm]) -> list[TaggedTerm]:
    """``out`` with the term nearest to the whole sentence ``words[lo:hi]`` put first when
    the sentence says one finding, denies none, and that term is clearly nearer to the
    sentence than the one the fusion found (:data:`SECOND_LOOK_MARGIN`); ``whole()``: every
    term's similarity to the sentence. The fused term stays, second."""
    lex, ont = tagger.lexicon, tagger.kb.ontology
    start, end = words[lo].start, words[hi - 1].end
    mine = [t for t in out if start <= t.start and t.end <= end]
    present = [t for t in mine if not t.negated]
    if len(present) != 1 or len(mine) > 1:
        return out  # one finding said and none denied: a list of findings is read item by item
    lead = present[0]
    sims = whole()
    top = int(best_first(sims, 1)[0])
    best = float(sims[top])
    hpo = lex.term_ids[top]
    slot = lex.slot_of.get(lead.hpo)
    if best < SECOND_LOOK_ACCEPT or slot is None or best - float(sims[slot]) < SECOND_LOOK_MARGIN:
        return out
    if hpo in _related(ont, lead.hpo):
        return out
    score = round(min(max(best, lead.score + 0.001), 1.0), 3)
    return [*out, TaggedTerm(hpo=hpo, label=lex.labels[top], start=start, end=end, score=score, negated=False,
                             matched=text[start:end], source="meaning")]


def fuse(tagger, text: str, words: list[Word], terms: list[TaggedTerm], negated: list[int],
         others: list[bool], normal: list[bool],
         bare: Sequence[tuple[int, int]] = ()) -> tuple[list[TaggedTerm], list[Question]]:
    """``bare``: spans of denied lay words for a normal function, dropped as no denied
    excess ("no sweating"): read by meaning they may name a lack, never a denial."""
    index = tagger.semantic
    lex = tagger.lexicon
    ont = tagger.kb.ontology
    stop = tagger.normaliser.stop
    out = list(terms)
    questions: list[Question] = []
    unsaid = unsaid_prenatal(tagger, text)  # findings only a pregnancy shows, unless the text speaks of one
    # The sentences read by meaning, and the words beside their firm matches when the
    # words alone say which matches are firm: all of them go through the model in one pass.
    read: list[tuple[int, int, list[int]]] = []
    for lo, hi in sentences(words)[:MAX_SENTENCES]:
        content = [i for i in range(lo, hi) if words[i].norm not in stop]
        if len(content) < MIN_CONTENT_WORDS:
            continue
        if sum(others[i] for i in content) * 2 > len(content):
            continue
        if sum(not normal[i] for i in content) < MIN_CONTENT_WORDS:
            continue  # "her heart scan was normal"
        read.append((lo, hi, content))
    texts = [text[words[lo].start : words[hi - 1].end] for lo, hi, _ in read]
    for lo, hi, content in read:
        start, end = words[lo].start, words[hi - 1].end
        firm = [t for t in terms if start <= t.start and t.end <= end and not t.negated and t.score >= FIRM_LEXICAL
                and _stands_by_words(tagger, t, words, content) is not False]
        denied = _with_cues(words, negated, [t for t in terms if start <= t.start and t.end <= end and t.negated])
        guess, guess_content = _free_words(words, lo, hi, firm + denied, stop, normal)
        if len(guess) < hi - lo and len(guess_content) >= MIN_CONTENT_WORDS:  # a guess: all stand that the words do not rule out
            texts.append(" ".join(words[i].raw for i in guess))
    states_of = dict(zip(texts, index.encoder.token_states_many(texts), strict=True))
    looks: list[tuple[int, int, np.ndarray]] = []  # sentences for a second look, with their vector
    whole_of: dict[int, np.ndarray] = {}  # every term's similarity to such a sentence, when computed
    for lo, hi, content in read:
        start, end = words[lo].start, words[hi - 1].end
        states, offsets = states_of[text[start:end]]
        sentence = _pool(states, offsets, start, lambda c: True)
        spans = _clauses(tagger, words, lo, hi)
        if len(read) == 1 and not any(negated[i] >= 0 or normal[i] or others[i] for i in range(lo, hi)):
            looks.append((lo, hi, sentence))  # a text of one sentence: a message's sentences list findings
        inside = [t for t in terms if start <= t.start and t.end <= end and not t.negated]
        strong = [t for t in inside if t.score >= FIRM_LEXICAL and _stands(
            tagger, t, words, content, sentence, _clause_vector(words, lo, spans, t, states, offsets))]

        # the sentence's words-and-meaning score orders its lexical matches among the
        # other terms: a word-perfect match far from the sentence's meaning goes last
        for t in inside:
            slot = lex.slot_of.get(t.hpo)
            if slot is not None:
                fused = index.term_similarity(sentence, slot) + FIRM_BONUS * t.score
                out = [replace(o, score=round(min(fused, 1.0), 3)) if o is t else o for o in out]

        if strong:
            out = _whole_reading(tagger, text, words, lo, hi, spans, content, negated, states, offsets,
                                 sentence, strong, terms, out, unsaid)
        # words a firm lexical match already explains are left out of the query
        # and so are a denied match's ("I get winded on the stairs and have no fever" is no
        # absence of fever)
        denied = _with_cues(words, negated, [t for t in terms if start <= t.start and t.end <= end and t.negated])
        free, content = _free_words(words, lo, hi, strong + denied, stop, normal)
        if len(content) < MIN_CONTENT_WORDS:
            continue
        # the words left beside a firm match are read on their own: read in the context
        # of the sentence they keep the firm match's meaning ("... clefts, ... facial
        # appearance" would be a facial cleft)
        if len(free) == hi - lo:
            query = sentence
        else:
            rest = " ".join(words[i].raw for i in free)
            if rest not in states_of:
                states_of[rest] = index.encoder.token_states(rest)
            query = index.encoder.vector_of(states_of[rest][0])
        weak = [t for t in inside if t not in strong]
        scores = _similarities(tagger, query, unsaid)
        if query is sentence and looks and looks[-1][0] == lo:
            whole_of[lo] = scores.copy()
        near_query = scores.copy() if weak else scores
        for t in weak:
            slot = lex.slot_of.get(t.hpo)
            if slot is not None:
                share = ONE_WORD_SHARE if _one_word_of_long_sentence(_own_words(t, words, content), content) else 1.0
                scores[slot] += LEXICAL_BONUS * t.score * share
                # the words also say each narrower term of theirs that the meaning prefers
                narrower = _narrower_slots(tagger, t.hpo)
                if len(narrower):
                    preferred = narrower[near_query[narrower] >= near_query[slot] + NARROWER_MARGIN]
                    scores[preferred] += LEXICAL_BONUS * t.score
        taken = set()
        for t in strong:  # already said by a firm match
            taken |= _related(ont, t.hpo)
        for h in taken:
            slot = lex.slot_of.get(h)
            if slot is not None:
                scores[slot] = -1.0
        # the order among close terms weighs the words their names say; whether to answer
        # at all does not
        meant = scores.copy()
        _weigh_unsaid_words(tagger, scores, _said(tagger, words, lo, hi))
        order = best_first(scores, MAX_CHOICES)
        top = int(order[0])
        if meant[top] < (ACCEPT_REST if strong else ACCEPT):
            continue
        hpo = lex.term_ids[top]
        close = [int(s) for s in order[1:] if scores[top] - scores[int(s)] <= CLOSE]
        if close:
            slot = _gathering_term(tagger, [top, *close], scores)
            if slot is not None:
                hpo, top = lex.term_ids[slot], slot
        is_negated = _is_negated(tagger, words, lo, spans, content, negated, hpo, top, states, offsets, bool(denied))
        if ABSENCE.search(lex.labels[top]) and (is_negated or any(
                _name_words(tagger, lex.slot_of[t.hpo]) <= _name_words(tagger, top) for t in denied
                if t.hpo in lex.slot_of)):
            continue  # "no fever" denies Fever: it neither says nor denies an absence of fever
        if is_negated and any(start <= a and b <= end for a, b in bare):
            continue  # "he never gained weight" is no denied Failure to thrive
        if denied and (is_negated or any(hpo in _related(ont, t.hpo) for t in denied)):
            continue  # the words already deny it ("Rash: none"; "no fever" is no temperature problem)
        weak_spans = {(t.hpo, t.start, t.end) for t in weak}
        out = [t for t in out if not ((t.hpo, t.start, t.end) in weak_spans and t.hpo != hpo)]
        if all(t.hpo != hpo for t in out):
            out.append(TaggedTerm(hpo=hpo, label=lex.labels[top], start=start, end=end,
                                  score=round(min(float(scores[top]), 1.0), 3), negated=is_negated,
                                  matched=text[start:end], source="meaning"))
        if close and not is_negated and not strong:
            picks = [lex.term_ids[int(order[0])]] + [lex.term_ids[s] for s in close] + [hpo]
            choices = tuple(Choice(h, ont.name(h), tuple(ont.term(h).lay_names[:3]), ont.term(h).definition)
                            for h in dict.fromkeys(picks))
            questions.append(Question(start, end, text[start:end], choices))
    for lo, hi, sentence in looks:
        def whole(lo: int = lo, sentence: np.ndarray = sentence) -> np.ndarray:
            return whole_of[lo] if lo in whole_of else _similarities(tagger, sentence, unsaid)

        out = _second_look(tagger, text, words, lo, hi, whole, out)
    return out, questions
