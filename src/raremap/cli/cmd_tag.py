"""``raremap tag``: find HPO terms in free text, one text or a JSON Lines batch."""

from __future__ import annotations

import sys

import typer
from rich.markup import escape

from raremap.cli.console import err_console
from raremap.cli.knowledge_access import get_kb
from raremap.cli.output import JsonOption, print_json
from raremap.cli.stdin_text import text_argument


def tag(
    text: str = typer.Argument(
        None, help="Symptoms in your own words, e.g. 'I get winded on the stairs'; '-' reads the text from stdin.",
    ),
    batch: bool = typer.Option(
        False, "--batch",
        help='Read JSON Lines {"id": ..., "text": ...} on stdin; write one JSON line per input on stdout.',
    ),
    limit: int = typer.Option(None, "--limit", "-n", min=1, max=500, help="Return at most this many terms per text."),
    as_json: bool = JsonOption,
) -> None:
    """Turn a description of symptoms into HPO terms (lay words, typos and negation are fine)."""
    from raremap.engine.tagger import MAX_TEXT_CHARS, TextTooLongError, get_tagger

    text = text_argument(text, batch, MAX_TEXT_CHARS, "tag")
    tagger = get_tagger(get_kb())
    if batch:
        from raremap.engine.tagger.batch import run_batch

        done, failed = run_batch(tagger, sys.stdin.buffer, sys.stdout, limit=limit)
        err_console.print(f"Tagged {done:,} text{'s' if done != 1 else ''}; {failed:,} with errors.")
        return
    try:
        result = tagger.tag(text, limit=limit)
    except TextTooLongError as exc:
        err_console.print(f"[bold red]Error:[/] {escape(str(exc))}.", highlight=False)
        raise typer.Exit(1) from None
    if as_json:
        print_json({"text": text, **result.to_dict()})
        return
    from raremap.cli.render_tag import render_tags

    render_tags(result)
    if result.language:  # the tagger reads English only
        err_console.print(f"[yellow]Note:[/] {escape(result.language.notice)}", highlight=False)
    if not result.terms and not result.questions:
        err_console.print("No HPO terms found. Try describing one symptom at a time.")
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("tag")(tag)



