"""Sections: the parts of the knowledge artifact that packages above ``knowledge`` compute.

The knowledge layer compiles the HPO release itself (ontology, diseases, search). Every
other part of the artifact (the engine's related diseases, the answers' content packs,
and later other sources such as Orphanet facts or MONDO mappings) is a :class:`ArtifactSection`
that the caller hands to :func:`raremap.knowledge.build_knowledge` and to the loaders.
The knowledge layer never imports the packages that define them; the list the
application uses is :data:`raremap.sections.SECTIONS`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from raremap.knowledge.compile import Progress

if TYPE_CHECKING:
    from raremap.knowledge.base import KnowledgeBase


@dataclass(frozen=True)
class ArtifactSection:
    """One build step that adds data to the artifact.

    ``build(kb, progress)`` receives the knowledge base compiled so far (with the data of
    the sections before it) and returns ``{section_name: data}`` (picklable; read back
    with ``kb.section(section_name)``). ``version`` is recorded in the artifact: change
    it whenever the step's code or its input files change (give a content hash for steps
    that read files), so that artifacts built before are reported stale.
    ``disease_names()``, when given, returns other names of diseases
    (``{disease_id: [name, ...]}``) that search and the disease pages include.
    """

    name: str
    build: Callable[[KnowledgeBase, Progress], dict[str, Any]]
    version: str
    disease_names: Callable[[], Mapping[str, list[str]]] | None = None


def section_versions(sections: Sequence[ArtifactSection]) -> dict[str, str]:
    """``{name: version}`` as recorded in an artifact's header."""
    return {s.name: s.version for s in sections}
