"""Which words a denial reaches: "no fever", "never had seizures", "denies chest pain".

A NegEx-style rule set (Chapman et al., *J Biomed Inform* 2001;34:301-310) over the
words of the text, with the cue lists in ``data/negation.yaml``:

* a **pre** cue ("no", "never", "denies", "negative for", "don't have") denies the words
  after it, up to a **terminate** word ("but", "however", "except"), a sentence end, or
  a comma that starts a new statement (the next words begin with a subject such as "I"
  or "my", or run longer than a short list item) — so "denies fever, chills or rash"
  denies all three but "no fever, my knees hurt" only the fever — or an "and" or comma
  followed by a word saying a finding is there ("without fever and with a rash",
  "denies fever and reports headaches", "no seizures, ataxia is present");
* a **post** cue ("absent", "ruled out", "not observed") denies the words before it in the
  same clause; it is read as one when it is longer than the pre cue at the same place
  ("not observed" against "not") or closes a statement after "was"/"were" ("hepatomegaly
  was absent", "seizures were absent in all"), and does not reach back over an "and"
  after a clause saying a finding is there ("she has ataxia and seizures were absent");
* a **pseudo** cue ("no longer", "not only", "no idea") looks like a denial but is not;
* a pre cue followed in its clause by an **until** word ("didn't walk until he was three",
  "no words till she was four") says when something came, not that it did not: a delay,
  no denial.

:meth:`NegationRules.someone_else` applies ConText's experiencer rule the same way:
"my mother has diabetes" is about someone else, so the tagger leaves it out.
"""

from __future__ import annotations

from collections.abc import Collection

from raremap.engine.tagger.words import HARD_BOUNDARY, SOFT_BOUNDARY, Word
from raremap.knowledge.text import STOP_WORDS

MAX_FORWARD = 12  #: words a pre cue reaches at most
MAX_BACKWARD = 6  #: words a post cue reaches at most
CONJUNCTIONS = frozenset({"and", "or", "so", "then", "plus"})
COPULAS = frozenset({"was", "were", "is", "are", "been", "be", "remained", "remains"})
LIST_ITEM_WORDS = 6  #: a comma-separated item longer than this starts a new statement
#: after these (not "or": "no seizures or ataxia were present" denies both) a word that
#: states a finding starts a new statement
AND_WORDS = frozenset({"and", "plus"})
#: words between "in" and a relative named after the finding ("in both her parents")
DETERMINERS = frozenset({"his", "her", "their", "the", "a", "an", "our", "both", "its"})
AFFIRM_REACH = 4  #: words after "and" or a comma where such a word is looked for


def _phrases(items) -> dict[int, set[tuple[str, ...]]]:
    by_len: dict[int, set[tuple[str, ...]]] = {}
    for item in items:
        key = tuple(item.replace("'", "").replace("’", "").split())
        if key:
            by_len.setdefault(len(key), set()).add(key)
    return by_len


