"""The detector as it was before the publication work (commit d909de7), loaded from git
history so both run in the same process: the baseline of bench/deid_trust.py.

The package files at that commit are copied to a temporary folder under another package
name (their absolute ``raremap.privacy`` imports rewritten), so nothing is duplicated in
the tree and the current package is untouched.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
import tempfile
from pathlib import Path

COMMIT = "d909de7"
FILES = ("__init__", "allow_list", "detector", "finding", "kinds", "names", "ner", "patterns",
         "places", "redact")
PACKAGE = "raremap_privacy_baseline"


def load(repo: Path):
    """The baseline package (module object), or None when git history is not available."""
    folder = Path(tempfile.mkdtemp(prefix="deid-baseline-")) / PACKAGE
    folder.mkdir()
    for name in FILES:
        try:
            source = subprocess.run(
                ["git", "-C", str(repo), "show", f"{COMMIT}:src/raremap/privacy/{name}.py"],
                check=True, capture_output=True, text=True).stdout
        except (subprocess.CalledProcessError, FileNotFoundError):
            return None
        (folder / f"{name}.py").write_text(source.replace("raremap.privacy", PACKAGE))
    sys.path.insert(0, str(folder.parent))
    return importlib.import_module(PACKAGE)
