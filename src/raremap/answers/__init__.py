"""Short answers to the questions patients ask, for every disease, with their sources.

Django-free. The question catalogue is :data:`QUESTIONS`; :func:`answer` composes one
answer from the knowledge base's facts and the curated content packs (loaded into the
knowledge artifact by ``raremap init``, see :mod:`raremap.answers.build`).
"""

from raremap.answers.model import DISCLAIMER, Answer, ReviewStatus, Section, Source, Statement
from raremap.answers.questions import QUESTIONS, Question, UnknownQuestionError, get_question


def answer(kb, disease_id: str, question: str) -> Answer:
    """The answer to one question about one disease (see :mod:`raremap.answers.compose`)."""
    from raremap.answers.compose import answer as _answer

    return _answer(kb, disease_id, question)


def answers(kb, disease_id: str) -> list[Answer]:
    """Every question's answer for one disease, in catalogue order."""
    from raremap.answers.compose import answers as _answers

    return _answers(kb, disease_id)


__all__ = [
    "DISCLAIMER", "QUESTIONS", "Answer", "Question", "ReviewStatus", "Section", "Source",
    "Statement", "UnknownQuestionError", "answer", "answers", "get_question",
]  # fmt: skip
