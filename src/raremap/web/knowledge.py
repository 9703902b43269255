"""How views reach the knowledge base: loaded once per process, never rebuilt here.

``raremap init`` builds the artifact; a web process only reads it and fails loudly (one
sentence saying to run ``raremap init``) when it is missing or stale. Tests may replace
:func:`get_kb` with ``monkeypatch``; views call it through this module.
"""

from __future__ import annotations

from raremap.knowledge import ArtifactError, KnowledgeBase, load_knowledge


class KnowledgeUnavailable(RuntimeError):
    """The compiled knowledge base cannot be loaded; the message says what to do."""


def get_kb() -> KnowledgeBase:
    try:
        return load_knowledge()
    except ArtifactError as exc:
        raise KnowledgeUnavailable(f"{exc}".strip()) from exc
