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



def text_argument(text: str | None, batch: bool, max_chars: int, verb: str) -> str | None:
    """The one text a command works on: as given, read whole from stdin for ``-``, or piped in
    when no text was given (``echo … | raremap tag``). None with ``--batch``. A text together
    with ``--batch``, or no text and nothing piped in, is a usage error (exit 2)."""
    if batch:
        if text is not None:
            raise typer.BadParameter("give either a text or --batch, not both", param_hint="TEXT")
        return None
    if text == "-":
        return read_stdin_text(max_chars)
    if text is None:
        text = _piped_text(max_chars)
        if text is None:
            raise typer.BadParameter(f"give a text to {verb} (or pipe it in), or --batch to read JSON Lines on stdin",
                                     param_hint="TEXT")
    return text


def _piped_text(max_chars: int) -> str | None:
    """The text piped in on stdin, or None when stdin is a terminal or holds only white space."""
    if sys.stdin is None or sys.stdin.isatty():
        return None
    text = read_stdin_text(max_chars)
    return text if text.strip() else None
