"""One text read whole from stdin, for commands given ``-`` in place of a text
(``raremap tag -``, ``raremap deidentify -``), or given no text with stdin piped in."""

from __future__ import annotations

import sys

import typer

from raremap.cli.console import err_console


def read_stdin_text(max_chars: int) -> str:
    """The whole of stdin as one text. A byte more than the limit is read, so that an oversized
    text is refused by the command's own check, not silently cut; invalid UTF-8 ends the
    command with a one-line error."""
    raw = sys.stdin.buffer.read(4 * max_chars + 4)
    if len(raw) > 4 * max_chars:  # more than max_chars characters, whatever a cut last byte holds
        return raw.decode("utf-8", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        err_console.print("[bold red]Error:[/] the text on stdin is not valid UTF-8.", highlight=False)
        raise typer.Exit(1) from None


def piped_text(max_chars: int) -> str | None:
    """The text piped in on stdin when a command was given no text (``echo … | raremap tag``),
    or None when stdin is a terminal or holds nothing but white space."""
    if sys.stdin is None or sys.stdin.isatty():
        return None
    text = read_stdin_text(max_chars)
    return text if text.strip() else None