class NegationRules:
    def __init__(self, cues: dict[str, tuple[str, ...]]) -> None:
        self.pre = _phrases(cues.get("pre", ()))
        self.post = _phrases(cues.get("post", ()))
        self.pseudo = _phrases(cues.get("pseudo", ()))
        self.terminate = frozenset(cues.get("terminate", ()))
        self.until = frozenset(cues.get("until", ()))
        self.subjects = frozenset(cues.get("subjects", ()))
        self.others = _phrases(cues.get("others", ()))
        self.affirm = frozenset(cues.get("affirm", ()))

    @staticmethod
    def _match(norms: list[str], i: int, table: dict[int, set[tuple[str, ...]]]) -> int:
        """Length of the longest phrase of ``table`` starting at word ``i`` (0 if none)."""
        for n in sorted(table, reverse=True):
            if i + n <= len(norms) and tuple(norms[i : i + n]) in table[n]:
                return n
        return 0

    def negated(self, words: list[Word], findings: Collection[int] = ()) -> list[int]:
        """For each word, the index of the first word of the cue that denies it, or -1.

        ``findings``: indexes of words that belong to a finding's own name; a cue made of
        such words only is no cue ("absent thumbs" names the feature Absent thumb, "no
        energy" is a lay phrase for fatigue: "absent thumbs and no energy" denies nothing)."""
        norms = [w.norm for w in words]
        out = [-1] * len(words)
        i = 0
        while i < len(words):
            skip = self._match(norms, i, self.pseudo)
            n = self._match(norms, i, self.pre)
            if skip and skip >= n:  # "no longer able" is no denial, "no longer have" is
                i += skip
                continue
            m = self._match(norms, i, self.post)
            if (n or m) and all(k in findings for k in range(i, i + max(n, m))):
                i += 1
                continue
            if m and (m > n or self._closes(words, norms, i, m)):
                n = 0  # "seizures were not observed", "hepatomegaly was absent": a post cue
            if n and self._says_when(words, norms, i + n):
                i += n  # "didn't walk until he was three": late, not never
                continue
            if n and self._forward(words, norms, i, i + n, out, findings):
                i += n
                continue
            n = m
            if n:
                self._backward(words, norms, i, out)
                i += n
                continue
            i += 1
        return out

    @staticmethod
    def _closes(words: list[Word], norms: list[str], i: int, n: int) -> bool:
        """Whether the cue at ``i`` (``n`` words) ends a statement after "was" or "were"
        ("hepatomegaly was absent, and …", "… were absent in all"), where a cue that may
        also deny the words after it ("absent", "no") denies those before."""
        if i == 0 or norms[i - 1] not in COPULAS or words[i].boundary:
            return False
        after = i + n
        return after >= len(words) or words[after].boundary > 0 or norms[after] in STOP_WORDS

    def _says_when(self, words: list[Word], norms: list[str], j: int) -> bool:
        """Whether an until word follows a pre cue (whose words end at ``j``) in its
        clause, before a terminate word, within :data:`MAX_FORWARD` words."""
        for k in range(j, min(j + MAX_FORWARD, len(words))):
            if k > j and words[k].boundary == HARD_BOUNDARY or norms[k] in self.terminate:
                return False
            if norms[k] in self.until:
                return True
        return False

    def _forward(self, words: list[Word], norms: list[str], cue: int, j: int, out: list[int],
                 findings: Collection[int] = ()) -> int:
        """Mark the words a pre cue denies; returns how many (0: nothing follows it)."""
        start = j
        while j < len(words) and j - start < MAX_FORWARD:
            w = words[j]
            if w.boundary == HARD_BOUNDARY:
                break
            if norms[j] in self.terminate:
                break
            if j > start and self._owned_cue(norms, j, findings):
                break  # "doesn't talk, doesn't point": the second item names a lack of its own
            if j > start and w.boundary == SOFT_BOUNDARY and self._new_statement(words, norms, j):
                break
            if j > start and norms[j] in self.subjects and norms[j - 1] in CONJUNCTIONS:
                break  # "no fever and my skin is weird": a new statement
            if j > start and norms[j] in AND_WORDS and self._affirms(words, norms, j + 1):
                break  # "without fever and with a rash", "denies fever and reports headaches"
            if out[j] < 0:
                out[j] = cue
            j += 1
        return j - start

    def _owned_cue(self, norms: list[str], j: int, findings: Collection[int]) -> bool:
        """Whether a pre cue starts at ``j`` whose words all belong to a finding's own
        words ("doesn't point", "no energy"): that finding is stated, not denied by an
        earlier cue ("he doesn't answer to his name, doesn't point at things")."""
        n = self._match(norms, j, self.pre)
        return bool(n) and all(k in findings for k in range(j, j + n))

    def _affirms(self, words: list[Word], norms: list[str], a: int) -> bool:
        """Whether the words from ``a`` (at most :data:`AFFIRM_REACH`, within one clause)
        say that something is there ("with a rash", "the child has ataxia", "splenomegaly
        was present")."""
        for k in range(a, min(a + AFFIRM_REACH, len(words))):
            if k > a and words[k].boundary:
                return False
            if k > a and norms[k] in CONJUNCTIONS:
                return False  # "denies fever and chills and reports fatigue": chills too
            if norms[k] in self.affirm:
                return True
        return False

    def _new_statement(self, words: list[Word], norms: list[str], j: int, affirm: bool = True) -> bool:
        if norms[j] in self.subjects or (affirm and self._affirms(words, norms, j)):
            return True
        if norms[j] in CONJUNCTIONS and j + 1 < len(norms) and norms[j + 1] in self.subjects:
            return True
        k = j + 1
        while k < len(words) and words[k].boundary == 0:
            k += 1
        return (k - j) > LIST_ITEM_WORDS

    def _backward(self, words: list[Word], norms: list[str], i: int, out: list[int]) -> None:
        if words[i].boundary == HARD_BOUNDARY:
            return  # "No rash. Absent reflexes": the cue starts a new sentence
        j = i - 1
        while j >= 0 and i - j <= MAX_BACKWARD:
            if norms[j] in self.terminate:
                return
            if norms[j] in AND_WORDS and self._affirmed_before(words, norms, j):
                return  # "she has ataxia and seizures were absent"
            if out[j] < 0:
                out[j] = i
            if words[j].boundary >= SOFT_BOUNDARY:
                return
            j -= 1

    @staticmethod
    def _named_after(words: list[Word], norms: list[str], i: int) -> int | None:
        """The index of "in" when the relative at word ``i`` is named after the finding
        ("seizures were reported in his father", "ataxia was also present in the mother"),
        else None: the finding is the relative's, and the words after are not."""
        j = i - 1
        while j >= 0 and norms[j] in DETERMINERS and not words[j + 1].boundary:
            j -= 1
        if j >= 1 and norms[j] == "in" and not words[j + 1].boundary and not words[j].boundary:
            return j
        return None

    @staticmethod
    def _relative_clause(norms: list[str], after: int, j: int) -> bool:
        """Whether word ``j`` begins a relative clause right after a relative's mention
        ("her father, who had diabetes, …"): it speaks of the relative too."""
        return j == after and norms[j] in ("who", "whose")

    def multi_word_cues(self, words: list[Word]) -> list[tuple[int, int]]:
        """(first word, length) of each denial cue of several words ("absence of", "no
        evidence of"): read whole, their words are no finding's ("absence of seizures" is no
        absence seizure)."""
        norms = [w.norm for w in words]
        out = []
        for i in range(len(words)):
            n = self._match(norms, i, self.pre)
            if n > 1 and self._match(norms, i, self.pseudo) < n:
                out.append((i, n))
        return out

    def _affirmed_before(self, words: list[Word], norms: list[str], j: int) -> bool:
        """Whether the clause before word ``j`` (at most :data:`AFFIRM_REACH` words) says
        something is there ("she has ataxia" before "and seizures were absent")."""
        k = j - 1
        while k >= 0 and j - k <= AFFIRM_REACH:
            if norms[k] in self.affirm:
                return True
            if words[k].boundary:
                return False
            k -= 1
        return False

    def someone_else(self, words: list[Word]) -> list[bool]:
        """For each word, whether it speaks of someone other than the patient ("my
        mother has diabetes"): from an ``others`` cue to the end of its clause, or of the
        list it starts ("her mother had asthma, eczema and migraines"); when the relative
        is named after the finding ("seizures were reported in his father and ataxia in
        the patient"), the words of the clause before "in" only."""
        norms = [w.norm for w in words]
        out = [False] * len(words)
        i = 0
        while i < len(words):
            n = self._match(norms, i, self.others)
            if not n:
                i += 1
                continue
            if norms[i] in ("run", "runs"):  # "seizures run in the family": the words before
                j = i
                while j > 0 and words[j].boundary == 0:
                    j -= 1
                    out[j] = True
            at = self._named_after(words, norms, i)
            if at is not None:  # "seizures were reported in his father": the words before
                j = at
                while j > 0 and words[j].boundary == 0:
                    j -= 1
                    out[j] = True
                out[i : i + n] = [True] * n
                i += n
                continue
            j = i
            while j < len(words) and (norms[j] not in self.terminate or self._relative_clause(norms, i + n, j)) and (
                j < i + n or words[j].boundary == 0 or self._relative_clause(norms, i + n, j)
                # a list goes on after a comma ("my mother has asthma, eczema and migraines")
                # (a relative's findings may be said to be there: "in her mother, ataxia was seen")
                or (words[j].boundary == SOFT_BOUNDARY and not self._new_statement(words, norms, j, affirm=False))
            ):
                if j >= i + n and norms[j] in self.subjects:
                    break  # "my mother has diabetes and I have seizures"
                out[j] = True
                j += 1
            i = max(j, i + n)
        return out
