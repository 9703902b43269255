"""The artifact's ``published_calibration`` section: what excluded features say, learned
from the published patients at build time (see :mod:`raremap.engine.published.calibration`)."""

from __future__ import annotations

from raremap.engine.matrices import engine_matrices
from raremap.engine.published.calibration import SECTION, learn
from raremap.engine.published.evidence import patient_matrices
from raremap.engine.published.ranking import Published
from raremap.engine.published.section import data_version
from raremap.knowledge import ArtifactSection


def build_section(kb, progress) -> dict:
    """The artifact's ``published_calibration`` section, learned with the ``published``
    method's default parameters (a caller with another ``eps`` learns its own on first use)."""
    progress("Learning what excluded features say from published patients", 0.0)
    method = Published(calibrate=False)
    m = engine_matrices(kb)
    table = learn(kb, m, patient_matrices(kb, m), lambda x: method.relevance(m, m.features, x))
    progress(f"Excluded features: {int(table.true.sum())} learned from", 1.0)
    return {SECTION: {"eps": method.eps, "pmids": table.pmids, "true": table.true, "share": table.share}}


#: The build step, listed in ``raremap.sections`` (after the published patients it reads).
CALIBRATION = ArtifactSection(SECTION, build_section, f"3-{data_version()}")
