"""Hospitals named by initials or a short name ("QMC", "LUTH", "Walton Centre"), a hospital
whose name holds a date ("Hospital 9 de Julio"), a hospital name that stops at an id's label or
a comma, places that are no hospital ("Visitor Centre"), more id labels ("NHC", "HN",
"Medicare (AU)") and a full name after an id or a hospital in a record line."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def found(detector, text, kind):
    return [f.text for f in detector.find(text) if f.kind is kind]


@pytest.mark.parametrize("text, hospital", [
    ("She was transferred to QMC last night.", "QMC"),
    ("He had his scans done at LUTH in Lagos.", "LUTH"),
    ("Referred to the Walton Centre for nerve studies.", "Walton Centre"),
    ("Nos suivis à Trousseau depuis 2019.", "Trousseau"),
    ("the infusion unit (Whittington) is closed on Fridays", "Whittington"),
    ("Hospital 9 de Julio: follow-up booked.", "Hospital 9 de Julio"),
])
def test_hospitals_by_short_names(detector, text, hospital):
    assert hospital in found(detector, text, Kind.HOSPITAL)


def test_a_hospital_name_stops_at_an_id_label(detector):
    text = "St Luke's Hospital MRN AB 4402917, follow-up in May"
    assert "St Luke's Hospital" in found(detector, text, Kind.HOSPITAL)
    assert any("4402917" in r for r in found(detector, text, Kind.RECORD_NUMBER))


def test_a_keyword_alone_after_a_sentence_is_no_hospital(detector):
    text = "The gene is COL2A1. Clinic letters are on the way."
    assert found(detector, text, Kind.HOSPITAL) == []
    assert "COL2A1" in text and "COL2A1" not in " ".join(f.text for f in detector.find(text))


def test_a_visitor_centre_is_no_hospital(detector):
    assert found(detector, "Our walk starts at Kielder Visitor Centre, near the car park.", Kind.HOSPITAL) == []


@pytest.mark.parametrize("text, number", [
    ("Paciente: NHC 2231 904, revisión anual", "2231 904"),
    ("Chart: HN 5530921 at the children's ward", "5530921"),
    ("Medicare (AU) 2953 11846 2 on file", "2953 11846 2"),
])
def test_more_id_labels(rules_only, text, number):
    assert number in found(rules_only, text, Kind.RECORD_NUMBER)


@pytest.mark.parametrize("text, name", [
    ("Ward list — HN 7781203, Kittipong Srisuk, dengue, day 3", "Kittipong Srisuk"),
    ("Referral to Alder Hey: Branwen Teague-Hollis, 12, chest pain", "Branwen Teague-Hollis"),
])
def test_full_names_in_record_lines(detector, text, name):
    assert name in found(detector, text, Kind.NAME)


@pytest.mark.parametrize("text", [
    "MRN 55120934, Cystic Fibrosis, reviewed today",
    "Seen at Kilimani Family Clinic, Ngong Road, by the nurse",
])
def test_record_lines_without_a_name(detector, text):
    assert found(detector, text, Kind.NAME) == []
