"""Rich rendering of rankings and their explanations for ``raremap rank``."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from raremap.engine.explanation import also_check

DISCLAIMER = ("These are conditions to discuss with a doctor, ranked by how well their recorded "
              "features fit the ones given. This is not a diagnosis.")


def render_ranking(console: Console, ranking, rows) -> None:
    kb = ranking.kb
    table = Table(title=f"Diseases ranked by {ranking.method} (HPO {kb.release})", title_justify="left")
    table.add_column("#", justify="right")
    table.add_column("Disease")
    table.add_column("Name", overflow="fold")
    table.add_column(f"Score ({ranking.scores.unit})", justify="right")
    probs = ranking.probabilities is not None
    if probs:
        table.add_column("Share", justify="right")
    for r in rows:
        cells = [str(r.rank), " = ".join(r.ids or (r.id,)), r.name, f"{r.score:.2f}"]
        if probs:
            cells.append(f"{r.probability:.1%}")
        table.add_row(*cells)
    console.print(table)
    console.print(f"[dim]{DISCLAIMER}[/]")


def render_explanation(console: Console, item: dict, kb) -> None:
    d = item["disease"]
    console.print(f"\n[bold]{item['rank']}. {escape(d['name'])}[/] ({d['id']}), score {item['score']:.2f}")
    for m in item["matched"]:
        a = m["annotation"]
        via = f" via {m['via']['name']}" if m.get("via") else ""
        console.print(f"  [green]+[/] {escape(m['feature']['name'])} ({m['feature']['hpo_id']}) ~ {escape(a['name'])} "
                      f"[dim]({escape(m['relation_text'] + via)}; {escape(a['frequency'])})[/]  {m['contribution']:+.2f}")
    for u in item["unexplained"]:
        console.print(f"  [red]-[/] {escape(u['feature']['name'])} ({u['feature']['hpo_id']}): {escape(u['reason'])}  "
                      f"{u['contribution']:+.2f}")
    for x in item["excluded_against"]:
        console.print(f"  [red]x[/] absent {escape(x['feature']['name'])}, but seen in {escape(x['annotation']['frequency'])}  "
                      f"{x['contribution']:+.2f}")
    if item.get("unreported_hallmarks"):
        names = escape(", ".join(f"{h['name']} ({h['hpo_id']})" for h in item["unreported_hallmarks"]))
        console.print(f"  [yellow]![/] usually present but not given: {names}  {item['unreported_contribution']:+.2f}")
        console.print("    [dim]adding them if present, or marking them absent, would sharpen the result[/]")
    if item.get("neighbours_contribution"):
        console.print(f"  [magenta]~[/] its published patients compared with yours  {item['neighbours_contribution']:+.2f}")
    if item.get("similar_contribution"):
        console.print(f"  [magenta]~[/] features its closest conditions show, not recorded for it  "
                      f"{item['similar_contribution']:+.2f}")
    others = also_check(kb, item)  # what the line above does not name already
    if others:
        names = escape(", ".join(f"{c['name']} ({c['frequency']})" for c in others))
        console.print(f"  [cyan]?[/] also worth checking: {names}" if item.get("unreported_hallmarks")
                      else f"  [cyan]?[/] worth checking: {names}")
