"""What the tagger returns: plain frozen dataclasses with ``to_dict`` for the shells."""

from __future__ import annotations

from dataclasses import dataclass, field

from raremap.engine.tagger.language import Language


@dataclass(frozen=True, slots=True)
class TaggedTerm:
    """One HPO term found in the text.

    ``start``/``end`` are character offsets into the original text (``text[start:end]``
    is the words that evoked the term); ``score`` is in (0, 1]; ``negated`` is True when
    the person says they do not have it ("no fever"); ``matched`` is the name, synonym or
    lay expression that matched and ``source`` says which kind it is.
    """

    hpo: str
    label: str
    start: int
    end: int
    score: float
    negated: bool = False
    matched: str = ""
    source: str = ""

    def to_dict(self) -> dict:
        """The batch-protocol shape (``matched``/``source`` are extras for the web)."""
        return {
            "hpo": self.hpo,
            "label": self.label,
            "start": self.start,
            "end": self.end,
            "score": self.score,
            "negated": self.negated,
        }

    def to_full_dict(self) -> dict:
        return {**self.to_dict(), "matched": self.matched, "source": self.source}


@dataclass(frozen=True, slots=True)
class Choice:
    """A candidate term offered when the text is vague ("which of these do you mean?"),
    with plain-language words a person can recognise: its lay names and definition."""

    hpo: str
    label: str
    lay_names: tuple[str, ...] = ()
    definition: str = ""

    def to_dict(self) -> dict:
        return {
            "hpo": self.hpo,
            "label": self.label,
            "lay_names": list(self.lay_names),
            "definition": self.definition,
        }


@dataclass(frozen=True, slots=True)
class Question:
    """A vague stretch of text (``text[start:end]``) and the terms it may mean."""

    start: int
    end: int
    phrase: str
    choices: tuple[Choice, ...] = ()

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "phrase": self.phrase,
            "choices": [c.to_dict() for c in self.choices],
        }


@dataclass(frozen=True, slots=True)
class TagResult:
    """All terms found in a text, best first, and the questions to ask when it is vague.

    ``relatives`` holds the terms said of someone else ("her mother had brachycephaly"):
    not the person's own, so not in ``terms``, but a finding of the family all the same
    (a published case report annotates them). ``nested`` holds broader terms whose name
    is written inside a longer match ("hearing loss" in "sensorineural hearing loss"):
    mentions in the text, but implied by the longer term, so not in ``terms`` either.
    ``language`` is set when the text is not (all) English: the tagger reads English only."""

    text: str
    terms: tuple[TaggedTerm, ...] = ()
    questions: tuple[Question, ...] = field(default=())
    relatives: tuple[TaggedTerm, ...] = field(default=())
    nested: tuple[TaggedTerm, ...] = field(default=())
    language: Language | None = None

    @property
    def present(self) -> list[str]:
        return [t.hpo for t in self.terms if not t.negated]

    @property
    def absent(self) -> list[str]:
        return [t.hpo for t in self.terms if t.negated]

    def to_dict(self) -> dict:
        return {
            "terms": [t.to_full_dict() for t in self.terms],
            "questions": [q.to_dict() for q in self.questions],
            "language": self.language.to_dict() if self.language else None,
        }
