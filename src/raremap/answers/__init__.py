"""Short answers to the questions patients ask, for every disease, with their sources.

Django-free. The question catalogue is :data:`QUESTIONS`; :func:`answer` composes one
answer from the knowledge base's facts and the curated content packs (loaded into the
knowledge artifact by ``raremap init``, see :mod:`raremap.answers.build`).
"""

from raremap.answers.compose import answer, answers
from raremap.answers.model import DISCLAIMER, Answer, ReviewStatus, Section, Source, Statement
from raremap.answers.questions import QUESTIONS, Question, UnknownQuestionError, get_question

__all__ = [
    "DISCLAIMER", "QUESTIONS", "Answer", "Question", "ReviewStatus", "Section", "Source",
    "Statement", "UnknownQuestionError", "answer", "answers", "get_question",
]  # fmt: skip
