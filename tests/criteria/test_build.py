"""`raremap init` checks the criteria set files and records their hash."""

from __future__ import annotations

import pytest

from raremap.engine.criteria import CriteriaError, all_sets
from raremap.engine.criteria.files import criteria_version


def test_the_answers_build_step_version_includes_the_criteria_files():
    from raremap.answers.build import ANSWERS

    assert ANSWERS.version.endswith("-" + criteria_version())


def test_a_broken_criteria_file_fails_the_build_step(tmp_path, monkeypatch):
    from raremap.answers import build
    from raremap.engine.criteria import catalogue

    (tmp_path / "broken.yaml").write_text("id: broken\ntitle: x\ngroups: []\n", encoding="utf-8")
    monkeypatch.setattr(catalogue, "set_files", lambda: sorted(tmp_path.glob("*.yaml")))
    try:
        with pytest.raises(CriteriaError, match="needs groups"):
            build.build_section(None, lambda label, fraction: None)
    finally:
        all_sets.cache_clear()
