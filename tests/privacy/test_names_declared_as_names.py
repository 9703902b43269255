"""Words said to be someone's name ("Lark is her first name", "(surname Frost, honestly)",
"Brooks and Hale are my two surnames") are names, and so is the full name carrying them in the
same message; the same word joined to a disease stays."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, names", [
    ("Rowan Frost (surname Frost, honestly) has had Still's disease since nine.", ["Rowan Frost"]),
    ("Major Hale (Major is his first name) has McArdle disease, CK 4,000.", ["Major Hale"]),
    ("Brooks and Hale are my two surnames (Ada Brooks Hale); I had a rash at 30.",
     ["Brooks", "Hale", "Ada Brooks Hale"]),
    ("Wilson is my married name (Petra Wilson, Leeds); my son has Wilson disease.", ["Petra Wilson"]),
])
def test_declared_names_and_their_full_names(detector, text, names):
    found = [(f.kind, f.text) for f in detector.find(text)]
    for name in names:
        assert (Kind.NAME, name) in found


@pytest.mark.parametrize("text, kept", [
    ("Frost is my surname (Ida Frost) and I have Frost's disease, or so I joke.", "Frost's disease"),
    ("Hale is her maiden name; Brooks-Hale syndrome is not hers.", "Brooks-Hale syndrome"),
])
def test_the_word_joined_to_a_disease_stays(rules_only, text, kept):
    start = text.index(kept)
    end = start + len(kept)
    assert not [f for f in rules_only.find(text) if f.start < end and start < f.end]
