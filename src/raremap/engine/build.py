"""Build-time steps of the engine, registered with the knowledge build on import.

Imported by every knowledge build and load, so it imports nothing heavy: the work happens
inside the builder. Bump :data:`VERSION` whenever the ranking or the related-diseases
computation changes, so existing artifacts are rebuilt.
"""

from __future__ import annotations

from raremap.knowledge import register_section_builder

VERSION = "3"


def build_related(kb, progress) -> dict:
    from raremap.engine.related import compute_related

    return {"related": compute_related(kb, progress=progress)}


register_section_builder("related", build_related, VERSION)
