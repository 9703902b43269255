"""How views reach the knowledge base: loaded once per process, never rebuilt here.

``raremap init`` builds the artifact; a web process only reads it and fails loudly (one
sentence saying to run ``raremap init``) when it is missing or stale. Tests may replace
:func:`get_kb` with ``monkeypatch``; views call it through this module.
"""

from __future__ import annotations

from django.http import Http404

from raremap.knowledge import ArtifactError, KnowledgeBase, load_knowledge
from raremap.sections import SECTIONS


class KnowledgeUnavailable(RuntimeError):
    """The compiled knowledge base cannot be loaded; the message says what to do."""


class UnknownDisease(Http404):
    """A disease id that no source knows. Pages answer with the 404 page and close ids to
    try; the API with its ``not_found`` error and suggestions."""

    def __init__(self, given: str) -> None:
        self.given = given.replace("\x00", "")[:100]
        super().__init__(f"There is no disease with the id “{self.given}”.")


def get_kb() -> KnowledgeBase:
    try:
        return load_knowledge(sections=SECTIONS)
    except ArtifactError as exc:
        raise KnowledgeUnavailable(f"{exc}".strip()) from exc


def disease_id_or_404(kb: KnowledgeBase, given: str) -> str:
    """The canonical id of the disease ``given`` under any of its ids, or :class:`UnknownDisease`."""
    did = kb.diseases.resolve(given)
    if did is None:
        raise UnknownDisease(given)
    return did
