"""``raremap tag``, and the batch protocol through a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from raremap.engine.tagger import MAX_TEXT_CHARS

CLI = [sys.executable, "-m", "raremap.cli.app", "tag"]


def run(args, stdin: bytes = b""):
    proc = subprocess.run(CLI + args, input=stdin, capture_output=True, timeout=120)
    proc.stdout, proc.stderr = proc.stdout.decode(), proc.stderr.decode()
    return proc


@pytest.mark.slow
def test_batch_answers_every_line_in_order_and_survives_bad_lines(kb):
    lines = [
        json.dumps({"id": "a", "text": "no fever but pins and needles"}),
        "this is not json",
        json.dumps([1, 2]),
        json.dumps({"id": 7}),
        json.dumps({"id": 8, "text": 42}),
        "",
        json.dumps({"id": "big", "text": "x" * (MAX_TEXT_CHARS + 1)}),
        json.dumps({"id": {"nested": 1}, "text": "cough"}),
        json.dumps({"id": 9, "text": ""}),
        json.dumps({"id": 10, "text": "tummy ache"}),
    ]
    stdin = ("\n".join(lines) + "\n").encode() + b'{"id": 11, "text": "caf\xe9 \xff"}\n' + b'{"id": 12, "text": "fever"}'
    proc = run(["--batch"], stdin)
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", None, None, 7, 8, "big", None, 9, 10, None, 12]
    first = out[0]["terms"]
    assert {(t["hpo"], t["negated"]) for t in first} == {("HP:0001945", True), ("HP:0003401", False)}
    assert set(first[0]) == {"hpo", "label", "start", "end", "score", "negated"}
    assert "not valid JSON" in out[1]["error"]
    assert "object" in out[2]["error"]
    assert "text" in out[3]["error"] and "text" in out[4]["error"]
    assert "limit" in out[5]["error"]
    assert "id" in out[6]["error"]
    assert out[7]["terms"] == []
    assert out[8]["terms"][0]["hpo"] == "HP:0002027"
    assert "UTF-8" in out[9]["error"]
    assert out[10]["terms"][0]["hpo"] == "HP:0001945"  # a last line without a newline counts
    assert "Tagged 11 texts; 7 with errors" in proc.stderr


def test_the_command_prints_a_table_and_json(kb):
    from typer.testing import CliRunner

    from raremap.cli.app import app

    runner = CliRunner()
    res = runner.invoke(app, ["tag", "my belly keeps swelling up and I have no fever"], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert "Abdominal distention" in res.output and "absent" in res.output
    res = runner.invoke(app, ["tag", "--json", "tummy ache"])
    data = json.loads(res.output)
    assert data["terms"][0]["hpo"] == "HP:0002027"


def test_the_command_refuses_text_and_batch_together_and_oversized_text(kb):
    from typer.testing import CliRunner

    from raremap.cli.app import app

    runner = CliRunner()
    res = runner.invoke(app, ["tag", "fever", "--batch"])
    assert res.exit_code != 0
    res = runner.invoke(app, ["tag", "y" * (MAX_TEXT_CHARS + 5)])
    assert res.exit_code == 1


def test_init_and_tag_with_a_damaged_model_say_so_and_match_words(tmp_path, mini_release):
    import os

    bad = tmp_path / "model.zip"
    bad.write_bytes(b"truncated download")
    env = {**os.environ, "RAREMAP_DATA_DIR": str(tmp_path / "data"), "RAREMAP_EMBEDDING_MODEL": str(bad)}

    def run(*args, stdin=None):
        return subprocess.run([sys.executable, "-m", "raremap.cli.app", *args], capture_output=True,
                              text=True, timeout=300, env=env, input=stdin)

    built = run("init", "--hpo-dir", str(mini_release))
    assert built.returncode == 0, built.stderr
    said = [line for line in built.stderr.splitlines() if "model" in line]
    assert len(said) == 1 and "damaged" in said[0] and "words only" in said[0]
    assert "Traceback" not in built.stderr
    tagged = run("tag", "--batch", stdin='{"id": 1, "text": "tingling in my feet"}\n')
    assert tagged.returncode == 0, tagged.stderr
    assert '"HP:0003401"' in tagged.stdout


def test_a_dash_reads_the_text_from_stdin(kb):
    from typer.testing import CliRunner

    from raremap.cli.app import app

    runner = CliRunner()
    res = runner.invoke(app, ["tag", "--json", "-"], input="tummy ache\nand no fever\n")
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["text"].startswith("tummy ache")
    assert {(t["hpo"], t["negated"]) for t in data["terms"]} >= {("HP:0002027", False), ("HP:0001945", True)}
    res = runner.invoke(app, ["tag", "-"], input=b"caf\xe9 \xff")
    assert res.exit_code == 1 and "UTF-8" in res.output
    res = runner.invoke(app, ["tag", "-"], input="y" * (MAX_TEXT_CHARS + 5))
    assert res.exit_code == 1


def test_a_text_piped_in_without_an_argument_is_tagged_and_an_empty_pipe_is_refused(kb):
    from typer.testing import CliRunner

    from raremap.cli.app import app

    runner = CliRunner()
    res = runner.invoke(app, ["tag", "--json"], input="pins and needles in my feet\n")
    assert res.exit_code == 0, res.output
    assert "HP:0003401" in {t["hpo"] for t in json.loads(res.output)["terms"]}
    res = runner.invoke(app, ["tag"], input="  \n")
    assert res.exit_code == 2 and "pipe it in" in res.output and "Traceback" not in res.output
