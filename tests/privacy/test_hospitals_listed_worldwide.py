"""Well-known hospitals and clinics of many countries named bare, as people name them (a nickname,
initials, the local language or script); and the towns, people and disease names that share
a word with one of them, which stay what they are."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.hospitals import listed_hospitals


@pytest.mark.parametrize("text, hospital", [
    ("Our daughter is under Tygerberg for her kidneys.", "Tygerberg"),
    ("We drive to Kijabe every three months for the clinic.", "Kijabe"),
    ("Mwanangu anatibiwa KNH tangu mwaka jana.", "KNH"),
    ("He had the transplant at Groote Schuur and now sees Charlotte Maxeke.", "Charlotte Maxeke"),
    ("Seguita al Burlo e poi al Besta per le crisi.", "Burlo"),
    ("Atendida en la Arrixaca desde que nació.", "Arrixaca"),
    ("Nos atienden en La Raza desde 2020.", "La Raza"),
    ("Mi hija está en tratamiento en el Británico.", "Británico"),
    ("Wir sind seit Jahren in der Hauner.", "Hauner"),
    ("Vi går til Riget hver måned.", "Riget"),
    ("Zoon wordt behandeld in het WKZ.", "WKZ"),
    ("Suivie à l'Archet depuis 2019.", "Archet"),
    ("Anak saya dirawat di RSCM sejak Maret.", "RSCM"),
    ("Ang anak ko ay naka-confine sa PGH ngayon.", "PGH"),
    ("Мы лечимся в Охматдиті з 2022 року.", "Охматдиті"),
    ("Сына наблюдают в Морозовской с рождения.", "Морозовской"),
    ("הבן שלי מטופל בשיבא כבר שנה.", "שיבא"),
    ("ابني يتابع في قصر العيني منذ سنتين.", "قصر العيني"),
    ("我儿子在高雄長庚追蹤。", "高雄長庚"),
    ("아들은 세브란스에서 진단받았어요.", "세브란스"),
    ("ลูกรักษาที่ศิริราชตั้งแต่เด็ก", "ศิริราช"),
    ("We were referred from Starship to Sick Kids in the end.", "Sick Kids"),
    ("Her genetics team at Hopkins Bayview wrote back.", "Hopkins Bayview"),
    ("Dad is out of the Brigham cardiac unit at last.", "Brigham"),
    ("Mater note: seen with her mother, bloods taken.", "Mater"),
])
def test_listed_places_of_care_are_found(rules_only, text, hospital):
    assert (Kind.HOSPITAL, hospital) in [(f.kind, f.text) for f in rules_only.find(text)]


@pytest.mark.parametrize("text", [
    "We moved from Austin to Boston last spring and she still has Fabry disease.",
    "Mi madre vive en Austin desde 2010.",
    "John Hunter and Helen Joseph came to the support group meeting.",
    "My brother has Kennedy disease and sees a neurologist twice a year.",
    "The Lyell syndrome rash started on Monday.",
    "Trousseau sign was positive, Chvostek negative.",
    "Her HUS was atypical, treated with eculizumab.",
    "CGH array was normal; CMC joint pain persists.",
    "He has HCL and CHL, both in remission.",
    "Re: Bethlem myopathy clinic list for March.",
    "Riley-Day syndrome clinic moved to Thursdays.",
    "We met at King's Cross station before the appointment.",
])
def test_towns_people_and_disease_names_sharing_a_word_stay(rules_only, text):
    assert not [f for f in rules_only.find(text) if f.kind is Kind.HOSPITAL]


def test_a_hospitals_initials_before_a_number_are_the_record_numbers():
    from raremap.privacy.hospitals import find_hospitals
    assert [f.text for f in find_hospitals("Hosp. no. CUH 1188340, seen today.")] == []
    assert [f.text for f in find_hospitals("We were at CUH today.")] == ["CUH"]


def test_the_list_names_places_in_many_countries_and_marks_shared_words():
    listed = listed_hospitals()
    assert len(listed) > 3000
    guarded = {name for name, needs_preposition in listed if needs_preposition}
    # everyday words, towns and people's names carry " ?"
    assert {"Grady", "Rush", "Sophia", "King's", "Einstein"} <= guarded
    assert "Tygerberg" not in guarded


@pytest.mark.parametrize("text, hospital", [
    ("we go to great ormond street every month", "great ormond street"),
    ("she is under sick kids now for the seizures", "sick kids"),
    ("lol we basically live at addenbrookes", "addenbrookes"),
    ("we go to Gosh every month for the infusions", "Gosh"),
    ("my father was admitted in Aiims last week", "Aiims"),
])
def test_listed_names_written_small_after_a_preposition(rules_only, text, hospital):
    assert (Kind.HOSPITAL, hospital) in [(f.kind, f.text) for f in rules_only.find(text)]


@pytest.mark.parametrize("text", [
    "great news, the sick kids in our group are all home",
    "put it in mayo and serve cold",
    "we spent the week in la paz with family",
    "Oh gosh, Gosh the dog was so happy to see us",
    "we went round to Kath's for tea",
])
def test_small_words_that_are_not_said_as_places_of_care(rules_only, text):
    assert not [f for f in rules_only.find(text) if f.kind is Kind.HOSPITAL]
