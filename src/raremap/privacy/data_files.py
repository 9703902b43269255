"""The word lists shipped in ``privacy/data/``: one entry per line, ``#`` starts a comment line."""

from __future__ import annotations

from importlib import resources


def data_lines(name: str) -> tuple[str, ...]:
    """The stripped, non-empty, non-comment lines of ``data/<name>``."""
    text = resources.files("raremap.privacy").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return tuple(s for s in (line.strip() for line in text.splitlines()) if s and not s.startswith("#"))
