"""The answers' section of the knowledge artifact: `raremap init` loads the content packs.

The section's version hashes the pack and criteria files, so editing one makes existing
artifacts stale; YAML is parsed only when a build runs.
"""

from __future__ import annotations

from raremap.answers.packs import load_packs, packs_version
from raremap.engine.criteria.catalogue import all_sets
from raremap.engine.criteria.files import criteria_version
from raremap.knowledge import ArtifactSection, KnowledgeBase
from raremap.knowledge.compile import Progress

SECTION = "answers"


def build_section(kb: KnowledgeBase | None, progress: Progress) -> dict:
    """The artifact section: the validated packs and which pack covers which disease.
    The criteria sets are checked here too, so that a broken file fails `raremap init`."""
    progress("Loading content packs", 0.0)
    all_sets.cache_clear()
    all_sets()
    packs = load_packs()
    by_disease = {d: p["pack"] for p in packs for d in p["diseases"]}
    progress("Content packs loaded", 1.0)
    return {SECTION: {"version": packs_version(), "packs": {p["pack"]: p for p in packs}, "by_disease": by_disease}}


def pack_names() -> dict[str, list[str]]:
    """Other names of diseases from the packs, for the search index."""
    names: dict[str, list[str]] = {}
    for pack in load_packs():
        for disease_id in pack["diseases"]:
            names.setdefault(disease_id, []).extend(n["name"] for n in pack["names"])
    return names


ANSWERS = ArtifactSection(SECTION, build_section, f"{packs_version()}-{criteria_version()}", disease_names=pack_names)
