"""``raremap rank``: rank rare diseases from HPO terms, a phenopacket, or a JSON Lines batch.

Failures exit with ``SystemExit(1)``: ``typer.Exit`` is swallowed by ``app(standalone_mode=False)``
in :func:`raremap.cli.app.main` (the exit code becomes 0).
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.markup import escape

from raremap.cli.console import console, err_console
from raremap.cli.knowledge_access import get_kb
from raremap.cli.output import JsonOption, print_json


def rank(
    terms: list[str] = typer.Argument(None, help="HPO ids of the patient's features, e.g. HP:0001271 HP:0003401."),
    exclude: list[str] = typer.Option(None, "--exclude", "-x", help="An HPO id the patient does NOT have (repeatable)."),
    onset: str = typer.Option(None, "--onset", help="Age of onset as an HPO onset term, e.g. HP:0003581 (adult)."),
    sex: str = typer.Option(None, "--sex", help="'male' or 'female'."),
    method: str = typer.Option(None, "--method", help="Ranking method: 'published' (default: likelihood ratios and published patients), 'likelihood' or 'phenomizer'."),
    top: int = typer.Option(None, "--top", "-n", min=1, help="How many diseases to list (default 10, 100 with --batch)."),
    explain: int = typer.Option(0, "--explain", min=0, max=50, help="Explain the best N diseases feature by feature."),
    phenopacket: Path = typer.Option(None, "--phenopacket", help="Read the patient from a GA4GH phenopacket (v2 JSON).",
                                     dir_okay=False),
    batch: bool = typer.Option(False, "--batch", help="Read JSON Lines queries on stdin, write JSON Lines rankings."),
    as_json: bool = JsonOption,
) -> None:
    """Rank all rare diseases by how well they explain a patient's features (and absent ones)."""
    from raremap.engine.query import QueryError
    from raremap.engine.ranking import method_names

    if method is not None and method not in method_names():
        raise typer.BadParameter(f"choose from {', '.join(method_names())}", param_hint="--method")
    if batch:
        if terms or exclude or phenopacket:
            raise typer.BadParameter("--batch reads queries from stdin only", param_hint="--batch")
        _batch(top or 100, method)
        return
    present, excluded = list(terms or []), list(exclude or [])
    if phenopacket is not None:
        present, excluded, onset, sex = _from_phenopacket(phenopacket, present, excluded, onset, sex)
    if not present:
        raise typer.BadParameter("give at least one HPO id of a feature the patient has (or --phenopacket FILE)",
                                 param_hint="TERMS")
    from raremap.engine.query import resolve_query
    from raremap.engine.ranker import rank_query

    kb = get_kb()
    try:
        query = resolve_query(kb, present, excluded, onset, sex)
    except QueryError as exc:
        raise typer.BadParameter(str(exc), param_hint="--sex") from None
    if not query.present:
        what = "; ".join(i.message() for i in query.issues[:3]) + ("; ..." if len(query.issues) > 3 else "")
        source = f"{phenopacket}: " if phenopacket is not None else ""
        err_console.print(f"[bold red]Error:[/] {escape(source)}none of the HPO ids given is a usable phenotype term"
                          + (f" ({escape(what)})." if what else "."), highlight=False)
        raise SystemExit(1)
    for issue in query.issues:
        err_console.print(f"[yellow]{escape(issue.message())}[/]", highlight=False)
    ranking = rank_query(kb, query, method)
    _show(ranking, top or 10, explain, as_json)


def _from_phenopacket(path: Path, present, excluded, onset, sex):
    from raremap.engine.phenopacket import PhenopacketError, read_phenopacket

    try:
        packet = read_phenopacket(path)
    except PhenopacketError as exc:
        err_console.print(f"[bold red]Error:[/] {escape(str(exc))}.", highlight=False)
        raise SystemExit(1) from None
    if not packet.present and not present:
        err_console.print(f"[bold red]Error:[/] {escape(str(path))}: "
                          + escape(packet.notes[0] if packet.notes else "the phenopacket lists no feature the patient has")
                          + ".", highlight=False)
        raise SystemExit(1)
    for note in packet.notes:
        err_console.print(f"[yellow]{escape(f'{path}: {note}')}[/]", highlight=False)
    return (present + list(packet.present), excluded + list(packet.excluded),
            onset or packet.onset, sex or packet.sex)


def _batch(top: int, method: str | None) -> None:
    from raremap.engine.batch import run_batch

    kb = get_kb()

    def write(line: str) -> None:
        sys.stdout.write(line)
        sys.stdout.flush()

    answered, failed = run_batch(kb, sys.stdin.buffer, write, lambda msg: err_console.print(msg, highlight=False, markup=False),
                                 top=top, method=method)
    err_console.print(f"Ranked {answered:,} queries, {failed:,} with errors.", highlight=False)


def _show(ranking, top: int, explain: int, as_json: bool) -> None:
    from raremap.engine.explanation import explain_top

    rows = ranking.top(top)
    explanations = explain_top(ranking, explain) if explain else []
    if as_json:
        kb = ranking.kb
        print_json({
            "method": ranking.method,
            "unit": ranking.scores.unit,
            "hpo_release": kb.release,
            "query": {
                "present": [kb.ontology.ids[t] for t in ranking.query.present],
                "excluded": [kb.ontology.ids[t] for t in ranking.query.excluded],
                "onset": kb.ontology.ids[ranking.query.onset] if ranking.query.onset is not None else None,
                "sex": ranking.query.sex,
                "issues": [i.to_dict() for i in ranking.query.issues],
            },
            "ranking": [r.to_dict() for r in rows],
            "explanations": explanations,
        })
        return
    from raremap.cli.render_rank import render_explanation, render_ranking

    render_ranking(console, ranking, rows)
    for item in explanations:
        render_explanation(console, item, ranking.kb)


def register(app: typer.Typer) -> None:
    app.command("rank")(rank)
