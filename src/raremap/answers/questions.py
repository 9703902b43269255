"""The question catalogue: the questions patients ask about a disease, in page order."""

from __future__ import annotations

from dataclasses import dataclass

from raremap.knowledge.text import shown


class UnknownQuestionError(LookupError):
    """A question slug or alias that is not in the catalogue."""

    def __init__(self, given: str) -> None:
        self.given = given
        names = ", ".join(q.slug for q in QUESTIONS)
        super().__init__(f"{shown(given)!r} is not a question we answer; use one of: {names}.")


@dataclass(frozen=True, slots=True)
class Question:
    slug: str
    template: str  # "{name}" is the disease's name
    short: str  # for links and tables
    aliases: tuple[str, ...] = ()

    def title(self, disease_name: str) -> str:
        return self.template.format(name=disease_name)

    def to_dict(self) -> dict:
        return {"slug": self.slug, "short": self.short, "template": self.template}


QUESTIONS: tuple[Question, ...] = (
    Question("what-is-it", "What is {name}?", "What is it?", ("what", "overview", "about")),
    Question("symptoms", "What are the symptoms of {name}?", "Symptoms", ("signs", "features")),
    Question("causes", "What causes {name}?", "Causes", ("cause", "why")),
    Question(
        "hereditary", "Is {name} hereditary or genetic?", "Is it hereditary?",
        ("genetic", "inherited", "inheritance", "heredity"),
    ),
    Question("contagious", "Is {name} contagious?", "Is it contagious?", ("infectious", "catching")),
    Question("diagnosis", "How is {name} diagnosed?", "Diagnosis", ("diagnosed", "tests")),
    Question("prevalence", "How common is {name}?", "How common is it?", ("common", "rare", "frequency")),
    Question("outlook", "What is the outlook for {name}?", "Outlook", ("prognosis", "survival", "course")),
    Question("treatment", "How is {name} treated?", "Treatment", ("treated", "therapy", "cure")),
    Question(
        "similar", "Which conditions look like {name}?", "Similar conditions",
        ("differential", "differentials", "related", "lookalikes"),
    ),
)  # fmt: skip

_BY_NAME = {q.slug: q for q in QUESTIONS} | {a: q for q in QUESTIONS for a in q.aliases}


def get_question(slug: str) -> Question:
    """The question for a slug or alias (``hereditary``, ``genetic``, ...)."""
    key = (slug or "").strip().lower().replace("_", "-").replace(" ", "-")
    try:
        return _BY_NAME[key]
    except KeyError:
        raise UnknownQuestionError(slug) from None
