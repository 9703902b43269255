"""Where the criteria set files live, and a hash of them (cheap: no YAML parsing)."""

from __future__ import annotations

import hashlib
from pathlib import Path

SETS_DIR = Path(__file__).parent / "sets"


def set_files(directory: Path | None = None) -> list[Path]:
    return sorted((directory or SETS_DIR).glob("*.yaml"))


def criteria_version(directory: Path | None = None) -> str:
    """A short hash of the criteria files' names and bytes."""
    digest = hashlib.sha256()
    for path in set_files(directory):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
