"""People told by a phrase around them: "Name here, 41" or "here (19)", a capitalised word after
"N-year-old", a first name with "(aged ten)", a name owning a disease ("Ottilie's Alagille"), a
name after a letter's date and a colon; Chinese and Japanese names with an age in brackets,
after a relative with "今年", and Korean relatives' given names ("딸 하은이가"). Eponyms owning a
disease, words like "Anyone here" and labels stay."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def names(detector, text):
    return [f.text for f in detector.find(text) if f.kind is Kind.NAME]


@pytest.mark.parametrize("text, name", [
    ("Tereza here, 41, with lupus since school.", "Tereza"),
    ("hey tevita here (19) any tips for pain?", "tevita"),
    ("Our 15-year-old Cosimo finished his course of steroids.", "Cosimo"),
    ("Ingrid (aged nine) started school again.", "Ingrid"),
    ("We drive to Leeds for Ottilie's Alagille follow-up.", "Ottilie"),
    ("Clinic letter, 3 March 2025: Ines Marlow-Kent, 4, reviewed today.", "Ines Marlow-Kent"),
    ("2024年5月2日，张子轩（6岁）确诊", "张子轩"),
    ("我儿子小宝今年三岁，确诊", "小宝"),
    ("娘の葵（生後3か月）が入院しました。", "葵"),
    ("딸 하은이가 세 살인데 진단을 받았어요.", "하은"),
])
def test_names_found(rules_only, text, name):
    assert any(name in n for n in names(rules_only, text))


@pytest.mark.parametrize("text", [
    "Anyone here, 30, with the same problem?",
    "He has Crohn's Colitis and Graves' Ophthalmopathy.",
    "A 6-year-old Boy was admitted (Type, 2).",
    "患者（5岁）确诊",
])
def test_no_names(rules_only, text):
    assert names(rules_only, text) == []
