"""A known town written small after "in" (or the Dutch and German "from"), or before the Hindi
"mein … hai" / "se … hoon", and a town with a Turkish ending of "we are in"."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, town", [
    ("any cystinosis families in ballarat? dm me", "ballarat"),
    ("wie heeft er ervaring? wij komen uit eindhoven", "eindhoven"),
    ("Fabry ke liye koi Nagpur mein hai?", "Nagpur"),
    ("main jaipur se hoon, dawai mil nahi rahi", "jaipur"),
    ("oğlum 6 yaşında, Samsun'dayız", "Samsun"),
])
def test_towns_written_small(rules_only, text, town):
    assert (Kind.ADDRESS, town) in [(f.kind, f.text) for f in rules_only.find(text)]


@pytest.mark.parametrize("text", [
    "still in remission after two years",
    "she is in pain most nights",
    "archie in westmead again, lactate high",   # a stay in its hospital, not where he lives
])
def test_words_after_in_that_are_no_town_stay(rules_only, text):
    assert Kind.ADDRESS not in [f.kind for f in rules_only.find(text)]
