"""The derived Orphanet and MONDO tables shipped in ``knowledge/data/`` (see its README):
their columns, and reading them for ``raremap init``. A missing or damaged table stops the
build with one sentence naming the file."""

from __future__ import annotations

import gzip
import hashlib
import os
from pathlib import Path

from raremap.knowledge.compile import BuildError

DATA_DIR = Path(__file__).parent / "data"


def tables_dir() -> Path:
    """The folder of the tables: ``$RAREMAP_TABLES_DIR`` when set (to try regenerated
    tables before copying them in), else the package's ``knowledge/data``."""
    env = os.environ.get("RAREMAP_TABLES_DIR", "").strip()
    return Path(env).expanduser() if env else DATA_DIR

#: File name → column names (the first line of each gzipped, tab-separated table).
TABLES: dict[str, tuple[str, ...]] = {
    "mondo_links.tsv.gz": ("disease", "mondo", "gard"),
    "mondo_twins.tsv.gz": ("orpha", "omim", "mondo"),
    "mondo_narrower.tsv.gz": ("broader", "narrower"),
    "orphanet_disorders.tsv.gz": (
        "orpha", "name", "type", "parents", "inheritance", "onset",
        "point_prevalence", "birth_prevalence", "annual_incidence",
    ),
    "orphanet_synonyms.tsv.gz": ("orpha", "synonym"),
    "orphanet_genes.tsv.gz": ("orpha", "symbol", "gene_name", "hgnc", "role"),
}  # fmt: skip


def tables_version(folder: Path | None = None) -> str:
    """A content hash of the tables: an artifact built from other tables is stale."""
    folder = folder or tables_dir()
    digest = hashlib.sha256()
    for name in sorted(TABLES):
        path = folder / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.is_file() else b"<missing>")
    return digest.hexdigest()[:16]


def read_table(name: str, folder: Path | None = None) -> list[dict[str, str]]:
    """The rows of one table as dicts; raises :class:`BuildError` naming the file."""
    path = (folder or tables_dir()) / name
    columns = TABLES[name]
    if not path.is_file():
        raise BuildError(f"The data table {path} is missing; reinstall RareMap or run scripts/derive_data.py.")
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            lines = handle.read().split("\n")
    except (OSError, EOFError, UnicodeDecodeError, gzip.BadGzipFile) as exc:
        raise BuildError(f"The data table {path} is damaged ({exc.__class__.__name__}); run scripts/derive_data.py.") from None
    if not lines or tuple(lines[0].split("\t")) != columns:
        raise BuildError(f"The data table {path} is damaged (its header is not {', '.join(columns)}).")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        cells = line.split("\t")
        if len(cells) != len(columns):
            raise BuildError(f"The data table {path} is damaged (line {number} has {len(cells)} of {len(columns)} columns).")
        rows.append(dict(zip(columns, cells, strict=True)))
    return rows
