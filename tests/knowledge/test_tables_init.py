"""A missing or damaged Orphanet/MONDO table stops ``raremap init`` with one sentence
naming the file, and the artifact in use stays in use."""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys

import pytest

from raremap.knowledge.compile import BuildError
from raremap.knowledge.orphanet_tables import DATA_DIR, TABLES, read_table


def _run(env, *args):
    return subprocess.run([sys.executable, "-m", "raremap.cli.app", *args], capture_output=True, text=True,
                          timeout=300, env=env)  # fmt: skip


def test_a_missing_or_damaged_table_stops_init_and_keeps_the_artifact(tmp_path, mini_release):
    tables = tmp_path / "tables"
    shutil.copytree(DATA_DIR, tables)
    data = tmp_path / "data"
    env = {**os.environ, "RAREMAP_DATA_DIR": str(data), "RAREMAP_TABLES_DIR": str(tables)}
    assert _run(env, "init", "--hpo-dir", str(mini_release)).returncode == 0
    before = (data / "current.json").read_text()

    (tables / "orphanet_genes.tsv.gz").unlink()
    missing = _run(env, "init", "--force", "--hpo-dir", str(mini_release))
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert "orphanet_genes.tsv.gz" in missing.stderr and "missing" in missing.stderr

    shutil.copy(DATA_DIR / "orphanet_genes.tsv.gz", tables)
    (tables / "mondo_twins.tsv.gz").write_bytes(b"not gzip at all")
    damaged = _run(env, "init", "--force", "--hpo-dir", str(mini_release))
    assert damaged.returncode == 1 and "Traceback" not in damaged.stderr
    assert "mondo_twins.tsv.gz" in damaged.stderr and "damaged" in damaged.stderr
    assert (data / "current.json").read_text() == before


@pytest.mark.parametrize("content", ["wrong\theader\n", "orpha\tsynonym\nORPHA:1\n"])
def test_a_table_with_a_wrong_header_or_row_is_damaged(tmp_path, content):
    with gzip.open(tmp_path / "orphanet_synonyms.tsv.gz", "wt") as handle:
        handle.write(content)
    with pytest.raises(BuildError, match="orphanet_synonyms.tsv.gz is damaged"):
        read_table("orphanet_synonyms.tsv.gz", tmp_path)


def test_the_shipped_tables_read_whole():
    for name, columns in TABLES.items():
        rows = read_table(name)
        assert rows and set(rows[0]) == set(columns)
    twins = read_table("mondo_twins.tsv.gz")
    assert {"orpha": "ORPHA:558", "omim": "OMIM:154700", "mondo": "MONDO:0007947"} in twins
    assert len({r["orpha"] for r in twins}) == len({r["omim"] for r in twins}) == len(twins)


def test_init_without_the_tables_still_names_the_folder_it_used(tmp_path):
    # The data directory's pointer is untouched by a failed init even when no artifact exists.
    env = {**os.environ, "RAREMAP_DATA_DIR": str(tmp_path / "d"), "RAREMAP_TABLES_DIR": str(tmp_path / "none")}
    out = _run(env, "init")
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert str(tmp_path / "none") in out.stderr
    assert not (tmp_path / "d" / "current.json").exists()


def test_changed_tables_make_the_artifact_stale(tmp_path, mini_release, monkeypatch):
    from raremap.knowledge import ArtifactError, build_knowledge, open_knowledge
    from raremap.sections import SECTIONS

    tables = tmp_path / "tables"
    shutil.copytree(DATA_DIR, tables)
    monkeypatch.setenv("RAREMAP_TABLES_DIR", str(tables))
    build_knowledge(mini_release, tmp_path / "data", sections=SECTIONS)
    assert open_knowledge(tmp_path / "data", sections=SECTIONS).sections["orphanet"]["version"]
    with gzip.open(tables / "orphanet_synonyms.tsv.gz", "wt", encoding="utf-8") as handle:
        handle.write("orpha\tsynonym\nORPHA:1\tA new name\n")
    with pytest.raises(ArtifactError, match="orphanet") as stale:
        open_knowledge(tmp_path / "data", sections=SECTIONS)
    assert stale.value.reason == "stale"
