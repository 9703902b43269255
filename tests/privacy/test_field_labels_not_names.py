"""A one-word guess of the language model that opens the text, a line or a sentence and stands
before a colon is a field's label ("Betreff:", "Diagnóstico:"), not a person; a known first name
speaking in a chat, or a name after a title's full stop ("Prof. Lennox:"), is still a name."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind, build_detector
from tests.privacy.guessing import GuessingModel


@pytest.mark.parametrize("text, label", [
    ("Diagnóstico: atrofia muscular espinal tipo 2, en seguimiento.", "Diagnóstico"),
    ("From: the clinic | Remitente: la consulta | thanks", "Remitente"),
    ("Schon gelesen. Betreff: Termin im Mai wegen Morbus Fabry.", "Betreff"),
])
def test_labels_before_a_colon_are_no_names(kb, text, label):
    detector = build_detector(kb, use_ner=False)
    detector.ner = GuessingModel(label)
    assert (Kind.NAME, label) not in [(f.kind, f.text) for f in detector.find(text)]


@pytest.mark.parametrize("text, name", [
    ("Maren: on my way to the Pompe clinic now.", "Maren"),              # a known first name speaking
    ("To Prof. Quennell: thank you for seeing my son.", "Quennell"),     # after a title
    ("Summary for Aoifinnia: she called about her MRI.", "Aoifinnia"),   # inside a sentence
])
def test_names_before_a_colon_stay_names(kb, text, name):
    detector = build_detector(kb, use_ner=False)
    detector.ner = GuessingModel(name)
    assert (Kind.NAME, name) in [(f.kind, f.text) for f in detector.find(text)]
