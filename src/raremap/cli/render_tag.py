"""Rich rendering of tagger results for the terminal."""

from __future__ import annotations

from rich.markup import escape
from rich.table import Table

from raremap.cli.console import console


def render_tags(result) -> None:
    if result.terms:
        table = Table(title="HPO terms found", title_justify="left")
        table.add_column("#", justify="right", style="dim")
        table.add_column("HPO ID", style="cyan", no_wrap=True)
        table.add_column("Term", style="bold")
        table.add_column("Your words")
        table.add_column("Status")
        table.add_column("Score", justify="right")
        for n, t in enumerate(result.terms, start=1):
            status = "[red]absent[/]" if t.negated else "[green]present[/]"
            table.add_row(str(n), t.hpo, escape(t.label), escape(result.text[t.start : t.end]), status, f"{t.score:.2f}")
        console.print(table)
    for q in result.questions:
        console.print(f"[bold]Which of these do you mean by “{escape(q.phrase)}”?[/]")
        for c in q.choices:
            lay = f" ({escape(', '.join(c.lay_names))})" if c.lay_names else ""
            console.print(f"  • {escape(c.label)}{lay} [cyan]{c.hpo}[/]")
