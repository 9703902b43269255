"""The sections of the knowledge artifact beyond the HPO release, in build order.

This is the one place that lists them. The shells (``raremap init`` and the other CLI
commands, the web server, the benchmarks, the test fixtures) hand :data:`SECTIONS` to
:func:`raremap.knowledge.build_knowledge` and to the loaders; the knowledge layer itself
never imports the packages above it.

To add a section (Orphanet facts, MONDO mappings, published patients, ...): in the package
that owns the data, write a ``build(kb, progress) -> {name: data}`` function and a
:class:`raremap.knowledge.ArtifactSection` with a version that changes with its code and input
files; append it here (after the sections it reads); read it back with
``kb.section(name)``. Existing artifacts are then stale and ``raremap init`` rebuilds them.
"""

from __future__ import annotations

from raremap.answers.build import ANSWERS
from raremap.engine.build import RELATED
from raremap.engine.published.calibration_section import CALIBRATION
from raremap.engine.published.section import PUBLISHED
from raremap.knowledge import ArtifactSection

SECTIONS: tuple[ArtifactSection, ...] = (RELATED, ANSWERS, PUBLISHED, CALIBRATION)
