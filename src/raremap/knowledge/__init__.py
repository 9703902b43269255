"""The knowledge core: the HPO ontology, disease annotations and search, compiled from an
HPO release into one artifact and loaded once per process. Imports no Django.

    >>> from raremap.knowledge import load_knowledge
    >>> from raremap.sections import SECTIONS
    >>> kb = load_knowledge(sections=SECTIONS)     # doctest: +SKIP
    >>> kb.disease("ORPHA:2905").name              # doctest: +SKIP
    'POEMS syndrome'
"""

from raremap.knowledge.artifact import ArtifactError
from raremap.knowledge.base import (
    KnowledgeBase,
    build_knowledge,
    ensure_knowledge,
    load_knowledge,
    open_knowledge,
    reset_knowledge_cache,
)
from raremap.knowledge.compile import BuildError
from raremap.knowledge.errors import UnknownIdError
from raremap.knowledge.frequency import Band, Frequency
from raremap.knowledge.model import Annotation, Disease, Gene, Synonym, Term
from raremap.knowledge.parsers.errors import ParseError
from raremap.knowledge.search import Hit
from raremap.knowledge.section import ArtifactSection

__all__ = [
    "Annotation", "ArtifactError", "Band", "BuildError", "Disease", "Frequency", "Gene", "Hit",
    "KnowledgeBase", "ParseError", "ArtifactSection", "Synonym", "Term", "UnknownIdError", "build_knowledge",
    "ensure_knowledge", "load_knowledge", "open_knowledge", "reset_knowledge_cache",
]  # fmt: skip
