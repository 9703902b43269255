"""Build the engine's per-process structures before the first request.

With gunicorn's ``preload_app`` this runs once in the master, and every worker starts with
the ranking matrices and the tagger's dictionary already built (shared copy-on-write):
without it, the first "describe your symptoms" request of each worker waited about 3 s.
Set ``RAREMAP_WARMUP=0`` to skip it (e.g. for a quick local start).
"""

from __future__ import annotations

import logging
import os
import time

log = logging.getLogger(__name__)


def warm_up(kb) -> None:
    if os.environ.get("RAREMAP_WARMUP", "1").strip().lower() in ("0", "false", "no", "off"):
        return
    started = time.perf_counter()
    from raremap.engine.matrices import engine_matrices
    from raremap.engine.tagger import get_tagger

    engine_matrices(kb)
    get_tagger(kb).tag("fever")
    # The de-identification detector (spaCy model, disease allow-list): without this the
    # first post or inquiry of each worker waited 3-5 s for the model to load.
    from raremap.web.deid import detector

    detector().find("Warm-up text from Dr Example on 1 May 2020.")
    log.info("warm-up done", extra={"seconds": round(time.perf_counter() - started, 2)})
