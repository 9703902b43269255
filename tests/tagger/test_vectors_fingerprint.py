"""The term vectors carry a fingerprint of what was embedded; ``raremap init`` rebuilds them
when it differs, and the server says when they cannot be used.

The rebuild is tested on the hand-made release (a few terms: embedding them takes a
moment, the real release's take minutes); the real release's vectors are checked against
their fingerprint."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from raremap.engine.tagger import semantic
from raremap.engine.tagger.vocabulary import lay_vocabulary
from tests.cli import raremap

PARESTHESIA = "HP:0003401"  # in the hand-made release


def test_the_real_vectors_were_embedded_from_the_current_vocabulary_release_and_model(kb, tagger):
    header = semantic.read_header(semantic.vectors_path(kb))
    _, phrases, slots = semantic.term_phrases(kb)
    assert header == semantic.fingerprint(tagger.semantic.encoder.fingerprint, kb.release, phrases, slots)
    assert semantic.vectors_problem(kb) is None


@pytest.fixture
def mini_data(tmp_path, mini_release):
    """A data directory holding the hand-made release and its term vectors, built by init."""
    env = {"RAREMAP_DATA_DIR": str(tmp_path)}
    built = raremap("init", "--hpo-dir", str(mini_release), env=env)
    assert built.returncode == 0, built.stderr
    assert "Embedded the terms for the tagger" in built.stdout
    return tmp_path, env


def _vectors(data_dir):
    (path,) = data_dir.glob("*.vectors.npz")
    with np.load(path) as z:
        return semantic.read_header(path), z["matrix"].shape[0]


def test_init_keeps_vectors_that_match_and_rebuilds_them_when_the_vocabulary_changes(mini_data, mini_release,
                                                                                   monkeypatch):
    data_dir, env = mini_data
    header, rows = _vectors(data_dir)
    again = raremap("init", "--hpo-dir", str(mini_release), env=env)
    assert again.returncode == 0 and "Embedded" not in again.stdout  # same fingerprint: kept
    assert _vectors(data_dir) == (header, rows)

    # The lay vocabulary gains an expression for a term of the release.
    vocabulary = lay_vocabulary()
    grown = dataclasses.replace(vocabulary, expressions={**vocabulary.expressions,
                                                          PARESTHESIA: (*vocabulary.expressions[PARESTHESIA],
                                                                        "my toes fizz like soda")})
    monkeypatch.setattr(semantic, "lay_vocabulary", lambda: grown)
    from raremap.knowledge import open_knowledge
    from raremap.sections import SECTIONS

    stale = semantic.vectors_problem(open_knowledge(data_dir, sections=SECTIONS))
    assert stale is not None and stale.reason == "stale"
    assert "the term names or the lay vocabulary" in str(stale) and "raremap init" in str(stale)

    rebuilt = raremap("init", "--hpo-dir", str(mini_release), env=env)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "out of date (the term names or the lay vocabulary changed)" in rebuilt.stderr
    assert "Embedded the terms for the tagger" in rebuilt.stdout
    new_header, new_rows = _vectors(data_dir)
    assert new_rows == rows + 1 and new_header["phrases"] != header["phrases"]
    assert {k: v for k, v in new_header.items() if k != "phrases"} == {k: v for k, v in header.items() if k != "phrases"}
    assert semantic.vectors_problem(open_knowledge(data_dir, sections=SECTIONS)) is None


def test_a_stored_fingerprint_from_another_release_is_rebuilt(mini_data, mini_release):
    data_dir, env = mini_data
    (path,) = data_dir.glob("*.vectors.npz")
    with np.load(path) as z:
        arrays = dict(z)
    header = semantic.read_header(path)
    np.savez(path, **{**arrays, "header": np.frombuffer(
        json.dumps({**header, "release": "1999-01-01"}).encode(), dtype=np.uint8)})
    rebuilt = raremap("init", "--hpo-dir", str(mini_release), env=env)
    assert "out of date (the HPO release changed)" in rebuilt.stderr
    assert semantic.read_header(path) == header


def test_missing_or_damaged_vectors_are_named_without_loading_the_model(mini_data):
    from raremap.knowledge import open_knowledge
    from raremap.sections import SECTIONS

    data_dir, _ = mini_data
    kb = open_knowledge(data_dir, sections=SECTIONS)
    path = semantic.vectors_path(kb)
    path.write_bytes(b"not a numpy file")
    assert semantic.vectors_problem(kb).reason == "damaged"
    path.unlink()
    problem = semantic.vectors_problem(kb)
    assert problem.reason == "missing" and "run 'raremap init'" in str(problem)
