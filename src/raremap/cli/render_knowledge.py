"""Rich renderings of disease and term pages and search hits for the terminal."""

from __future__ import annotations

from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from raremap.cli.console import console


def _rows(rows: list[dict]) -> str:
    """Facts-box rows as one line each, every one naming its source."""
    return "; ".join(f"{r['text']} ({r['source']})" for r in rows)


def _fact_lines(page: dict) -> list[str]:
    """What the page's facts box says: inheritance and onset from every source (curated,
    Orphanet, HPO), prevalence, genes with their role, Orphanet's groups; each with its source."""
    facts = page.get("facts") or {}
    orpha = page.get("orphanet") or {}
    lines = []
    inh = _rows(facts.get("inheritance", ())) or "not recorded in the data we use"
    lines.append(f"[bold]Inheritance:[/] {escape(inh)}")
    onset = _rows(facts.get("onset", ())) or "not recorded"
    lines.append(f"[bold]Onset:[/] {escape(onset)}")
    for key, kind in (("prevalence", "point prevalence"), ("birth_prevalence", "birth prevalence"),
                      ("annual_incidence", "annual incidence")):
        if orpha.get(key):
            plain = "; ".join(p["plain"] for p in orpha[key])
            lines.append(f"[bold]How common:[/] {escape(plain)} ({kind}, Orphanet)")
    if page["course"]:
        lines.append("[bold]Course:[/] " + escape(", ".join(c["name"] for c in page["course"])))
    genes = "; ".join(f"{g['symbol']}: {g['role']} ({g['source']}{': ' + g['label'].lower() if g['label'] else ''})"
                      for g in page.get("gene_roles", ())) or "none recorded"
    lines.append(f"[bold]Genes:[/] {escape(genes)}")
    for path in page.get("groups", ()):
        lines.append("[bold]Orphanet group:[/] " + escape(" › ".join(g["name"] for g in path)))
    if page.get("broader"):
        lines.append("[bold]Broader:[/] " + escape("; ".join(f"{b['name']} ({b['id']})" for b in page["broader"])))
    if page.get("narrower"):
        lines.append(f"[bold]Subtypes ({len(page['narrower'])}):[/] "
                     + escape("; ".join(f"{n['name']} ({n['id']})" for n in page["narrower"])))
    return lines


def render_disease(page: dict) -> None:
    title = f"[bold]{escape(page['name'])}[/]  [dim]{page['id']} · {page['source']}[/]"
    lines = []
    if page["other_names"]:
        lines.append("[bold]Other names:[/] " + escape("; ".join(page["other_names"])))
    if len(page.get("ids", ())) > 1:
        lines.append("[bold]Ids:[/] " + escape(", ".join(page["ids"])))
    if page["url"]:
        lines.append(f"[bold]Source record:[/] {page['url']}")
    lines.extend(_fact_lines(page))
    console.print(Panel("\n".join(lines), title=title, title_align="left", expand=False))
    console.print(
        f"{page['feature_count']} symptoms from the Human Phenotype Ontology, grouped by how many "
        "people have them. Symptoms vary from person to person."
    )
    for band in page["bands"]:
        table = Table(title=band["heading"], title_justify="left",
                      show_lines=False, expand=False)
        table.add_column("Medical term", style="bold")
        table.add_column("Other names")
        table.add_column("How often")
        table.add_column("HPO ID", style="cyan", no_wrap=True)
        for f in band["features"]:
            table.add_row(escape(f["name"]), escape("; ".join(f["lay_names"])),
                          escape(f.get("how_often") or f["frequency"]), f["hpo_id"])
        console.print(table)
    if page["absent"]:
        console.print("[bold]Known to be absent:[/] " + escape(", ".join(f["name"] for f in page["absent"])))
    if page["references"]:
        refs = ", ".join(r["id"] for r in page["references"][:12])
        more = len(page["references"]) - 12
        console.print(f"[bold]References:[/] {escape(refs)}" + (f" and {more} more" if more > 0 else ""))
    if page.get("learn_more"):
        console.print("[bold]Learn more:[/] " + escape("; ".join(f"{link['site']} {link['url']}" for link in page["learn_more"])))
    extra = [s for s in (page.get("facts") or {}).get("sources", ()) if not s.startswith("HPO")]
    console.print(
        f"[dim]Source: Human Phenotype Ontology release {page['hpo_release']}; "
        f"annotations last updated {page['last_updated'] or 'unknown'}"
        + (f"; {escape(', '.join(extra))}" if extra else "")
        + ". For information only, not medical advice.[/]"
    )


def render_term(page: dict, limit: int = 10) -> None:
    lines = []
    if page["is_obsolete"]:
        repl = page["replaced_by"] or "no replacement"
        lines.append(f"[bold red]Obsolete term[/]; replaced by {repl}")
    if page["requested_id"].upper() != page["id"]:
        lines.append(f"[dim]{escape(page['requested_id'])} is an alternative id of {page['id']}[/]")
    if page["definition"]:
        lines.append(escape(page["definition"]))
    if page["lay_names"]:
        lines.append("[bold]Lay names:[/] " + escape("; ".join(page["lay_names"])))
    if page["other_names"]:
        lines.append("[bold]Synonyms:[/] " + escape("; ".join(page["other_names"])))
    if page["parents"]:
        lines.append("[bold]Broader:[/] " + escape(", ".join(f"{p['name']} ({p['id']})" for p in page["parents"])))
    if page["children"]:
        kids = page["children"][:12]
        text = ", ".join(f"{c['name']} ({c['id']})" for c in kids)
        if len(page["children"]) > 12:
            text += f" and {len(page['children']) - 12} more"
        lines.append("[bold]Narrower:[/] " + escape(text))
    if page["comment"]:
        lines.append("[dim]" + escape(page["comment"]) + "[/]")
    console.print(Panel("\n".join(lines) or "No definition.", title=f"[bold]{escape(page['name'])}[/]  [dim]{page['id']}[/]",
                        title_align="left", expand=False))
    diseases = page.get("diseases", [])
    if diseases and limit:
        table = Table(title=f"Diseases with this feature ({len(diseases)}; first {min(limit, len(diseases))})",
                      title_justify="left")
        table.add_column("Disease")
        table.add_column("ID", style="cyan", no_wrap=True)
        table.add_column("How often")
        for d in diseases[:limit]:
            table.add_row(escape(d["name"]), d["id"], escape(d["frequency"]))
        console.print(table)


def render_hits(query: str, hits) -> None:
    table = Table(title=f"Results for {escape(query)!s}", title_justify="left")
    table.add_column("#", justify="right", style="dim")
    table.add_column("Kind")
    table.add_column("ID", style="cyan", no_wrap=True)
    table.add_column("Name", style="bold")
    table.add_column("Matched")
    table.add_column("Score", justify="right")
    for n, h in enumerate(hits, start=1):
        matched = h.match_type if h.matched == h.label else f"{h.match_type}: {h.matched}"
        table.add_row(str(n), h.kind, h.id, escape(h.label), escape(matched), f"{h.score:.2f}")
    console.print(table)
