"""`raremap ask` and `raremap criteria`, run as a user would run them (through the command's
entry point, tests/cli.py)."""

import json

import pytest

from tests import cli


def raremap(*args):
    return cli.raremap(*args, env={"COLUMNS": "250"})  # long lines: the tests look for whole phrases


@pytest.fixture(scope="module", autouse=True)
def _built(kb):
    """The commands load the same artifact the kb fixture made sure exists."""


def test_ask_prints_the_answer_its_sources_and_status():
    out = raremap("ask", "ORPHA:2905", "hereditary")
    assert out.returncode == 0, out.stderr
    assert "Is POEMS syndrome hereditary or genetic?" in out.stdout
    assert "not passed from parents" in out.stdout
    assert "Sources" in out.stdout and "Orphanet" in out.stdout
    assert "not medically reviewed" in out.stdout


def test_ask_json_is_the_answer_object():
    data = json.loads(raremap("ask", "OMIM:219700", "hereditary", "--json").stdout)
    assert data["question"] == "hereditary"
    assert data["review"]["kind"] == "automatic" and data["review"]["medically_reviewed"] is False
    assert any(s["id"] == "HP:0000007" for s in data["tldr"]["sources"])


def test_ask_without_a_question_lists_every_answer():
    data = json.loads(raremap("ask", "ORPHA:2905", "--json").stdout)
    assert len(data) == 10


def test_ask_rejects_an_unknown_question_in_one_line():
    out = raremap("ask", "ORPHA:2905", "tasty")
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0
    assert "is not a question we answer" in out.stderr


def test_criteria_reports_item_by_item():
    out = raremap("criteria", "poems", "--finding", "HP:0001271", "-f", "lambda", "-f", "castleman",
                  "-f", "Diabetes mellitus", "--json")  # fmt: skip
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["met"] is False
    minor = next(g for g in data["groups"] if g["id"] == "minor")
    endo = next(i for i in minor["items"] if i["id"] == "endocrinopathy")
    assert endo["not_counted"][0]["id"] == "HP:0000819"


def test_criteria_in_the_terminal_never_states_a_diagnosis():
    out = raremap("criteria", "ORPHA:2905", "-f", "HP:0001271", "-f", "lambda", "-f", "vegf", "-f", "HP:0001085")
    assert out.returncode == 0, out.stderr
    assert "meet the criteria set" in out.stdout
    assert "only a doctor can diagnose" in out.stdout


def test_criteria_rejects_an_unknown_finding_in_one_line():
    out = raremap("criteria", "poems", "-f", "purple elbows")
    assert out.returncode == 2
    assert "is not an HPO term or a named finding" in out.stderr
