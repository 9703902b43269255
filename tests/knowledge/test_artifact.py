"""A missing, damaged, half-written or stale artifact is detected, never used."""

import json
import shutil

import pytest

from raremap.knowledge import ArtifactError, build_knowledge, ensure_knowledge, open_knowledge
from raremap.knowledge.artifact import FORMAT_VERSION, MAGIC
from raremap.sections import SECTIONS


@pytest.fixture
def built(tmp_path, mini_release):
    release = tmp_path / "release"
    shutil.copytree(mini_release, release)
    data = tmp_path / "data"
    kb = build_knowledge(release, data, sections=SECTIONS)
    return release, data, kb.path


def test_it_is_named_by_the_release_and_loads(built):
    _, data, path = built
    assert path.name == "hpo-2030-01-01.kb"
    assert open_knowledge(data, sections=SECTIONS).release == "2030-01-01"
    assert not list(data.glob("*.tmp")), "no temporary files are left behind"


def test_a_missing_artifact_is_reported(tmp_path):
    with pytest.raises(ArtifactError, match="run 'raremap init'") as err:
        open_knowledge(tmp_path, sections=SECTIONS)
    assert err.value.reason == "missing"


def test_a_truncated_artifact_is_reported(built):
    _, data, path = built
    path.write_bytes(path.read_bytes()[:-100])
    with pytest.raises(ArtifactError, match="incomplete") as err:
        open_knowledge(data, sections=SECTIONS)
    assert err.value.reason == "corrupt"


def test_a_damaged_artifact_is_reported(built):
    _, data, path = built
    raw = bytearray(path.read_bytes())
    raw[-50] ^= 0xFF
    path.write_bytes(bytes(raw))
    with pytest.raises(ArtifactError, match="checksum") as err:
        open_knowledge(data, sections=SECTIONS)
    assert err.value.reason == "corrupt"


def test_a_file_that_is_not_an_artifact_is_reported(built):
    _, data, path = built
    path.write_bytes(b"hello")
    with pytest.raises(ArtifactError, match="not a RareMap knowledge base"):
        open_knowledge(data, sections=SECTIONS)


def test_an_artifact_of_another_format_is_stale(built):
    _, data, path = built
    raw = path.read_bytes()
    head_end = raw.index(b"\n", len(MAGIC))
    header = json.loads(raw[len(MAGIC):head_end])
    header["format"] = FORMAT_VERSION + 1
    path.write_bytes(MAGIC + json.dumps(header).encode() + raw[head_end:])
    with pytest.raises(ArtifactError, match="another version of RareMap") as err:
        open_knowledge(data, sections=SECTIONS)
    assert err.value.reason == "stale"


def test_changed_release_files_make_it_stale(built):
    release, data, _ = built
    with open(release / "phenotype.hpoa", "a", encoding="utf-8") as handle:
        handle.write("OMIM:300300\tNew disease\t\tHP:0001250\tPMID:1\tPCS\t\t\t\t\tP\tHPO:q[2030-01-01]\n")
    with pytest.raises(ArtifactError, match="other release files") as err:
        open_knowledge(data, sections=SECTIONS)
    assert err.value.reason == "stale"


@pytest.fixture
def loaded_kept():
    """A rebuild empties the process-wide cache of loaded knowledge bases; give the ones
    loaded before (the session's) back afterwards, so that the pages and commands of later
    tests do not load the release again and rebuild its tagger and ranking tables."""
    from raremap.knowledge import base

    before = dict(base._cache)
    yield
    base._cache.update(before)


def test_ensure_rebuilds_a_stale_artifact_from_the_same_folder(built, loaded_kept):
    release, data, _ = built
    with open(release / "phenotype.hpoa", "a", encoding="utf-8") as handle:
        handle.write("OMIM:300300\tNew disease\t\tHP:0001250\tPMID:1\tPCS\t\t\t\t\tP\tHPO:q[2030-01-01]\n")
    reasons = []
    kb = ensure_knowledge(data, on_rebuild=reasons.append, sections=SECTIONS)
    assert "OMIM:300300" in kb.diseases
    assert len(reasons) == 1 and "other release files" in reasons[0]


def test_a_failed_build_leaves_the_previous_artifact_in_place(built, tmp_path):
    from raremap.knowledge import BuildError

    release, data, path = built
    before = path.read_bytes()
    broken = tmp_path / "broken"
    shutil.copytree(release, broken)
    with open(broken / "phenotype.hpoa", "a", encoding="utf-8") as handle:
        handle.write("OMIM:1\tbad line\n")
    with pytest.raises(BuildError, match="line"):
        build_knowledge(broken, data, sections=SECTIONS)
    assert path.read_bytes() == before
    assert open_knowledge(data, sections=SECTIONS).release == "2030-01-01"


def test_a_missing_release_folder_is_one_sentence(tmp_path):
    from raremap.knowledge import BuildError

    with pytest.raises(BuildError, match="does not exist"):
        build_knowledge(tmp_path / "nowhere", tmp_path / "data", sections=SECTIONS)
    (tmp_path / "partial").mkdir()
    (tmp_path / "partial" / "hp.obo").write_text("")
    with pytest.raises(BuildError, match="lacks phenotype.hpoa, genes_to_phenotype.txt"):
        build_knowledge(tmp_path / "partial", tmp_path / "data", sections=SECTIONS)


def test_the_problem_can_be_told_without_the_advice(built):
    # `raremap init` tells what it found and rebuilds; it must not advise running itself.
    _, data, path = built
    path.write_bytes(path.read_bytes()[:-10])
    with pytest.raises(ArtifactError) as err:
        open_knowledge(data, sections=SECTIONS)
    assert "raremap init" in str(err.value)
    assert "raremap init" not in err.value.problem and "incomplete" in err.value.problem


def test_a_section_handed_to_the_build_is_stored_and_versioned(tmp_path, mini_release):
    from raremap.knowledge import ArtifactSection

    seen = []

    def build(kb, progress):
        seen.append(len(kb.diseases))
        return {"extra": {"diseases": len(kb.diseases)}}

    extra = ArtifactSection("extra", build, "1", disease_names=lambda: {"ORPHA:1": ["A curated other name"]})
    data = tmp_path / "data"
    kb = build_knowledge(mini_release, data, sections=[extra])
    assert seen and kb.section("extra") == {"diseases": seen[0]}
    loaded = open_knowledge(data, sections=[extra])
    assert loaded.section("extra") == {"diseases": seen[0]}
    assert "A curated other name" in loaded.diseases.other_names("ORPHA:1")
    assert loaded.section("answers") is None, "only the sections handed in are built"
    newer = ArtifactSection("extra", build, "2")
    with pytest.raises(ArtifactError, match="predates changes to extra") as err:
        open_knowledge(data, sections=[newer])
    assert err.value.reason == "stale"
    with pytest.raises(ArtifactError, match="predates changes to answers, published_calibration, published_patients, related"):
        open_knowledge(data, sections=SECTIONS)
