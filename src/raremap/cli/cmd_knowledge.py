"""Commands over the knowledge base: init, disease, term, search."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape

from raremap.cli.console import console, err_console
from raremap.cli.knowledge_access import get_kb
from raremap.cli.output import JsonOption, print_json


def init(
    hpo_dir: Path = typer.Option(
        None, "--hpo-dir", help="Build from this downloaded HPO release folder instead of the embedded 2025-01-16 one.",
        file_okay=False,
    ),
    force: bool = typer.Option(False, "--force", help="Rebuild even when the knowledge base is up to date."),
) -> None:
    """Compile the HPO release into the knowledge base (in $RAREMAP_DATA_DIR or var/)."""
    import time

    from raremap import paths
    from raremap.cli.progress import build_progress
    from raremap.knowledge import ArtifactError, build_knowledge, open_knowledge
    from raremap.knowledge.base import resolve_release_dir
    from raremap.sections import SECTIONS

    if not force and hpo_dir is None:
        try:
            kb = open_knowledge(sections=SECTIONS)
            if Path(kb.header["sources"]["folder"]) == resolve_release_dir(None):
                console.print(f"Knowledge base for HPO {kb.release} is up to date ({kb.path}).")
                _term_vectors(kb, force=False)
                return
        except ArtifactError as exc:
            if exc.reason != "missing":
                err_console.print(f"[yellow]{escape(exc.problem)}; rebuilding it.[/]", highlight=False)
    started = time.perf_counter()
    with build_progress() as progress:
        kb = build_knowledge(hpo_dir, paths.data_dir(), progress=progress.update_step, sections=SECTIONS)
    counts = kb.diseases.count_by_source()
    console.print(
        f"Built the knowledge base for HPO {kb.release} in {time.perf_counter() - started:.1f} s: "
        f"{len(kb.ontology):,} terms, {len(kb.diseases):,} diseases "
        f"({', '.join(f'{n:,} {s}' for s, n in sorted(counts.items()))}; "
        f"{len(kb.diseases.aliases):,} Orphanet/OMIM pairs are one disease each) → {kb.path}"
    )
    _term_vectors(kb, force=force)


def _term_vectors(kb, force: bool) -> None:
    """Embed the terms for the tagger's semantic matching; without the model, say so in
    one sentence and go on (the tagger then matches words only)."""
    import time

    from raremap.cli.progress import build_progress
    from raremap.engine.tagger.embedding import ModelUnavailable, load_encoder
    from raremap.engine.tagger.semantic import VectorsUnavailable, build_vectors, load_vectors

    try:
        encoder = load_encoder()
    except ModelUnavailable as exc:
        err_console.print(f"[yellow]{escape(str(exc))}[/]", highlight=False)
        return
    if not force:
        try:
            load_vectors(kb, encoder)
            return
        except VectorsUnavailable as exc:
            if exc.reason == "stale":
                err_console.print(f"[yellow]The term vectors are out of date ({', '.join(exc.changed)} changed); "
                                  "embedding the terms again.[/]", highlight=False)
            elif exc.reason == "damaged":
                err_console.print("[yellow]The term vectors are damaged; embedding the terms again.[/]", highlight=False)
    started = time.perf_counter()
    with build_progress() as progress:
        path, _ = build_vectors(
            kb, encoder, progress=lambda done, total: progress.update_step("Embedding terms for the tagger", done / total)
        )
    console.print(f"Embedded the terms for the tagger in {time.perf_counter() - started:.1f} s → {path}")


def disease(
    disease_id: str = typer.Argument(..., help="A disease id such as ORPHA:2905 or OMIM:147791."),
    as_json: bool = JsonOption,
) -> None:
    """Show a disease page: names, symptoms by frequency, inheritance, onset, genes, sources."""
    from raremap.answers.page_facts import page_facts
    from raremap.cli.render_knowledge import render_disease
    from raremap.cli.render_published import render_published
    from raremap.engine.published.feature_counts import published_counts
    from raremap.knowledge.errors import UnknownIdError
    from raremap.knowledge.pages import disease_page

    kb = get_kb()
    page = disease_page(kb, disease_id)
    # The facts box of the disease page: curated, Orphanet and HPO rows, each with its source.
    try:
        facts = page_facts(kb, page["id"])
    except UnknownIdError:  # a hand-made release without the HPO terms the answers rules name
        facts = {"inheritance_box": [{"text": i["name"], "source": "HPO", "hpo_id": i["hpo_id"]} for i in page["inheritance"]],
                 "onset_box": [{"text": o["name"], "source": "HPO", "hpo_id": o["hpo_id"]} for o in page["onset"]],
                 "sources": ["HPO"] if page["inheritance"] or page["onset"] else []}
    page["facts"] = {"inheritance": facts["inheritance_box"], "onset": facts["onset_box"],
                     "sources": facts["sources"]}
    # "In N published patients": None for a disease without any.
    page["published_patients"] = published_counts(kb, page["id"])
    if as_json:
        print_json(page)
    else:
        render_disease(page)
        render_published(page["published_patients"], page["name"])


def term(
    hpo_id: str = typer.Argument(..., help="An HPO term id such as HP:0003401 (alt ids are accepted)."),
    as_json: bool = JsonOption,
    diseases: int = typer.Option(10, "--diseases", min=0, help="How many diseases with this feature to list."),
) -> None:
    """Show an HPO term: definition, lay names, synonyms, broader and narrower terms, diseases."""
    from raremap.cli.render_knowledge import render_term
    from raremap.knowledge.pages import term_diseases, term_page

    kb = get_kb()
    page = term_page(kb, hpo_id)
    page["diseases"] = term_diseases(kb, page["id"])
    if as_json:
        print_json(page)
    else:
        render_term(page, limit=diseases)


def search(
    query: str = typer.Argument(..., help="Words, a name or an id: 'poems', 'pins and needles', 'HP:0003401'."),
    kind: str = typer.Option(None, "--kind", help="Only 'disease' or only 'term' hits."),
    limit: int = typer.Option(10, "--limit", "-n", min=1, max=200, help="How many hits to show."),
    as_json: bool = JsonOption,
) -> None:
    """Search diseases and HPO terms by name, synonym or id (typos and word order are fine)."""
    from raremap.cli.render_knowledge import render_hits

    if kind not in (None, "disease", "term"):
        raise typer.BadParameter("use 'disease' or 'term'", param_hint="--kind")
    hits = get_kb().search(query, kind=kind, limit=limit)
    if as_json:
        print_json({"query": query, "hits": [h.to_dict() for h in hits]})
    elif not hits:
        err_console.print(f"Nothing matches {escape(repr(query))}. Try fewer or other words.")
        raise typer.Exit(1)
    else:
        render_hits(query, hits)


def register(app: typer.Typer) -> None:
    app.command("init")(init)
    app.command("disease")(disease)
    app.command("term")(term)
    app.command("search")(search)
