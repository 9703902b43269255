"""Places of care named bare, known by what is said around them: a verb of care and its
preposition in several languages, "… follows her", the kind of letter that opens a clinic
letter; never a town, a month, a department, home, or a first name after "referred to"."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, hospital", [
    ("My son was seen at Bambino Gesù last week.", "Bambino Gesù"),
    ("She is followed up at Wythenshawe for her lungs.", "Wythenshawe"),
    ("Lo atienden en el Garrahan desde 2019.", "Garrahan"),
    ("Está en diálisis en el Británico.", "Británico"),
    ("Ela é acompanhada no Einstein.", "Einstein"),
    ("Suivie à la Timone depuis ses trois ans.", "Timone"),
    ("È seguita al Gaslini, da anni.", "Gaslini"),
    ("Korle Bu follows him for the transfusions.", "Korle Bu"),
    ("KATH follows her every month.", "KATH"),
    ("He was born at Jessop Wing and needed oxygen.", "Jessop Wing"),
    ("Lettera di dimissione, Gaslini di Genova, 3/4/2025: Tommaso Rinaldi, 4 anni.", "Gaslini di Genova"),
    ("Ontslagbrief UMCU, 9 mei 2025: Daan de Boer, 6 jaar.", "UMCU"),
    ("Seen at PGIMER for the anaemia.", "PGIMER"),
])
def test_bare_places_of_care_after_a_cue(rules_only, text, hospital):
    assert (Kind.HOSPITAL, hospital) in [(f.kind, f.text) for f in rules_only.find(text)]


@pytest.mark.parametrize("text", [
    "He was seen in January and treated in Leeds.",
    "We were seen at the weekend and treated at home.",
    "She was admitted to ICU, then followed at Neurology clinic.",
    "He was referred to Anna, the physiotherapist.",
    "She was born at Christmas and treated in Spain.",
])
def test_towns_months_departments_and_people_are_no_places_of_care(rules_only, text):
    assert not [f for f in rules_only.find(text) if f.kind is Kind.HOSPITAL]


def test_a_letters_kind_is_no_person(detector):
    found = detector.find("Lettre de liaison, Hôpital Bicêtre, le 3 juillet 2025 : Mme Odile Charvet, 61 ans.")
    assert not [f for f in found if f.text.startswith("Lettre")]


@pytest.mark.parametrize("text, hospital", [
    ("Komfo Anokye: Kwesi Mensah-Boateng, 9, sickle cell disease, Hb 6.1.", "Komfo Anokye"),
    ("KATH note: Abena Owusu (7), thalassaemia.", "KATH"),
    ("Kiruddu Mulago: Okello Ssemanda, 8, sickle cell anaemia.", "Kiruddu Mulago"),
])
def test_a_record_line_opened_by_its_place_of_care(rules_only, text, hospital):
    assert (Kind.HOSPITAL, hospital) in [(f.kind, f.text) for f in rules_only.find(text)]


@pytest.mark.parametrize("text", [
    "Patient: Mary Jones, 45, has lupus.",
    "Shift note: Dr Cohen called about a boy with Cohen syndrome.",
    "Version note: app v2.1 released; fixes a typo.",
    "Sarah: John Smith, 14, came in today.",
    "Discharge summary: Noor Haddad, 5 days old, maple syrup urine disease.",
])
def test_labels_and_people_opening_a_line_are_no_places_of_care(rules_only, text):
    assert not [f for f in rules_only.find(text) if f.kind is Kind.HOSPITAL]


@pytest.mark.parametrize("text, keep", [
    ("We were seen at the HELLP syndrome clinic.", "HELLP"),
    ("We were seen at the MODY clinic last week.", "MODY"),
    ("We were seen at the White matter hypoplasia clinic.", "White"),
    ("She was seen at the Fabry disease clinic.", "Fabry"),
])
def test_a_disease_after_a_verb_of_care_is_no_place(rules_only, text, keep):
    start = text.index(keep)
    assert not [f for f in rules_only.find(text) if f.start < start + len(keep) and start < f.end]
