"""A first name said to be of an age ("Hope is three", "Angel turned 7.") is the person even
when the word is also a disease's eponym; the disease named in full stays."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, name", [
    ("Angel is four and was diagnosed with Angelman syndrome last spring.", "Angel"),
    ("Angel turned 7, and the seizures are fewer.", "Angel"),
])
def test_first_name_of_an_age(detector, text, name):
    assert (Kind.NAME, name) in [(f.kind, f.text) for f in detector.find(text)]


def test_the_disease_in_full_stays(detector):
    text = "Angel is four and was diagnosed with Angelman syndrome last spring."
    start = text.index("Angelman")
    assert not [f for f in detector.find(text) if f.start < start + 17 and start < f.end]
