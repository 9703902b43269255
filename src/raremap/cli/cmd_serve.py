"""``raremap serve`` (gunicorn + whitenoise) and ``raremap manage`` (Django's manage.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.markup import escape

from raremap.cli.console import console, err_console

SETTINGS = "raremap.web.settings"


def _django_env() -> None:
    from raremap.web.secret_key import ensure_configured_key

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS)
    ensure_configured_key()  # first use: the data directory's key, unless one is configured


@contextmanager
def _settings_told_in_one_line() -> Iterator[None]:
    """A setting that cannot be used (a DATABASE_URL of another engine, a data directory
    where the secret key cannot be written) is told in its one sentence, not a traceback."""
    from django.core.exceptions import ImproperlyConfigured

    try:
        yield
    except ImproperlyConfigured as exc:
        err_console.print(f"[bold red]Error:[/] {escape(str(exc))}", highlight=False)
        raise SystemExit(1) from None


def _refuse_on_failed_checks() -> None:
    """Django's system checks (raremap.E001–E003 among them) before any worker starts."""
    import django
    from django.core import checks

    django.setup()
    errors = [m for m in checks.run_checks() if m.is_serious()]
    for message in errors:
        err_console.print(f"{message.id}: {message.msg} {message.hint or ''}".strip(), markup=False)
    if errors:
        raise typer.Exit(1)


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0 for every interface)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    workers: int = typer.Option(
        None, "--workers", min=1, max=64,
        help="Worker processes (default $RAREMAP_WEB_WORKERS or 2); they share the knowledge base loaded before they start.",
    ),
    threads: int = typer.Option(
        None, "--threads", min=1, max=64,
        help="Threads per worker (default $RAREMAP_WEB_THREADS or 4; 1 uses plain sync workers).",
    ),
) -> None:
    """Serve the website with gunicorn (static files by whitenoise). Run 'raremap init' first."""
    from raremap.knowledge import load_knowledge
    from raremap.sections import SECTIONS
    from raremap.web.env import envint

    count = workers or envint("RAREMAP_WEB_WORKERS", 2)
    os.environ["RAREMAP_WEB_WORKERS"] = str(count)  # the settings (and check raremap.E003) see it
    with _settings_told_in_one_line():
        _django_env()
        # Fail before starting any worker: a web process never builds the knowledge base.
        # (An ArtifactError becomes one line on stderr and exit status 1, see cli.app.main.)
        # Loaded through the process cache, so gunicorn's preload below reuses it.
        kb = load_knowledge(sections=SECTIONS)
        _refuse_on_failed_checks()
    from raremap.web.server import run_gunicorn

    per_worker = threads or envint("RAREMAP_WEB_THREADS", 4)
    shown = f"[{host}]" if ":" in host else host
    console.print(f"RareMap (HPO {kb.release}) on http://{shown}:{port}/ with {count} workers"
                  f"{f' of {per_worker} threads' if per_worker > 1 else ''}; Ctrl+C stops it.")
    from django.conf import settings

    if settings.EMAIL_BACKEND.endswith(".filebased.EmailBackend"):
        console.print(f"E-mail (sign-up and reset links) is written as files to {settings.EMAIL_FILE_PATH}; "
                      "set RAREMAP_EMAIL_BACKEND=smtp to send it.")
    from raremap.engine.tagger.semantic import vectors_problem

    problem = vectors_problem(kb)
    if problem is not None:
        err_console.print(f"[yellow]{problem} Until then, described symptoms are matched by their words only.[/]",
                          highlight=False)
    if host not in ("127.0.0.1", "localhost", "::1") and not os.environ.get("RAREMAP_ALLOWED_HOSTS"):
        console.print("Note: only requests for 127.0.0.1/localhost are accepted until RAREMAP_ALLOWED_HOSTS "
                      "names the host this site is reached by.")
    del kb
    run_gunicorn(host, port, count, per_worker)


def manage(ctx: typer.Context) -> None:
    """Run a Django management command, e.g. 'raremap manage migrate' or 'raremap manage createsuperuser'."""
    from django.core.management import execute_from_command_line

    with _settings_told_in_one_line():
        _django_env()
        execute_from_command_line(["raremap manage", *ctx.args])


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command(
        "manage",
        context_settings={"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []},
    )(manage)
