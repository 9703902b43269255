"""Entry point of the ``raremap`` command."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import typer
from rich.markup import escape

from raremap.cli.console import err_console

app = typer.Typer(
    name="raremap",
    help="RareMap: rare-disease pages, answers and a symptom checker built on the Human Phenotype Ontology.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


def _register_commands() -> None:
    import raremap.cli as package

    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.startswith("cmd_"):
            importlib.import_module(f"raremap.cli.{info.name}").register(app)


_register_commands()


def main() -> None:
    """Run the CLI; expected failures become one line on stderr and a non-zero exit."""
    from raremap.cli.errors import EXPECTED_ERRORS, describe, is_usage_error

    try:
        # Without standalone mode, a command's typer.Exit(code) comes back as the return value.
        code = app(standalone_mode=False)
        if code == 130:  # Typer turns Ctrl-C into a silent Exit(130)
            err_console.print("Interrupted.")
        sys.exit(code if isinstance(code, int) else 0)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        err_console.print("Aborted.")
        sys.exit(130)
    except EXPECTED_ERRORS as exc:
        err_console.print(f"[bold red]Error:[/] {escape(describe(exc))}", highlight=False)
        sys.exit(2 if is_usage_error(exc) else 1)
    except KeyboardInterrupt:
        err_console.print("Interrupted.")
        sys.exit(130)


if __name__ == "__main__":
    main()
