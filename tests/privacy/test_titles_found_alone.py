"""A title found alone ("Mrs", "Dr", "Herr") is no name: titles stay outside names; the name after
the title is still found."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.detector import TITLE_ONLY


@pytest.mark.parametrize("word", ["Mrs", "Dr.", "Herr", "Mme", "Sig.ra", "prof"])
def test_titles(word):
    assert TITLE_ONLY.fullmatch(word)


@pytest.mark.parametrize("word", ["Mrsa", "Drew", "Herrera", "Frauke"])
def test_names_are_no_titles(word):
    assert not TITLE_ONLY.fullmatch(word)


def test_the_name_after_a_title_is_found_without_the_title(detector):
    found = [(f.kind, f.text) for f in detector.find("I write for my aunt, Mrs Philomena Tredwell, who is 81.")]
    assert (Kind.NAME, "Mrs") not in found
    assert any(k is Kind.NAME and "Tredwell" in t for k, t in found)
