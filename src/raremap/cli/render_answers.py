"""Rich renderings of answers and criteria evaluations for the terminal."""

from __future__ import annotations

from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from raremap.answers.source_list import ANNOTATIONS
from raremap.cli.console import console


def _review_line(answer) -> str:
    badge = "[bold green]Medically reviewed[/] · " if answer.review.is_medically_reviewed else ""
    return f"{badge}[dim]{escape(answer.review.text)} Last updated {answer.last_updated}.[/]"


def render_answer(answer) -> None:
    body = [f"[bold]In short:[/] {escape(answer.tldr.text)}"]
    console.print(Panel("\n".join(body), title=f"[bold]{escape(answer.title)}[/]", title_align="left"))
    short = answer.source_list()  # one entry per record or publication, as on the page
    cited = iter(short.cited[1:])  # the TL;DR's come first
    for section in answer.sections:
        console.print(f"\n[bold]{escape(section.heading)}[/]")
        for st in section.statements:
            refs = ",".join(str(i + 1) for i in next(cited))
            console.print(f"  • {escape(st.text)} [dim][{refs}][/]")
    console.print("\n[bold]Sources[/]")
    for i, g in enumerate(short.groups, start=1):
        where = f" {g.url}" if g.url else ""
        size = f" ({g.size} HPO terms)" if g.kind == ANNOTATIONS else ""
        role = " [dim](cross-check)[/]" if g.role else ""
        note = f"\n     [dim]{escape(g.note)}[/]" if g.note else ""
        console.print(f"  [dim]{i}.[/] {escape(g.label)}{size}{escape(where)}{role}{note}")
    console.print(_review_line(answer))
    console.print(f"[dim]{escape(answer.disclaimer)}[/]")


def render_overview(answers: list) -> None:
    first = answers[0]
    table = Table(title=f"{escape(first.disease_name)} ({first.disease_id}): short answers", title_justify="left")
    table.add_column("Question", style="bold")
    table.add_column("In short")
    table.add_column("Status", style="dim")
    for a in answers:
        status = "reviewed" if a.review.is_medically_reviewed else a.review.kind
        table.add_row(escape(a.question), escape(a.tldr.text), status)
    console.print(table)
    console.print(f"[dim]{escape(first.disclaimer)}[/]")


def render_criteria(crit) -> None:
    console.print(f"[bold]{escape(crit.title)}[/]\n{escape(crit.rule)}")
    for group in crit.groups:
        console.print(f"\n[bold]{escape(group.title)}[/] ({group.describe_requirement()})")
        for item in group.items:
            console.print(f"  • {escape(item.label)} [dim]{item.id}[/]")
    console.print("\n[bold]Named findings[/] (besides HPO ids and term names):")
    for nf in crit.named_findings.values():
        console.print(f"  [cyan]{nf.id}[/] {escape(nf.label)} [dim]({nf.kind})[/]")
    _references(crit)


def render_evaluation(ev) -> None:
    style = "green" if ev.met else "yellow"
    console.print(Panel(escape(ev.summary), title=f"[bold]{escape(ev.criteria.title)}[/]", title_align="left", border_style=style))
    for g in ev.groups:
        style = "green" if g.met else "red"
        console.print(f"\n[bold]{escape(g.group.title)}[/] — [{style}]{escape(g.explanation())}[/]")
        for r in g.items:
            tick = "[green]✓[/]" if r.met else "[red]✗[/]"
            console.print(f"  {tick} {escape(r.item.label)}: {escape(r.explanation)}")
    for r in ev.exclusions:
        console.print(f"  [bold]Exclusion[/] {escape(r.item.label)}: {escape(r.explanation)}")
    if ev.unused:
        console.print("\n[dim]Not part of these criteria: " + escape(", ".join(f.label for f in ev.unused)) + "[/]")
    _references(ev.criteria)


def _references(crit) -> None:
    for note in crit.notes:
        console.print(f"\n[dim]{escape(note)}[/]")
    console.print("[dim]Sources: " + escape(" · ".join(crit.references)) + "[/]")
