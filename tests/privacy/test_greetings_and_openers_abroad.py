"""A word the model took for a person or place that is the first word of a greeting spread over
several words ("Jó napot", "Dia dhuit", "Grüß Gott", "Γεια σας"), or a word of another language
opening a sentence (French "Je", Polish "Urodziła", "Leczy", Irish "Tá", Lithuanian "Mano", a
letter's kind "Courrier", "Επιστολή") is no finding; the names after it still are."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.finding import Finding
from raremap.privacy.names_said import without_foreign_words


@pytest.mark.parametrize("text, word", [
    ("Jó napot, a fiam beteg.", "Jó"),
    ("Dia dhuit, tá mé tinn.", "Dia"),
    ("Grüß Gott, mein Sohn ist krank.", "Grüß Gott"),
    ("Γεια σας, η κόρη μου είναι άρρωστη.", "Γεια"),
    ("Je m'appelle Odile.", "Je"),
    ("Urodziła się w maju.", "Urodziła"),
    ("Leczy się w Krakowie.", "Leczy"),
    ("Mano sūnus serga.", "Mano"),
    ("Courrier, CHU de Brest, 2 mai 2025 : suivi.", "Courrier"),
])
def test_openers_are_no_finding(text, word):
    f = Finding(Kind.NAME, text.index(word), text.index(word) + len(word), word, "ner")
    assert without_foreign_words(text, f) is None


@pytest.mark.parametrize("text, name", [
    ("Jó napot, Halász Dóra vagyok.", "Halász Dóra"),
    ("Je m'appelle Odile Brunet et j'ai un lupus.", "Odile Brunet"),
])
def test_names_after_them_are_found(rules_only, text, name):
    assert name in [f.text for f in rules_only.find(text) if f.kind is Kind.NAME]


def test_a_name_is_kept(rules_only):
    text = "Dia Okafor wrote to us."
    f = Finding(Kind.NAME, 0, 10, "Dia Okafor", "ner")
    assert without_foreign_words(text, f) == f
