"""German capitalises every noun, and the English model took symptoms, relatives and
test results for people or places ("Die Krampfanfälle", "Der Kinderarzt", "Mein Mann").
In a German text such a guess is dropped; people named there are still found."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.german_text import reads_german
from tests.privacy.conftest import kinds

MUST_STAY = [
    "Meine Tochter hat Epilepsie und Muskelschwäche.",
    "Die Krampfanfälle sind seltener geworden, seit sie das neue Medikament nimmt.",
    "Er hat eine Skoliose und Kleinwuchs, und wir warten auf den Termin.",
    "Sie bekommt Physiotherapie wegen der Spastik und hat oft Schmerzen.",
    "Unser Sohn hat Hörverlust und Sehstörungen.",
    "Mein Mann hat Myasthenie und Doppelbilder.",
    "Sie hat Schwindel, Kopfschmerzen und Übelkeit.",
    "Er hat Zöliakie und Blutarmut.",
    "Der Kinderarzt hat bei ihm eine Entwicklungsverzögerung festgestellt.",
    "Die Nierenwerte sind schlecht, und die Ärzte sind noch nicht sicher.",
]


@pytest.mark.parametrize("text", MUST_STAY)
def test_german_nouns_are_no_people_or_places(detector, text):
    assert reads_german(text)
    assert [k for k in kinds(detector, text) if k[0] in (Kind.NAME, Kind.ADDRESS)] == []


@pytest.mark.parametrize("text, name", [
    ("Sehr geehrte Frau Oberwiesner, anbei die Befunde meines Sohnes.", "Oberwiesner"),
    ("Hallo, ich bin Jonas Brandtner und mein Sohn Felix hat Epilepsie.", "Jonas Brandtner"),
    ("Unsere Tochter Mia hat seit dem Winter Krampfanfälle, sagt Dr. Weißenberger.", "Weißenberger"),
    ("Wir sind bei Lena Hoffmann in der Sprechstunde und sie ist sehr nett.", "Lena Hoffmann"),
])
def test_people_in_german_texts_are_still_found(detector, text, name):
    assert any(k == Kind.NAME and name in t for k, t in kinds(detector, text)), kinds(detector, text)


def test_english_and_dutch_texts_are_not_read_as_german():
    assert not reads_german("Die Hard is his favourite film and he has a hat for every day.")
    assert not reads_german("Mijn zoon heeft epilepsie en de dokter zegt dat het erfelijk is.")


@pytest.mark.parametrize("text, name", [
    ("Bonjour Madame Fournier-Lacaze, je vous écris pour ma fille.", "Fournier-Lacaze"),
    ("Gentile Sig.ra Bellandi, le scrivo per mio figlio.", "Bellandi"),
    ("Beste Mevrouw Oosterhuis, mijn dochter heeft epilepsie.", "Oosterhuis"),
    ("Estimada Señora Gutiérrez, mi hijo tiene fibrosis quística.", "Gutiérrez"),
    ("Dzień dobry Pani Wiśniewska, piszę w sprawie syna.", "Wiśniewska"),
    ("Hej Fru Lindqvist, min son har epilepsi.", "Lindqvist"),
])
def test_people_after_another_languages_title(detector, text, name):
    assert any(k == Kind.NAME and name in t for k, t in kinds(detector, text)), kinds(detector, text)


def test_a_title_before_a_job_is_no_name(detector):
    assert not [t for k, t in kinds(detector, "Frau Doktor hat gesagt, es ist nicht schlimm.") if k == Kind.NAME]


def test_a_test_is_no_town_with_the_estonian_ending(detector):
    # "Gente" is a town; "Gentest" is a genetic test, "Tartust" is "from Tartu"
    assert kinds(detector, "Wir warten auf die Gentest-Ergebnisse und den Sehtest.") == []
    assert (Kind.ADDRESS, "Tartust") in kinds(detector, "Ma kolisin Tartust Tallinnasse, kui poeg oli väike.")
