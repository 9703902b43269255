"""``raremap deidentify``: find personal data in a text (or a JSON Lines batch) with the
same detector the website uses before anything is published."""

from __future__ import annotations

import sys

import typer
from rich.markup import escape

from raremap.cli.console import console, err_console
from raremap.cli.knowledge_access import get_kb
from raremap.cli.output import JsonOption, print_json
from raremap.cli.stdin_text import text_argument


def deidentify(
    text: str = typer.Argument(
        None, help="A text to check, e.g. 'Call me on +49 151 2345678'; '-' reads the text from stdin."),
    batch: bool = typer.Option(
        False, "--batch",
        help='Read JSON Lines {"id": ..., "text": ...} on stdin; write {"id", "findings": '
             '[{"start", "end", "kind"}], "redacted"} per line on stdout.'),
    no_ner: bool = typer.Option(False, "--no-ner", help="Rules and name lists only (no statistical model)."),
    as_json: bool = JsonOption,
) -> None:
    """Find names, contacts, places, dates, ages and ids in text; disease names and lab values stay."""
    from raremap.privacy import MAX_CHARS, build_detector, redact

    text = text_argument(text, batch, MAX_CHARS, "check")
    detector = build_detector(get_kb(), use_ner=not no_ner)
    if batch:
        from raremap.privacy.batch import run_batch

        done, failed = run_batch(detector, sys.stdin.buffer, sys.stdout)
        err_console.print(f"Checked {done:,} text{'s' if done != 1 else ''}; {failed:,} with errors.")
        return
    try:
        found = detector.find(text)
    except ValueError as exc:
        err_console.print(f"[bold red]Error:[/] {escape(str(exc))}.", highlight=False)
        raise typer.Exit(1) from None
    if as_json:
        print_json({"findings": [f.to_dict() for f in found], "redacted": redact(text, found),
                    "engine": detector.engine_name})
        return
    console.print(redact(text, found), highlight=False, markup=False)
    for f in found:
        console.print(f"  {f.kind.label}: {f.text!r} ({f.start}-{f.end})", highlight=False, markup=False)
    if not found:
        err_console.print("No personal data found.")


def register(app: typer.Typer) -> None:
    app.command("deidentify")(deidentify)
