"""A person said with their age is a name even when the word is an ordinary one or a town
("Storm (7)", "Paris (9)"), or an eponym after a first name ("Jackson Weiss (3) has Jackson-Weiss
syndrome", "Ewan Miller-Fisher, 38, has Miller Fisher syndrome"); a disease counted in brackets,
a label or a kind before a number stays."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, name, age", [
    ("After the storm Tempest (6) had another attack of hemiplegia.", "Tempest", "6"),
    ("Berlin (11) lives in Berlin, New Hampshire, and has Legius syndrome.", "Berlin", "11"),
    ("Meadow and Linus Achterberg (twins, 4) both have albinism.", "Meadow and Linus Achterberg", "4"),
    ("Owen Marfan-Price, 52, has Marfan syndrome and an aortic root of 48 mm.", "Owen Marfan-Price", "52"),
    ("Wilson Hartnup (5) has Hartnup disease.", "Wilson Hartnup", "5"),
])
def test_a_person_said_with_an_age(detector, text, name, age):
    found = [(f.kind, f.text) for f in detector.find(text)]
    assert (Kind.NAME, name) in found and (Kind.AGE, age) in found, found


@pytest.mark.parametrize("text, keep", [
    ("Patients seen this year: Pompe (3), Fabry (5), Gaucher (2).", ("Pompe", "Fabry", "Gaucher")),
    ("Glycogen storage disease type (3) and Trisomy (21) were discussed.", ("type", "Trisomy")),
    ("Figure (2) shows the Table (4) results from Week (12).", ("Figure", "Table", "Week")),
])
def test_diseases_and_labels_before_a_number_stay(detector, text, keep):
    found = detector.find(text)
    for word in keep:
        start = text.index(word)
        assert not [f for f in found if f.start < start + len(word) and start < f.end], (word, found)
