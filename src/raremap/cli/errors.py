"""Errors the CLI expects, and how each is told in one line."""

from __future__ import annotations

import typer

from raremap.knowledge import ArtifactError, BuildError, ParseError, UnknownIdError

EXPECTED_ERRORS = (UnknownIdError, ArtifactError, BuildError, ParseError, typer.TyperException, OSError)


def is_usage_error(exc: BaseException) -> bool:
    """Typer's usage errors (bad option, missing argument) carry the command context."""
    return isinstance(exc, typer.TyperException) and getattr(exc, "ctx", None) is not None


def describe(exc: BaseException) -> str:
    if isinstance(exc, typer.TyperException):
        text = " ".join(exc.format_message().split())
        ctx = getattr(exc, "ctx", None)
        if ctx is not None:
            text += f" (see '{ctx.command_path} --help')"
        return text
    if isinstance(exc, FileNotFoundError) and exc.filename:
        return f"{exc.filename}: no such file."
    if isinstance(exc, OSError) and exc.strerror:
        # e.g. a data directory that cannot be made or written (read-only, under a file)
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror.lower()}."
    return str(exc).strip()
