"""Shared output helpers: JSON printing and the options every command may take."""

from __future__ import annotations

import json
import sys

import typer

JsonOption = typer.Option(False, "--json", help="Print the result as JSON instead of a table.")


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
