"""The engine's section of the knowledge artifact: each disease's related diseases.

Bump :data:`VERSION` whenever the ranking or the related-diseases computation changes, so
existing artifacts are rebuilt.
"""

from __future__ import annotations

from raremap.engine.related import compute_related
from raremap.knowledge import ArtifactSection, KnowledgeBase
from raremap.knowledge.compile import Progress

VERSION = "4"


def build_related(kb: KnowledgeBase, progress: Progress) -> dict:
    return {"related": compute_related(kb, progress=progress)}


RELATED = ArtifactSection("related", build_related, VERSION)
