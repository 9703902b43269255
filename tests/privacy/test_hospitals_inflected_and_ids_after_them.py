"""Hospitals named with a word for "hospital" in a case ending or with a capital the other rules
miss (Polish "Szpitalu", Czech "nemocnici", Finnish "…sairaalassa", Hungarian "…Központban" and
"…Kórházban", Icelandic "…spítala", Irish "Ospidéal na h…", Afrikaans "Hospitaal", Greek "-ειο"
after "στο"); and a hospital found by a rule stays a hospital when the model's guess runs on into
an id ("… Hospital ref AB-1234567")."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def found(detector, text):
    return [(f.kind, f.text) for f in detector.find(text)]


@pytest.mark.parametrize("text, hospital", [
    ("Mama leczy się w Wojewódzkim Szpitalu Specjalistycznym od roku.", "Wojewódzkim Szpitalu Specjalistycznym"),
    ("Operacja była w Szpitalu Bielańskim.", "Szpitalu Bielańskim"),
    ("Syn leží ve Fakultní nemocnici Motol.", "Fakultní nemocnici Motol"),
    ("Hoito Pirkanmaan keskussairaalassa jatkuu.", "Pirkanmaan keskussairaalassa"),
    ("A lányomat a Pécsi Klinikai Központban kezelik.", "Pécsi Klinikai Központban"),
    ("Anyámat a Péterfy Kórházban operálták.", "Péterfy Kórházban"),
    ("Hann er á Barnaspítala núna.", "Barnaspítala"),
    ("Bhí sí in Ospidéal na hOllscoile Luimnigh.", "Ospidéal na hOllscoile Luimnigh"),
    ("Ons gaan na Tygerberg Hospitaal volgende week.", "Tygerberg Hospitaal"),
    ("Νοσηλεύεται στο Αττικόν από χθες.", "Αττικόν"),
])
def test_hospitals_found(rules_only, text, hospital):
    assert (Kind.HOSPITAL, hospital) in found(rules_only, text)


def test_a_hospital_before_its_reference_stays_a_hospital():
    from raremap.privacy.finding import Finding, resolve_overlaps

    text = "Kingsmere General Hospital ref KGH-7730215: Oriel Fanshawe"
    rule = Finding(Kind.HOSPITAL, 0, 26, text[:26], "rule:hospital")
    ref = Finding(Kind.RECORD_NUMBER, 31, 42, text[31:42], "rule:id")
    guess = Finding(Kind.HOSPITAL, 0, 42, text[:42], "ner")
    kept = [(f.kind, f.text) for f in resolve_overlaps([rule, ref, guess])]
    assert kept == [(Kind.HOSPITAL, "Kingsmere General Hospital"), (Kind.RECORD_NUMBER, "KGH-7730215")]


def test_a_guess_still_widens_a_rule_name():
    from raremap.privacy.finding import Finding, resolve_overlaps

    # "I am Odile Brunet"
    rule = Finding(Kind.NAME, 5, 10, "Odile", "rule:person")
    guess = Finding(Kind.NAME, 5, 17, "Odile Brunet", "ner")
    assert [f.text for f in resolve_overlaps([rule, guess])] == ["Odile Brunet"]


@pytest.mark.parametrize("text", [
    "Szpital był zamknięty w niedzielę.",
    "To jest dobry szpital.",
])
def test_a_bare_hospital_word_is_no_hospital(rules_only, text):
    assert [t for k, t in found(rules_only, text) if k is Kind.HOSPITAL] == []
