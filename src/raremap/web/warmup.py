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

    detector().find("Warm-up text from Dr Example on 1 May 2020, call +49 151 2345678.")
    # The diagnostic criteria catalogue (YAML, read on first use: 0.15 s) and the site's
    # templates (compiled on first render): without these the first question page of each
    # worker took 0.9 s instead of 0.09 s, and the first post, which shows it, as long.
    from raremap.engine.criteria.catalogue import all_sets

    all_sets()
    _compile_templates()
    log.info("warm-up done", extra={"seconds": round(time.perf_counter() - started, 2)})


def _compile_templates() -> None:
    """Compile every template of the site into the cached loader (shared by the workers)."""
    from pathlib import Path

    from django.template import engines
    from django.template.utils import get_app_template_dirs

    engine = engines["django"].engine
    site = Path(__file__).resolve().parent
    for directory in [*map(Path, engine.dirs), *get_app_template_dirs("templates")]:
        if site in Path(directory).resolve().parents:  # RareMap's own, not Django's admin
            for path in Path(directory).rglob("*.html"):
                engine.get_template(path.relative_to(directory).as_posix())
