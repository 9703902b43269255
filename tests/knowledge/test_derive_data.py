"""scripts/derive_data.py regenerates the shipped tables byte for byte from the raw data
sets (skipped where ../shared/data is not present, as on a user's clone)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from raremap.knowledge.orphanet_tables import DATA_DIR, TABLES

ROOT = Path(__file__).resolve().parents[2]
SHARED = next((p for p in (ROOT.parent / "shared" / "data", ROOT.parents[1] / "shared" / "data")
               if (p / "mondo").is_dir() and (p / "orphanet-ordo-2.6").is_dir()), None)  # fmt: skip


@pytest.mark.slow
@pytest.mark.skipif(SHARED is None, reason="the raw data sets (../shared/data) are not here")
def test_the_script_regenerates_the_shipped_tables(tmp_path):
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "derive_data.py"), "--shared", str(SHARED),
                          "--out", str(tmp_path)], capture_output=True, text=True, timeout=600)  # fmt: skip
    assert out.returncode == 0, out.stderr
    for name in TABLES:
        assert (tmp_path / name).read_bytes() == (DATA_DIR / name).read_bytes(), name
