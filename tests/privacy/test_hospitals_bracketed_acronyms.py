"""The acronym given in brackets right after a place of care's name is that place, there and
wherever else the text uses it; a ward, a service or a disease in brackets is not."""

from __future__ import annotations

from raremap.privacy import Kind


def hospitals(detector, text):
    return [f.text for f in detector.find(text) if f.kind is Kind.HOSPITAL]


def test_bracketed_acronym_of_a_hospital(rules_only):
    text = "Seen at Wrexham Maelor Hospital (WMH) in May; WMH will phone us."
    assert hospitals(rules_only, text).count("WMH") == 2


def test_no_acronym_of_a_ward_or_disease(rules_only):
    assert "PICU" not in hospitals(rules_only, "Admitted to Leeds General Infirmary (PICU) last night.")
    assert "SMA" not in hospitals(rules_only, "Treated at Alder Hey Children's Hospital (SMA) since birth.")
