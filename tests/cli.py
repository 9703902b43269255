"""``raremap`` run inside the test process through the installed command's own entry point
(:func:`raremap.cli.app.main`): the same argument parsing, one-line errors and exit codes,
without starting Python and loading the knowledge base again for every call. An exception
that would have reached the user as a traceback is raised into the test. What only a real
process shows (start-up, environment, ``raremap init`` into another data directory, the
batch protocols) is still tested through a subprocess.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from unittest import mock


def raremap(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    from raremap.cli.app import main

    out, err = io.StringIO(), io.StringIO()
    code: object = 0
    with (mock.patch.object(sys, "argv", ["raremap", *args]), mock.patch.dict(os.environ, env or {}),
          redirect_stdout(out), redirect_stderr(err)):
        try:
            main()
        except SystemExit as exc:
            code = exc.code
    if code is None:
        code = 0
    elif not isinstance(code, int):
        print(code, file=err)
        code = 1
    return subprocess.CompletedProcess(["raremap", *args], code, out.getvalue(), err.getvalue())
