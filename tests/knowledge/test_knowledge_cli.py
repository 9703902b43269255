"""The knowledge commands, run as a user would run them: through the command's entry point
(tests/cli.py), and ``raremap init`` into another data directory as a real subprocess."""

import json
import subprocess
import sys

import pytest

from tests.cli import raremap


@pytest.fixture(scope="module", autouse=True)
def _built(kb):
    """The commands load the same artifact the kb fixture made sure exists."""


def test_disease_page_in_the_terminal():
    out = raremap("disease", "ORPHA:2905")
    assert out.returncode == 0, out.stderr
    assert "POEMS syndrome" in out.stdout
    assert "Always present (100% of people)" in out.stdout
    assert "(obligate)" not in out.stdout  # the heading already names the band
    assert "HP:0001271" in out.stdout and "Peripheral nerve disease" in out.stdout


def test_disease_json_is_the_page_object():
    out = raremap("disease", "ORPHA:2905", "--json")
    page = json.loads(out.stdout)
    assert page["id"] == "ORPHA:2905"
    first = page["bands"][0]
    assert first["band"] == "obligate" and first["features"][0]["hpo_id"] == "HP:0001271"
    very = next(b for b in page["bands"] if b["band"] == "very-frequent")
    assert {"Hypogonadism", "Visceromegaly"} <= {f["name"] for f in very["features"]}


def test_term_and_search_commands():
    term = json.loads(raremap("term", "HP:0002082", "--json").stdout)
    assert term["id"] == "HP:0003401" and "Tingling" in term["lay_names"]
    hits = json.loads(raremap("search", "pins and needles", "--json").stdout)["hits"]
    assert hits[0]["id"] == "HP:0003401"
    table = raremap("search", "parasthesia")
    assert table.returncode == 0 and "Paresthesia" in table.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["disease", "ORPHA:29055"], "did you mean ORPHA:2905 (POEMS syndrome)"),
        (["disease", "poems"], "did you mean ORPHA:2905"),
        (["term", "HP:99999999"], "not a known HPO term"),
        (["search", "x", "--kind", "gene"], "--kind"),
        (["disease"], "Missing argument"),
        (["nonsense"], "No such command"),
    ],
)
def test_bad_input_is_one_line_and_non_zero(args, words):
    out = raremap(*args)
    assert out.returncode != 0
    assert words in out.stderr
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1, out.stderr


def test_a_search_with_no_hits_exits_non_zero():
    # Regression: typer.Exit(1) raised inside a command used to end the process with 0.
    out = raremap("search", "zzzzqqqxx")
    assert out.returncode == 1
    assert "Nothing matches" in out.stderr


def test_init_builds_from_another_release_folder(tmp_path, mini_release):
    import os

    env = {**os.environ, "RAREMAP_DATA_DIR": str(tmp_path)}
    run = lambda *args: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "raremap.cli.app", *args], capture_output=True, text=True, timeout=300, env=env
    )
    built = run("init", "--hpo-dir", str(mini_release))
    assert built.returncode == 0, built.stderr
    assert "HPO 2030-01-01" in built.stdout and (tmp_path / "hpo-2030-01-01.kb").is_file()
    page = json.loads(run("disease", "ORPHA:1", "--json").stdout)
    assert page["name"] == "Test neuropathy syndrome" and page["hpo_release"] == "2030-01-01"
    broken = tmp_path / "broken"
    broken.mkdir()
    failed = run("init", "--hpo-dir", str(broken))
    assert failed.returncode == 1
    assert "lacks hp.obo" in failed.stderr and "Traceback" not in failed.stderr
    # The earlier artifact is still the one in use.
    assert json.loads(run("disease", "ORPHA:1", "--json").stdout)["hpo_release"] == "2030-01-01"


def test_disease_shows_the_merged_entry_and_every_sources_facts(kb):
    out = raremap("disease", "ORPHA:2905")
    assert out.returncode == 0, out.stderr
    text = " ".join(out.stdout.replace("│", " ").split())
    assert "Inheritance: not recorded" not in text
    assert "(RareMap notes on POEMS syndrome)" in text and "(Orphanet)" in text
    for path in kb.classification.paths("ORPHA:2905")[:1]:
        assert "Orphanet group: " + " › ".join(g.name for g in path) in text
    twin = " ".join(raremap("disease", "OMIM:154700").stdout.replace("│", " ").split())
    assert "Marfan syndrome" in twin and "Ids: " + ", ".join(kb.disease("ORPHA:558").ids) in twin
    assert "Autosomal dominant (Orphanet); Autosomal dominant inheritance (HPO)" in twin
    roles = " ".join(raremap("disease", "ORPHA:399").stdout.replace("│", " ").split())
    assert "SLC2A3: modifies how the disease shows (Orphanet" in roles
    assert "SLC2A3: causes" not in roles


def test_disease_json_carries_ids_orphanet_facts_and_the_facts_box(kb):
    page = json.loads(raremap("disease", "OMIM:154700", "--json").stdout)
    assert page["id"] == "ORPHA:558" and page["ids"] == list(kb.disease("ORPHA:558").ids)
    assert page["orphanet"]["inheritance"][0]["label"] == kb.disease("ORPHA:558").orphanet.inheritance[0].label
    assert {r["source"] for r in page["facts"]["inheritance"]} == {"Orphanet", "HPO"}
    assert page["groups"] and page["learn_more"] and page["gene_roles"]
    poems = json.loads(raremap("disease", "ORPHA:2905", "--json").stdout)
    assert poems["facts"]["inheritance"][0]["source"] == "RareMap notes on POEMS syndrome"


def test_disease_shows_what_its_published_patients_show(kb):
    from raremap.engine.published.feature_counts import published_counts

    pp = published_counts(kb, "ORPHA:2332")
    out = " ".join(raremap("disease", "OMIM:148050").stdout.replace("│", " ").split())
    assert f"In {pp['patients']} published patients with KBG syndrome" in out
    assert "not a representative sample" in out and "BSD-3-Clause" in out
    assert "Reported in these patients but NOT in the HPO annotations" in out
    top = pp["features"][0]
    assert f"{top['observed']} of {pp['patients']}" in out and top["hpo_id"] in out
    assert pp["publications"][0]["url"] in out
    assert json.loads(raremap("disease", "OMIM:148050", "--json").stdout)["published_patients"]["patients"] == pp["patients"]
    poems = raremap("disease", "ORPHA:2905")
    assert "published patient" not in poems.stdout
    assert json.loads(raremap("disease", "ORPHA:2905", "--json").stdout)["published_patients"] is None
