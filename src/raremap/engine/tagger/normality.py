"""Statements that something is normal: "his corneas are clear", "hearing is fine", "her
heart scan was normal". They name a body part or a function without saying anything is
wrong with it, and the nearest terms in meaning are the abnormalities they rule out
(cloudy cornea, hearing loss). The words of such a statement are no finding.

A statement is normal when a word of ``normal`` in ``data/negation.yaml`` follows a
verb of ``normal_verbs`` ("is", "are", "looks", "came back" …) in the same clause, at
most :data:`MAX_ADVERBS` words such as "completely" or "now" apart: "his corneas are
clear", "her vision is perfectly good". It is the verb's subject (back to a word such as
"his" or "the", at most :data:`MAX_SUBJECT` words, never over a comma or a word such as
"but", "and" or "then": "she throws up for two days then she's fine" still vomits), the
verb and the word. A "not" among them ("isn't clear", "not good") makes it no normal
statement. "Normal" and "unremarkable" (``normal_anywhere``) need no verb: a clause that
ends with one is normal from its subject ("hearing normal"), and one inside a clause is
normal with the words after it ("a normal hearing test"; "his feet are so wide normal
shoes don't fit" still has wide feet).

The tagger reads the words of a normal statement as denied: "hearing is fine" is no
hearing abnormality, and the sentence's other words are read by meaning without them.
The normal word itself may belong to a finding ("her hair is fine" is Fine hair): the
tagger keeps a match that holds the word and more (a cue that is a word of the match does
not deny it), and a normal word alone is no finding ("fine" is no Fine hair).
"""

from __future__ import annotations

from raremap.engine.tagger.words import NO_BOUNDARY, Word

MAX_ADVERBS = 2  #: words between the verb and the normal word ("is completely fine")
ADVERBS = frozenset({"completely", "perfectly", "totally", "absolutely", "all", "quite", "pretty", "really", "very",
                     "so", "now", "always", "still", "entirely", "fully", "100", "back", "to", "be", "been", "as"})
NOT_WORDS = frozenset({"not", "isnt", "wasnt", "arent", "werent", "never", "no", "hardly", "dont", "doesnt", "didnt",
                       "aint", "nt"})
#: words that end a clause going back from the verb (with the text's boundaries)
CLAUSE_ENDS = frozenset({"but", "though", "although", "however", "whereas", "while", "yet", "except", "apart"})
MAX_SUBJECT = 6  #: words of a subject before its verb ("the scan of her brain")
#: verbs that hold their subject ("she's fine")
SUBJECT_VERBS = frozenset({"hes", "shes", "its", "thats", "theyre", "im"})
#: a subject starts at one of these; an "and"/"or" followed by one starts a new statement
NEW_SUBJECT = frozenset({"his", "her", "my", "the", "he", "she", "i", "hes", "shes", "im", "their", "they", "our",
                         "its", "it", "a", "an", "your", "you"})


class NormalStatements:
    def __init__(self, cues: dict[str, tuple[str, ...]]) -> None:
        self.words = frozenset(cues.get("normal", ()))
        self.anywhere = frozenset(cues.get("normal_anywhere", ()))
        verbs = [tuple(v.split()) for v in cues.get("normal_verbs", ())]
        self.verbs = {v for v in verbs if v}

    def _verb_before(self, words: list[Word], norms: list[str], i: int) -> int | None:
        """Index of the first word of a verb that ends at most :data:`MAX_ADVERBS` words
        before ``i`` in the same clause (only adverbs between), or None."""
        j = i - 1
        skipped = 0
        while j >= 0 and words[j + 1].boundary == NO_BOUNDARY:
            for v in self.verbs:
                n = len(v)
                if j - n + 1 >= 0 and tuple(norms[j - n + 1 : j + 1]) == v:
                    return j - n + 1
            if norms[j] not in ADVERBS or skipped == MAX_ADVERBS:
                return None
            skipped += 1
            j -= 1
        return None

    @staticmethod
    def _subject_start(words: list[Word], norms: list[str], verb: int) -> int:
        """First word of the subject before ``verb``: back to a word such as "his" or "the"
        (taken), at most :data:`MAX_SUBJECT` words, never over a boundary or a word such as
        "but" ("she throws up for 2 days then she's fine": the vomiting is not normal)."""
        if norms[verb] in SUBJECT_VERBS:
            return verb  # "she's fine"
        j = verb
        while j > 0 and verb - j < MAX_SUBJECT and words[j].boundary == NO_BOUNDARY:
            if norms[j - 1] in CLAUSE_ENDS or norms[j - 1] in ("and", "or", "then"):
                return j
            j -= 1
            if norms[j] in NEW_SUBJECT:
                return j
        return j

    @staticmethod
    def _clause_end(words: list[Word], norms: list[str], i: int) -> int:
        j = i + 1
        while j < len(words) and words[j].boundary == NO_BOUNDARY and norms[j] not in CLAUSE_ENDS and not (
                norms[j] in ("and", "or") and j + 1 < len(words) and norms[j + 1] in NEW_SUBJECT):
            j += 1
        return j

    def spans(self, words: list[Word]) -> list[tuple[int, int, int]]:
        """(first word, end word, index of the normal word) of each normal statement."""
        norms = [w.norm for w in words]
        out = []
        for i, n in enumerate(norms):
            if n not in self.words and n not in self.anywhere:
                continue
            verb = self._verb_before(words, norms, i)
            if verb is not None:
                start = self._subject_start(words, norms, verb)
                if not any(norms[k] in NOT_WORDS for k in range(start, i)):
                    out.append((start, i + 1, i))  # "his corneas are clear"
                continue
            if n not in self.anywhere or (i > 0 and norms[i - 1] in NOT_WORDS):
                continue
            end = self._clause_end(words, norms, i)
            if end == i + 1 and i > 0 and words[i].boundary == NO_BOUNDARY:  # "hearing normal"
                out.append((self._subject_start(words, norms, i), end, i))
            else:  # "a normal hearing test", "normal shoes don't fit" (the feet are still wide)
                out.append((i, end, i))
        return out

    @staticmethod
    def flags(n_words: int, spans: list[tuple[int, int, int]]) -> list[bool]:
        """For each of ``n_words`` words, whether one of ``spans`` holds it."""
        out = [False] * n_words
        for a, b, _ in spans:
            out[a:b] = [True] * (b - a)
        return out
