"""Ages said bare (a spelled number between commas, "gran (81)", "jetzt neun", "(vierundfünfzig)",
"Name, 52 —"), people said with them (a first name opening a sentence before an age, a bracket that
opens with the age, hyphenated double first names), and kinds counted after an eponym
("Wilson is 2 types") that stay."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.ages_plain import find_plain_ages
from raremap.privacy.names_hyphened import hyphened_names


@pytest.mark.parametrize("text, age", [
    ("Pompe disease (GAA), fifty-three, on alglucosidase since spring.", "fifty-three"),
    ("I am Temi Okafor, sixty-one years, living with sarcoidosis.", "sixty-one years"),
    ("Since the stroke, gran (81) needs a hoist at home.", "81"),
    ("Jonas Keller (*12.03.2016), jetzt neun, hat eine Mukoviszidose.", "neun"),
])
def test_plain_ages(text, age):
    assert age in [f.text for f in find_plain_ages(text)]


@pytest.mark.parametrize("text", [
    "Platelets were 40, now 120, after the splenectomy.",  # figures after "now" are no age
    "We tried two, maybe three, different diets.",  # small spelled counts
    "Type 2 (14) and type 3 (9) patients were seen.",  # no relative before the bracket
])
def test_plain_ages_leave_counts(text):
    assert list(find_plain_ages(text)) == []


@pytest.mark.parametrize("text, age", [
    ("Herr Anton Weber (vierundfünfzig) hat Morbus Fabry.", "vierundfünfzig"),
    ("Clinic today: 1) Imogen Price, 52 — Fabry disease; 2) Luca Moretti, 40 — Pompe disease.", "52"),
    ("Clinic today: 1) Imogen Price, 52 — Fabry disease; 2) Luca Moretti, 40 — Pompe disease.", "40"),
    ("Still cycling at eighty-three: Walter Brand, myasthenia gravis, on pyridostigmine.", "eighty-three"),
])
def test_ages_after_names_and_at_a_colon(detector, text, age):
    assert (Kind.AGE, age) in [(f.kind, f.text) for f in detector.find(text)]


@pytest.mark.parametrize("text, name, age", [
    ("Thank you all from Lucía (6, Rett syndrome, MECP2) and her sisters.", "Lucía", "6"),
    ("Our patient is Noah Fischer, 11, seen for Alport syndrome.", "Noah Fischer", "11"),
    ("Matilda (2 ans) a une amyotrophie spinale.", "Matilda", "2 ans"),
    ("Physio review for Ella-Rose, 9: hip abduction 4/5.", "Ella-Rose", "9"),
])
def test_people_with_their_age(detector, text, name, age):
    found = [(f.kind, f.text) for f in detector.find(text)]
    assert (Kind.NAME, name) in found and (Kind.AGE, age) in found, found


@pytest.mark.parametrize("text, name", [
    ("Matthias, now aged twelve, has Duchenne muscular dystrophy.", "Matthias"),
    ("Amélie aura sept ans en mai ; elle a une mucoviscidose.", "Amélie"),
    ("Bastien, né le 4 avril 2019, a une leucodystrophie.", "Bastien"),
])
def test_a_first_name_opening_a_sentence_before_an_age(detector, text, name):
    assert (Kind.NAME, name) in [(f.kind, f.text) for f in detector.find(text)]


def test_hyphenated_double_first_names():
    found = [f.text for f in hyphened_names("Lily-Mae and Jean-Luc met Ehlers-Danlos and Smith-Magenis families.")]
    assert found == ["Lily-Mae", "Jean-Luc"]


@pytest.mark.parametrize("text, keep", [
    ("Wilson is 2 types? I thought it was one disease.", "Wilson"),
    ("Dad (73) started the trial at the hospital.", "Dad"),
    ("Our son has Pierre-Robin sequence and a cleft palate.", "Pierre-Robin"),
    ("My son is 7 and has Menkes disease.", "My"),
    ("Min dotter är fem år och har Rett syndrom.", "Min"),
])
def test_eponyms_counted_and_relatives_stay(detector, text, keep):
    start = text.index(keep)
    found = [f for f in detector.find(text) if f.kind is Kind.NAME]
    assert not [f for f in found if f.start < start + len(keep) and start < f.end], found


def test_a_count_of_kinds_is_no_age(detector):
    assert Kind.AGE not in [f.kind for f in detector.find("Wilson is 2 types? I thought it was one disease.")]


@pytest.mark.parametrize("text, name, age", [
    ("flare again lol. maisie / 19 / leeds / pm me", "maisie", "19"),
    ("ruby 16 from hull, anyone else with POTS?", None, None),
    ("crisis number 3 this year 😩 kayla (20, sickle cell)", "kayla", "20"),
])
def test_lower_case_profiles(text, name, age):
    from raremap.privacy.names_lower import lowercase_profiles
    found = [f.text for f in lowercase_profiles(text)]
    assert found == ([name, age] if name else []), found


def test_a_karyotype_is_no_lower_case_profile():
    from raremap.privacy.names_lower import lowercase_profiles
    assert list(lowercase_profiles("karyotype 46,XX,del(22)(q11.2) confirmed")) == []


@pytest.mark.parametrize("text", [
    "She was referred to ENT for the hearing loss of her Usher syndrome.",
    "He was referred to SALT and the MDT about his Worster-Drought syndrome.",
])
def test_departments_referred_to_stay(detector, text):
    assert [f for f in detector.find(text) if f.kind is Kind.HOSPITAL] == []
