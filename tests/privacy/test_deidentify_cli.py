"""``raremap deidentify --batch``: the JSON Lines protocol, bad lines answered, not fatal."""

from __future__ import annotations

import io
import json

import pytest

from raremap.privacy import build_detector
from raremap.privacy.batch import run_batch


@pytest.fixture(scope="module")
def detector(kb):
    return build_detector(kb)


def _run(detector, lines: list[bytes]) -> list[dict]:
    out = io.StringIO()
    run_batch(detector, io.BytesIO(b"\n".join(lines) + b"\n"), out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_each_line_gets_findings_with_offsets_and_the_redacted_text(detector):
    text = "Dr Weber at Charité said my Fabry disease is mild; call +49 151 2345678."
    [row] = _run(detector, [json.dumps({"id": "a1", "text": text}).encode()])
    assert row["id"] == "a1" and set(row) == {"id", "findings", "redacted"}
    pieces = {(f["kind"], text[f["start"]:f["end"]]) for f in row["findings"]}
    assert {("name", "Weber"), ("hospital", "Charité"), ("phone", "+49 151 2345678")} <= pieces
    assert row["redacted"] == "Dr [name] at [hospital] said my Fabry disease is mild; call [phone]."


def test_bad_lines_get_an_error_and_the_batch_goes_on(detector):
    rows = _run(detector, [b"not json", b"[1, 2]", b'{"id": 7}', b"\xff\xfe", b"",
                           b"[" * 5000, json.dumps({"id": 8, "text": "x" * 30_000}).encode(),
                           json.dumps({"id": 9, "text": "fine"}).encode()])
    assert [r["id"] for r in rows] == [None, None, 7, None, None, 8, 9]
    assert all("error" in r for r in rows[:-1]) and rows[-1] == {"id": 9, "findings": [], "redacted": "fine"}


def test_the_command_reads_stdin(kb, monkeypatch, capsys):
    from typer.testing import CliRunner

    from raremap.cli.app import app

    result = CliRunner().invoke(app, ["deidentify", "--batch", "--no-ner"],
                                input='{"id": 1, "text": "Mail jo@example.org"}\n')
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0]) == {
        "id": 1, "findings": [{"start": 5, "end": 19, "kind": "email"}], "redacted": "Mail [email]"}


def test_a_dash_reads_the_text_from_stdin(kb):
    from typer.testing import CliRunner

    from raremap.cli.app import app
    from raremap.privacy import MAX_CHARS

    runner = CliRunner()
    res = runner.invoke(app, ["deidentify", "--json", "--no-ner", "-"], input="Write to ana@example.org\nthanks\n")
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["redacted"] == "Write to [email]\nthanks\n"
    res = runner.invoke(app, ["deidentify", "--no-ner", "-"], input=b"caf\xe9 \xff")
    assert res.exit_code == 1 and "UTF-8" in res.output and "Traceback" not in res.output
    res = runner.invoke(app, ["deidentify", "--no-ner", "-"], input="y" * (MAX_CHARS + 5))
    assert res.exit_code == 1 and "Traceback" not in res.output


def test_a_text_piped_in_without_an_argument_is_checked_and_an_empty_pipe_is_refused(kb):
    from typer.testing import CliRunner

    from raremap.cli.app import app

    runner = CliRunner()
    res = runner.invoke(app, ["deidentify", "--json", "--no-ner"], input="Write to ana@example.org\n")
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["redacted"] == "Write to [email]\n"
    res = runner.invoke(app, ["deidentify", "--no-ner"], input="")
    assert res.exit_code == 2 and "pipe it in" in res.output and "Traceback" not in res.output
