"""Text → HPO terms: patient wording, typos, negation and clinical prose.

    >>> from raremap.engine.tagger import tag
    >>> result = tag(kb, "I get winded on the stairs and have no fever")  # doctest: +SKIP
    >>> [(t.hpo, t.label, t.negated) for t in result.terms]            # doctest: +SKIP
    [('HP:0002094', 'Dyspnea', False), ('HP:0001945', 'Fever', True)]

The dictionary is built from the knowledge base on first use (about a second) and kept
with it (``kb.derived``); nothing is loaded at import time. How it matches is described
in :mod:`raremap.engine.tagger.matcher`; the lay vocabulary in ``tagger/data/``.
"""

from __future__ import annotations

from raremap.engine.tagger.matcher import MAX_TEXT_CHARS, Tagger, TextTooLongError
from raremap.engine.tagger.result import Choice, Question, TaggedTerm, TagResult
from raremap.knowledge import KnowledgeBase

__all__ = [
    "MAX_TEXT_CHARS", "Choice", "Question", "TagResult", "TaggedTerm", "Tagger",
    "TextTooLongError", "get_tagger", "tag",
]  # fmt: skip


def get_tagger(kb: KnowledgeBase) -> Tagger:
    """The tagger of a knowledge base, built once and kept with it (``kb.derived``)."""
    return kb.derived.get("tagger", lambda: Tagger(kb))


def tag(kb: KnowledgeBase, text: str, limit: int | None = None, questions: bool = True) -> TagResult:
    """HPO terms in ``text``, best first; see :meth:`Tagger.tag`."""
    return get_tagger(kb).tag(text, limit=limit, questions=questions)
