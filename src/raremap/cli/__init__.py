"""The ``raremap`` command line: a thin Typer + Rich shell over the core.

Commands live in ``cmd_*.py`` modules, each with ``register(app)``; :mod:`app` finds them.
"""
