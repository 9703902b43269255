"""A data directory of its own for each pytest-xdist worker (``make check`` runs two).

Loaded with ``-p tests.worker_data``; outside a worker it does nothing. Before Django reads
its settings, a worker copies the current knowledge base, its term vectors and the pointer
to them from the shared data directory into a fresh temporary one and points
``RAREMAP_DATA_DIR`` there, so that the worker's SQLite file, secret key, mail folder and
whatever a command run by a test writes (``raremap init``, ``manage``) are never shared with
the other worker. The subprocesses a test starts inherit the variable.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

POINTER = "current.json"


def _copy_knowledge(shared: Path, own: Path) -> None:
    pointer = shared / POINTER
    try:
        artifact = Path(json.loads(pointer.read_text())["artifact"]).name
    except (OSError, ValueError, KeyError, TypeError):
        return  # nothing built yet: the kb fixture builds it in the worker's own directory
    for name in (artifact, f"{Path(artifact).stem}.vectors.npz"):
        if (shared / name).is_file():
            shutil.copy2(shared / name, own / name)
    shutil.copy2(pointer, own / POINTER)


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(early_config, parser, args):
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return
    from raremap import paths

    own = Path(tempfile.mkdtemp(prefix=f"raremap-test-{worker}-"))
    _copy_knowledge(paths.data_dir(), own)
    os.environ["RAREMAP_DATA_DIR"] = str(own)
    # A worker starts with COLUMNS=80, which a plain run does not have; the CLI's console
    # fixes its width from COLUMNS when first imported, so the tests that give the command
    # a wider terminal (CliRunner env) would get 80 columns under xdist only.
    os.environ.pop("COLUMNS", None)
    early_config.add_cleanup(lambda: shutil.rmtree(own, ignore_errors=True))
