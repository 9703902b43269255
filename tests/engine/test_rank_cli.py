"""The ``raremap rank`` command: the batch protocol through the installed command in a real
subprocess; table, JSON and phenopackets through its entry point in the test process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.cli import raremap

RAREMAP = str(Path(sys.executable).parent / "raremap")


def batch(*args: str, stdin: str) -> subprocess.CompletedProcess:
    return subprocess.run([RAREMAP, "rank", *args], input=stdin, capture_output=True, text=True, timeout=120)


def run(*args: str) -> subprocess.CompletedProcess:
    return raremap("rank", *args)


def test_the_batch_protocol_answers_every_line_in_order(kb):
    lines = [
        {"id": "poems", "present": ["HP:0001271", "HP:0001744", "HP:0000846", "HP:0002730"],
         "excluded": ["HP:0001250"]},
        {"id": "unknown-only", "present": ["HP:9999999"]},
        '{"id": "broken", "present": [',
        {"id": "mixed", "present": ["HP:0001271", "HP:7777777", "HP:0002082"], "excluded": []},
        {"id": "wrong-type", "present": "HP:0001271"},
        ["not", "an", "object"],
    ]
    stdin = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n\n"
    proc = batch("--batch", "--top", "5", stdin=stdin)
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == ["poems", "unknown-only", "broken", "mixed", "wrong-type", None]
    poems = out[0]["ranking"]
    assert len(poems) == 5 and poems[0]["disease"] == "ORPHA:2905"
    assert set(poems[0]) == {"disease", "name", "score", "ids"} and isinstance(poems[0]["score"], float)
    assert poems == sorted(poems, key=lambda r: -r["score"])
    assert "no usable" in out[1]["error"]
    assert "not valid JSON" in out[2]["error"]
    assert len(out[3]["ranking"]) == 5
    assert "list of HPO id strings" in out[4]["error"]
    assert "JSON object" in out[5]["error"]
    assert "HP:7777777: unknown HPO id, skipped" in proc.stderr
    assert "HP:0002082: alternative id, used HP:0003401 instead" in proc.stderr


def test_the_table_lists_the_best_diseases_and_explains_them(kb):
    proc = run("HP:0001271", "HP:0001744", "HP:0000846", "--exclude", "HP:0001250", "-n", "3", "--explain", "1")
    assert proc.returncode == 0, proc.stderr
    assert "POEMS syndrome" in proc.stdout
    assert "not a diagnosis" in proc.stdout
    assert "Polyneuropathy" in proc.stdout


def test_json_output_and_unknown_method(kb):
    proc = run("HP:0001271", "--json", "--method", "phenomizer", "-n", "2")
    data = json.loads(proc.stdout)
    assert data["method"] == "phenomizer" and len(data["ranking"]) == 2
    bad = run("HP:0001271", "--method", "magic")
    assert bad.returncode == 2 and "choose from" in bad.stderr


def test_a_phenopacket_file_is_ranked_and_a_broken_one_is_refused(kb, tmp_path):
    packet = tmp_path / "case.json"
    packet.write_text(json.dumps({
        "id": "c1", "subject": {"sex": "MALE"},
        "phenotypicFeatures": [{"type": {"id": t}} for t in ("HP:0001271", "HP:0001744", "HP:0000846")],
    }))
    proc = run("--phenopacket", str(packet), "--json", "-n", "10")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["query"]["sex"] == "male"
    assert "ORPHA:2905" in [r["disease"] for r in data["ranking"]]
    broken = tmp_path / "broken.json"
    broken.write_text("{nope")
    proc = run("--phenopacket", str(broken))
    assert proc.returncode == 1
    assert "not valid JSON" in proc.stderr and "Traceback" not in proc.stderr


def test_a_phenopacket_without_usable_features_is_refused_in_one_line(kb, tmp_path):
    cases = {
        "empty.json": ({"id": "e", "phenotypicFeatures": []}, "lists no phenotypic features"),
        "unknown.json": ({"id": "u", "phenotypicFeatures": [{"type": {"id": "HP:9999999"}}]},
                         "HP:9999999: unknown HPO id"),
    }
    for name, (packet, reason) in cases.items():
        path = tmp_path / name
        path.write_text(json.dumps(packet))
        proc = run("--phenopacket", str(path))
        assert proc.returncode == 1
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and reason in lines[0] and name in lines[0], proc.stderr


def test_a_phenopacket_with_several_diagnoses_is_ranked_with_a_one_line_note(kb, tmp_path):
    path = tmp_path / "two.json"
    path.write_text(json.dumps({
        "id": "t", "phenotypicFeatures": [{"type": {"id": "HP:0001271"}}],
        "interpretations": [{"diagnosis": {"disease": {"id": d}}} for d in ("OMIM:1", "OMIM:2")],
    }))
    proc = run("--phenopacket", str(path), "--json", "-n", "3")
    assert proc.returncode == 0, proc.stderr
    assert "several diagnoses (OMIM:1, OMIM:2)" in proc.stderr and len(json.loads(proc.stdout)["ranking"]) == 3


def test_the_explanation_names_the_hallmarks_left_out(kb):
    proc = run("HP:0001744", "HP:0000846", "-n", "20", "--explain", "20", "--method", "published")
    assert proc.returncode == 0, proc.stderr
    assert "POEMS syndrome" in proc.stdout and "usually present but not given" in proc.stdout
    assert "(HP:0001271)" in proc.stdout  # Polyneuropathy, given by id only on that line
    off = run("HP:0001744", "HP:0000846", "-n", "5", "--explain", "5", "--method", "phenomizer")
    assert off.returncode == 0 and "usually present but not given" not in off.stdout


def test_the_explanation_names_each_feature_to_check_once(kb):
    # Phakomatosis pigmentovascularis's hallmarks left out are also its most frequent
    # features: they used to be listed again under "worth checking".
    proc = run("HP:0003401", "HP:0000953", "-n", "3", "--explain", "3", "--method", "published")
    assert proc.returncode == 0, proc.stderr
    first = " ".join(proc.stdout.split()).split(" 2. ")[0]
    assert "Phakomatosis pigmentovascularis" in first
    assert "usually present but not given: Nevus flammeus (HP:0001052)" in first
    assert first.count("Nevus flammeus") == 1
    # Without that line (a method that does not weigh hallmarks) the features to check are all listed.
    off = " ".join(run("HP:0003401", "HP:0000953", "-n", "3", "--explain", "1", "--method", "phenomizer").stdout.split())
    assert "usually present" not in off and "? worth checking: " in off
