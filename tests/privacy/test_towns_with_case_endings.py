"""Towns after "from" or "in" of Slavic, Baltic, Albanian, Icelandic, Indonesian and other
languages, perhaps with a case ending ("iz Zagreba", "no Liepājas"), and the Estonian "from"
ending ("Pärnust"); acronyms and English "no" stay."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.towns import find_towns


@pytest.mark.parametrize("text, town", [
    ("Ja sam Ana iz Zagreba, kćer ima epilepsiju.", "Zagreba"),
    ("Esmu no Liepājas, dēlam ir astma.", "Liepājas"),
    ("Olen Mari Pärnust ja mu poeg on haige.", "Pärnust"),
    ("Selamat sore, saya dari Bandung.", "Bandung"),
])
def test_towns_with_case_endings_after_from_words(text, town):
    assert (Kind.ADDRESS, town) in [(f.kind, f.text) for f in find_towns(text)]


@pytest.mark.parametrize("text", [
    "Reminder: no DOBs and no NHS numbers in posts.",
    "No Fabry here, no Pompe either.",
])
def test_acronyms_and_english_no_are_no_town(text):
    assert list(find_towns(text)) == []
