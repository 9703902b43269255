"""The compiled knowledge artifact: one file per HPO release, checked before it is used.

Layout::

    RAREMAP-KB\\n
    {"format": 3, "release": "2025-01-16", "payload_bytes": N, "payload_sha256": "...", ...}\\n
    <pickle of the sections>

The file is written to a temporary name and renamed into place, so a crash never leaves a
half-written artifact under the real name; a truncated or altered file fails the length or
checksum test; an artifact of another format version or built from other release files is
*stale*. Each case raises :class:`ArtifactError` with one sentence that says what to do.
The pointer file ``current.json`` names the artifact in use.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

MAGIC = b"RAREMAP-KB\n"
#: Bump whenever the sections' layout or what the knowledge layer compiles changes (as the
#: Orphanet/OMIM twin merge did): older artifacts become stale and are rebuilt.
FORMAT_VERSION = 3
POINTER = "current.json"


class ArtifactError(RuntimeError):
    """The artifact cannot be used. ``reason`` is one of missing, corrupt, stale."""

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(message)

    @property
    def problem(self) -> str:
        """The sentence without its advice to run 'raremap init' (for init itself to show)."""
        return str(self).split(": run 'raremap init'")[0].rstrip(".")


@dataclass(frozen=True)
class ArtifactInfo:
    path: Path
    header: dict

    @property
    def release(self) -> str:
        return self.header.get("release", "")


def source_fingerprint(folder: Path, names: tuple[str, ...]) -> dict:
    """Size and modification time of each release file: cheap to check on every load."""
    out = {}
    for name in names:
        st = (folder / name).stat()
        out[name] = [st.st_size, int(st.st_mtime)]
    return {"folder": str(folder), "files": out}


def artifact_name(release: str) -> str:
    return f"hpo-{release}.kb"


def write_artifact(directory: Path, sections: dict, extra_header: dict) -> Path:
    """Write sections atomically; return the artifact's path and point ``current.json`` at it."""
    directory.mkdir(parents=True, exist_ok=True)
    payload = pickle.dumps(sections, protocol=pickle.HIGHEST_PROTOCOL)
    release = sections["meta"]["release"]
    header = {
        "format": FORMAT_VERSION,
        "release": release,
        "payload_bytes": len(payload),
        "payload_sha256": hashlib.sha256(payload).hexdigest(),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        **extra_header,
    }
    target = directory / artifact_name(release)
    _atomic_write(target, MAGIC + json.dumps(header).encode() + b"\n" + payload)
    _atomic_write(directory / POINTER, json.dumps({"artifact": target.name, "release": release}).encode())
    return target


def _atomic_write(target: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.chmod(tmp, 0o644)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def current_artifact(directory: Path) -> Path:
    pointer = directory / POINTER
    if not pointer.is_file():
        raise ArtifactError("missing", f"No knowledge base has been built in {directory} yet: run 'raremap init'.")
    try:
        name = json.loads(pointer.read_text())["artifact"]
    except (ValueError, KeyError, TypeError):
        raise ArtifactError("corrupt", f"{pointer} is damaged: run 'raremap init' to rebuild.") from None
    path = directory / Path(name).name
    if not path.is_file():
        raise ArtifactError("missing", f"The knowledge base {path.name} is missing from {directory}: run 'raremap init'.")
    return path


def read_header(path: Path) -> ArtifactInfo:
    with open(path, "rb") as handle:
        if handle.read(len(MAGIC)) != MAGIC:
            raise ArtifactError("corrupt", f"{path} is not a RareMap knowledge base: run 'raremap init' to rebuild it.")
        line = handle.readline(1 << 16)
    try:
        header = json.loads(line)
    except ValueError:
        raise ArtifactError("corrupt", f"The header of {path} is damaged: run 'raremap init' to rebuild it.") from None
    return ArtifactInfo(path, header)


def read_artifact(path: Path, expected_sources: dict | None = None) -> tuple[dict, dict]:
    """Return ``(header, sections)`` after checking format, sources, length and checksum."""
    info = read_header(path)
    header = info.header
    if header.get("format") != FORMAT_VERSION:
        raise ArtifactError(
            "stale",
            f"The knowledge base {path.name} was built by another version of RareMap "
            f"(format {header.get('format')}, this one reads {FORMAT_VERSION}): run 'raremap init' to rebuild it.",
        )
    if expected_sources is not None and header.get("sources") != expected_sources:
        raise ArtifactError(
            "stale",
            f"The knowledge base {path.name} was built from other release files than "
            f"{expected_sources.get('folder')}: run 'raremap init' to rebuild it.",
        )
    with open(path, "rb") as handle:
        handle.seek(len(MAGIC))
        handle.readline(1 << 16)
        payload = handle.read()
    if len(payload) != header.get("payload_bytes"):
        raise ArtifactError(
            "corrupt",
            f"The knowledge base {path.name} is incomplete ({len(payload):,} of {header.get('payload_bytes', 0):,} bytes): "
            "run 'raremap init' to rebuild it.",
        )
    if hashlib.sha256(payload).hexdigest() != header.get("payload_sha256"):
        raise ArtifactError("corrupt", f"The knowledge base {path.name} is damaged (checksum mismatch): run 'raremap init' to rebuild it.")
    try:
        sections = pickle.loads(payload)
    except Exception:  # noqa: BLE001 - any unpickling failure means the same thing here
        raise ArtifactError("corrupt", f"The knowledge base {path.name} cannot be read: run 'raremap init' to rebuild it.") from None
    return header, sections
