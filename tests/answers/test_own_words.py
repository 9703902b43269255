"""The POEMS pack is written in our own words: no run of 7 words taken from the seeds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from raremap.answers.packs import PACK_DIR

SEEDS = Path("/work/shared/seeds")
RUN = 7  # words


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def _pack_text() -> str:
    data = yaml.safe_load((PACK_DIR / "poems.yaml").read_text(encoding="utf-8"))
    out = []
    for body in data["answers"].values():
        out.append(body["tldr"]["text"])
        out.extend(st["text"] for sec in body["sections"] for st in sec["statements"])
    return "\n".join(out)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed documents are only on the build machine")
def test_no_seven_word_run_of_the_seeds_appears_in_the_poems_pack():
    seeds = set()
    for path in SEEDS.glob("*.txt"):
        seeds |= _shingles(path.read_text(encoding="utf-8"))
    shared = _shingles(_pack_text()) & seeds
    assert not shared, sorted(" ".join(s) for s in shared)
