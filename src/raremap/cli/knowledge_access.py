"""How CLI commands get the knowledge base: loaded once, built when missing or stale."""

from __future__ import annotations

from rich.markup import escape

from raremap.cli.console import err_console
from raremap.knowledge import KnowledgeBase, ensure_knowledge
from raremap.sections import SECTIONS


def get_kb() -> KnowledgeBase:
    from raremap.cli.progress import build_progress

    with build_progress(transient=True) as progress:
        return ensure_knowledge(
            progress=progress.update_step,
            on_rebuild=lambda why: err_console.print(f"[yellow]{escape(why)}[/] Rebuilding now…", highlight=False),
            sections=SECTIONS,
        )
