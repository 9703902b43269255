"""A Rich progress bar for the knowledge build, started only when a build happens."""

from __future__ import annotations

from contextlib import contextmanager

from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from raremap.cli.console import err_console


class _LazyBar:
    def __init__(self, transient: bool) -> None:
        self._transient = transient
        self._progress: Progress | None = None
        self._task = None

    def update_step(self, label: str, fraction: float) -> None:
        if self._progress is None:
            self._progress = Progress(
                TextColumn("[bold]{task.description:<34}"),
                BarColumn(),
                TextColumn("{task.percentage:>3.0f}%"),
                TimeElapsedColumn(),
                console=err_console,
                transient=self._transient,
            )
            self._progress.start()
            self._task = self._progress.add_task(label, total=1.0)
        self._progress.update(self._task, description=label, completed=min(max(fraction, 0.0), 1.0))

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()


@contextmanager
def build_progress(transient: bool = False):
    bar = _LazyBar(transient)
    try:
        yield bar
    finally:
        bar.stop()
