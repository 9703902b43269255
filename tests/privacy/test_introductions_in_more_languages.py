"""Self-introductions and relatives told by the grammar of Greek, Ukrainian, Bulgarian, Arabic,
Hebrew, Tamil, Polish, Catalan, Hungarian, Estonian and Czech; the words after a cue count only in
its script, and words that say "sick" or "is" after a relative are no name."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def names(detector, text):
    return [f.text for f in detector.find(text) if f.kind is Kind.NAME]


@pytest.mark.parametrize("text, name", [
    ("Καλησπέρα, ονομάζομαι Δέσποινα Ραφαηλίδου και έχω λύκο.", "Δέσποινα Ραφαηλίδου"),
    ("Η κόρη μου η Φωτεινή έχει επιληψία.", "Φωτεινή"),
    ("Вітаю, я Оксана Мельник з Полтави.", "Оксана Мельник"),
    ("Здравейте, аз съм Радослава Илиева.", "Радослава Илиева"),
    ("Майка ми Величка е на 70 години.", "Величка"),
    ("مرحبا، أنا سلمى الخطيب، أعاني من الذئبة", "سلمى الخطيب"),
    ("שלום, אני רונית כהן מנתניה.", "רונית כהן"),
    ("என் மகள் மீனா பள்ளிக்கு போகிறாள்.", "மீனா"),
    ("Dzień dobry, nazywam się Bożena Kwiatkowska.", "Bożena Kwiatkowska"),
    ("Hola, sóc la Núria Puigdevall, de Manlleu.", "Núria Puigdevall"),
    ("Üdvözlöm, Kovács Bence vagyok.", "Kovács Bence"),
    ("Tere, mina olen Liisa Tamm.", "Liisa Tamm"),
    ("Minu tütrel Grete on astma.", "Grete"),
    ("Můj manžel Zdeněk má Parkinsonovu nemoc.", "Zdeněk"),
])
def test_names_found(rules_only, text, name):
    assert name in names(rules_only, text)


@pytest.mark.parametrize("text", [
    "أنا مريض منذ سنوات",
    "Ο γιος μου είναι 7 ετών.",
])
def test_no_names(rules_only, text):
    assert names(rules_only, text) == []
