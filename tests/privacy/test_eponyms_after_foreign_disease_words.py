"""A guessed name or place right after another language's word for a disease ("болезнью …",
"Morbus …", "maladie de …") is the disease's eponym and stays; a person later in the text is
still found."""

from __future__ import annotations

from raremap.privacy.detector import DISEASE_BEFORE, MEDICINE_BEFORE


def test_disease_words_before_an_eponym():
    for before in ("у сына болезнью ", "seit Jahren Morbus ", "atteint de la maladie de ", "choroba "):
        assert DISEASE_BEFORE.search(before)


def test_treatment_words_before_a_medicine():
    for before in ("seit März Therapie ", "on a commencé traitement par ", "en terapia con "):
        assert MEDICINE_BEFORE.search(before)


def test_eponym_after_russian_disease_word_stays(detector):
    found = detector.find("кто-нибудь с болезнью Помпе в Казани? пишите")
    assert "Помпе" not in [f.text for f in found]


def test_plain_words_are_no_disease_cue():
    for before in ("Mein Sohn ", "ich war bei ", "Dr "):
        assert not DISEASE_BEFORE.search(before)
