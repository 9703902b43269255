"""Content pack validation: every statement sourced, every key defined."""

from __future__ import annotations

import copy
import re

import pytest
import yaml

from raremap.answers.packs import PACK_DIR, PackError, load_packs, packs_version, validate_pack


@pytest.fixture(scope="module")
def poems_data():
    return yaml.safe_load((PACK_DIR / "poems.yaml").read_text(encoding="utf-8"))


def test_the_shipped_packs_load(poems_data):
    packs = load_packs()
    assert [p["pack"] for p in packs] == ["poems"]
    assert packs[0]["review"] is None  # not medically reviewed: no reviewer may be claimed


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d["answers"]["hereditary"]["tldr"].pop("sources"), "'sources' must list"),
        (lambda d: d["answers"]["hereditary"]["tldr"].update(cross_check=["nowhere"]), "unknown source 'nowhere'"),
        (lambda d: d["answers"]["hereditary"]["tldr"].update(cross_check="dispenzieri-2023"), "'cross_check' must list"),
        (lambda d: d["answers"]["hereditary"]["tldr"].update(sources=["nowhere"]), "unknown source 'nowhere'"),
        (lambda d: d["answers"].update({"is-it-tasty": d["answers"]["hereditary"]}), "not a question we answer"),
        (lambda d: d.update(diseases=["POEMS"]), "not a disease id"),
        (lambda d: d.update(review={"reviewer": "Dr Somebody"}), "'reviewed_on' date"),
        (lambda d: d.update(colour="blue"), "unknown field"),
    ],
)
def test_a_broken_pack_is_refused_with_the_place_named(poems_data, change, message):
    data = copy.deepcopy(poems_data)
    change(data)
    with pytest.raises(PackError, match=message):
        validate_pack(data, "poems.yaml")


def test_a_pack_review_needs_a_named_reviewer_and_a_date(poems_data):
    data = copy.deepcopy(poems_data)
    data["review"] = {"reviewer": "Dr A. Example", "reviewed_on": "2026-12-01"}
    assert validate_pack(data, "x.yaml")["review"] == {"reviewer": "Dr A. Example", "reviewed_on": "2026-12-01"}


def test_two_packs_may_not_claim_one_disease(tmp_path, poems_data):
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(yaml.safe_dump(poems_data), encoding="utf-8")
    with pytest.raises(PackError, match="also covered by pack"):
        load_packs(tmp_path)


def test_the_version_changes_with_the_files(tmp_path, poems_data):
    (tmp_path / "a.yaml").write_text(yaml.safe_dump(poems_data), encoding="utf-8")
    before = packs_version(tmp_path)
    (tmp_path / "a.yaml").write_text(yaml.safe_dump(poems_data) + "\n# edit\n", encoding="utf-8")
    assert packs_version(tmp_path) != before


def test_importing_the_build_module_does_not_parse_yaml():
    import subprocess
    import sys

    code = "import sys, raremap.answers.build; print('yaml' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _shown_texts(value):
    """Every string of a loaded pack: citations, notes, headings and statements."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _shown_texts(v)
    elif isinstance(value, list):
        for v in value:
            yield from _shown_texts(v)


def test_no_pack_shows_readers_an_internal_file_or_seed_name():
    internal = re.compile(r"\bseeds?\b|\bproject (?:seed|file)|\.(?:ya?ml|py|txt|md|json)\b", re.IGNORECASE)
    for pack in load_packs():
        shown = [t for t in _shown_texts(pack) if internal.search(t)]
        assert shown == [], pack["pack"]


def test_the_poems_pack_links_the_gard_page_it_was_written_from():
    gard = load_packs()[0]["sources"]["gard-2015"]
    assert gard["url"] == "https://rarediseases.info.nih.gov/diseases/7411/index"  # GARD:0007411, MONDO's link
    assert "Read in full" in gard["note"]


def test_source_notes_speak_of_notes_not_of_packs_nor_of_places_in_a_list():
    # Readers see "RareMap notes on POEMS syndrome"; "pack" is a word of the project. Each
    # answer lists only the sources it uses, in its own order: "the entries below" would
    # point at other sources.
    for pack in load_packs():
        notes = [s.get("note") or "" for s in pack["sources"].values()]
        assert not [n for n in notes if "pack" in n.lower()], pack["pack"]
        assert not [n for n in notes if re.search(r"\b(below|above)\b", n)], pack["pack"]
