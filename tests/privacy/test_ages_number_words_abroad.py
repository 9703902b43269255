"""Ages told with number words and short forms of more languages (Catalan, Croatian, Romanian,
Hungarian, Polish, Turkish, German "J.", Swahili, Hindi, Arabic, Korean, Tamil, Japanese, Spanish
"a los … días"), an age in weeks or months in brackets after a name, "(Name, 31)", and a number
after "here" in a self-introduction; lengths of time and labels stay unredacted."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def ages(detector, text):
    return [f.text for f in detector.find(text) if f.kind is Kind.AGE]


@pytest.mark.parametrize("text, age", [
    ("La meva filla té set anys i epilèpsia.", "set anys"),
    ("Moja kći ima devet godina i celijakiju.", "devet godina"),
    ("Soțul meu are 52 de ani și boala Fabry.", "52 de ani"),
    ("A lányom ötéves, és lisztérzékeny.", "ötéves"),
    ("Mój synek, cztery latka, ma padaczkę.", "cztery latka"),
    ("Córka ma rok i dwa miesiące.", "rok i dwa miesiące"),
    ("Merhaba, 41 yaşındayım ve FMF hastasıyım.", "41 yaşındayım"),
    ("Befund: Frau Kessler, 63 J., Sarkoidose.", "63 J."),
    ("Binti yangu ana miaka saba sasa.", "miaka saba"),
    ("Mtoto alikuwa na miezi 9 tu.", "miezi 9"),
    ("मेरी बेटी की उम्र पाँच साल है।", "पाँच साल"),
    ("ابنتي عمرها سبع سنوات.", "سبع سنوات"),
    ("딸이 일곱 살이에요.", "일곱 살"),
    ("என் மகள் (7 வயது) நலமாக இல்லை.", "7 வயது"),
    ("娘は生後5か月です。", "生後5か月"),
    ("Le operaron a los 10 días de nacer.", "10 días"),
    ("Our grandson Tane (7 weeks) has jaundice.", "7 weeks"),
    ("My niece Orla (3 and a half) loves horses.", "3 and a half"),
    ("Kemi is 4 months today and feeding well.", "4 months"),
    ("Marit hier (38), ich habe Sarkoidose.", "38"),
    ("Florian here, 29, from the north.", "29"),
    ("Ho due figli; io (Gavino, 52) e mia moglie.", "52"),
])
def test_ages_found(rules_only, text, age):
    assert age in ages(rules_only, text)


@pytest.mark.parametrize("text", [
    "Bolujem već pet godina, a lijek pomaže.",
    "Am fost diagnosticată acum 20 de ani.",
    "Results by group (Type, 2) are in the table.",
    "Doses were given for 6 weeks.",
])
def test_lengths_of_time_and_labels_are_no_age(rules_only, text):
    assert ages(rules_only, text) == []
