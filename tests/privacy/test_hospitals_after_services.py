"""A place of care named bare after the service seen there or an appointment ("neurology at
Tallowmere", "cita en el Arrieta", "surgery in Our Lady of Mercy"); not a town, a month, home, a
weekday said short or a department. A hospital's name of another language ends at a sentence's
stop, not at a title's."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def hospitals(detector, text):
    return [f.text for f in detector.find(text) if f.kind is Kind.HOSPITAL]


@pytest.mark.parametrize("text, place", [
    ("Her endocrinology at Tallowmere Park is every spring.", "Tallowmere Park"),
    ("the nephrologist at Kestrel Vale thinks it is Alport", "Kestrel Vale"),
    ("Mañana tengo cita en el Arrieta por la ataxia.", "Arrieta"),
    ("Eyes = Moorfields, heart = Brompton Hill.", "Brompton Hill"),
    ("the birth was fine, surgery in Our Lady of Mercy after.", "Our Lady of Mercy"),
])
def test_place_after_a_service(rules_only, text, place):
    assert place in hospitals(rules_only, text)


@pytest.mark.parametrize("text", [
    "neurology at home visits only, surgery in March, genetics in Leeds.",
    "Termin am Mo. um 9 Uhr.",
    "cardiology at Neurology clinic first.",
])
def test_no_place_after_these_services(rules_only, text):
    assert hospitals(rules_only, text) == []


def test_hospital_name_ends_at_a_sentence_stop(rules_only):
    found = hospitals(rules_only, "Urmărit la Spitalul Sfântul Ioan Galați. Ileana Popa, Tecuci.")
    assert found == ["Spitalul Sfântul Ioan Galați"]
    assert hospitals(rules_only, "kontrol di RSUP Prof. Soedarso tiap bulan") == ["RSUP Prof. Soedarso"]


@pytest.mark.parametrize("text", [
    "Royal Devon genetics: Tamsin Veal, 30, MODY.",
    "My GP is at Brook Lane Surgery in Hollowfield now.",
])
def test_no_person_or_town_after_a_place_and_its_service(rules_only, text):
    assert "Tamsin Veal" not in hospitals(rules_only, text) and "Hollowfield" not in hospitals(rules_only, text)
