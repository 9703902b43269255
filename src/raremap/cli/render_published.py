"""The "In N published patients" part of ``raremap disease`` (see
:mod:`raremap.engine.published.feature_counts`)."""

from __future__ import annotations

from rich.markup import escape
from rich.table import Table

from raremap.cli.console import console

#: How many publications are named before "and N more".
PAPERS = 8


def _table(title: str, rows: list[dict], n: int, annotated: bool) -> Table:
    table = Table(title=title, title_justify="left", expand=False)
    table.add_column("Symptom", style="bold")
    table.add_column("Everyday names")
    table.add_column("HPO frequency")
    table.add_column("Had it", justify="right")
    table.add_column("Absent", justify="right")
    table.add_column("HPO ID", style="cyan", no_wrap=True)
    for f in rows:
        if annotated:
            freq = f["frequency"]
        else:
            freq = "recorded as absent" if f["annotated_absent"] else "not in the annotations"
        table.add_row(escape(f["name"]), escape("; ".join(f["lay_names"][:2])), escape(freq),
                      f"{f['observed']} of {n}", str(f["excluded"]), f["hpo_id"])
    return table


def render_published(pp: dict | None, disease_name: str) -> None:
    """Nothing for a disease without published patients."""
    if not pp:
        return
    n = pp["patients"]
    papers = pp["publications"]
    console.print(
        f"\n[bold]In {n} published patient{'s' if n != 1 else ''}[/] with {escape(disease_name)} "
        f"({len(papers)} publication{'s' if len(papers) != 1 else ''} in {escape(pp['source']['store'])}). "
        "Had it: reported with the symptom or a more specific form; absent: looked for and not found."
    )
    console.print(f"[yellow]{escape(pp['note'])}[/]")
    if len(pp["ids"]) > 1:
        console.print(f"Patients recorded under {escape(' or '.join(pp['ids']))} are counted, each once.")
    reported = [f for f in pp["features"] if f["observed"] or f["excluded"]]
    if reported:
        console.print(_table("Symptoms in the HPO annotations", reported, n, annotated=True))
    silent = len(pp["features"]) - len(reported)
    if silent:
        console.print(f"{silent} annotated symptom{'s' if silent != 1 else ''} not reported either way for any of these patients.")
    if pp["unannotated"]:
        console.print(_table("Reported in these patients but NOT in the HPO annotations", pp["unannotated"], n,
                             annotated=False))
    named = "; ".join(f"{p['pmid']} {p['url']} ({p['patients']})" for p in papers[:PAPERS])
    more = len(papers) - PAPERS
    console.print("[bold]Publications:[/] " + escape(named) + (f" and {more} more" if more > 0 else ""))
    src = pp["source"]
    console.print(f"[dim]Source: {escape(src['store'])}, commit {escape(src['commit'])}, {escape(src['licence'])}; "
                  f"cite {escape(src['citation'])}[/]")
