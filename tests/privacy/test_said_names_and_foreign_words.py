"""Words said to be someone's name are names even when a disease bears them ("our son is called
Job"); greetings and form words of other languages are not names ("Guten Abend", "Pat."); a
town after "from" in another language is an address ("desde Cusco", "aus Graz")."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def found(detector, text, kind):
    return [f.text for f in detector.find(text) if f.kind is kind]


@pytest.mark.parametrize("text, expected", [
    ("Wilson disease is in the family and our daughter is called Wilson too.", "Wilson"),
    ("Everyone asks about Fabry disease, and yes my surname is actually Fabry.", "Fabry"),
    ("Pompe disease came up again. Pompe is my surname, sadly.", "Pompe"),
    ("Alport syndrome runs on his side; his uncle is Alport (a nickname).", "Alport"),
    ("Tay-Sachs? No. Sachs (our son) is fine.", "Sachs"),
    ("I'm Crohn by surname, no relation to the disease.", "Crohn"),
    ("Nobody believes it, but we're the Pompes.", "Pompes"),
])
def test_names_said_to_be_names_beat_eponyms(detector, text, expected):
    assert expected in found(detector, text, Kind.NAME)


@pytest.mark.parametrize("text", [
    "My son is called Fabry disease by the kids at school, which hurts.",
    "The surname Wilson disease is a bad joke.",
])
def test_the_disease_said_in_full_stays(detector, text):
    assert found(detector, text, Kind.NAME) == []


@pytest.mark.parametrize("text, not_names", [
    ("Guten Abend, ich heiße Ilse Brandt. Bitte Infos an meine Adresse.", {"Guten Abend", "Abend", "Bitte Infos"}),
    ("Buenas tardes, me llamo Ana Ortiz. Lo ven en el hospital.", {"Buenas", "Lo ven en", "ven en"}),
    ("Goedemorgen, ik ben Joris Smit. Mijn dochter heeft het.", {"Goedemorgen", "Mijn"}),
    ("Befund: Pat. Gisela Nowak, geb. 02.04.1961", {"Pat"}),
    ("Sono Carla Neri. Mia figlia ha la febbre.", {"Mia"}),
    ("Kostenträger TK, Versichertennr. folgt.", {"Kostenträger TK", "TK", "Versichertennr"}),
])
def test_greetings_and_form_words_are_no_names(detector, text, not_names):
    names = set(found(detector, text, Kind.NAME)) | set(found(detector, text, Kind.ADDRESS))
    assert not names & not_names


def test_a_relative_after_my_in_another_language_keeps_the_name(detector):
    assert "Jonas" in found(detector, "Ich bin Petra Lang. Mein Sohn Jonas (6) hat Fieber.", Kind.NAME)


def test_a_foreign_disease_word_is_no_name(detector):
    names = found(detector, "Unser Sohn hat Mukoviszidose, sagt der Arzt.", Kind.NAME)
    assert "Mukoviszidose" not in names and "Unser Sohn" not in names


@pytest.mark.parametrize("text, town", [
    ("Hola, soy Pilar desde Cusco. Mi hija tiene fiebre.", "Cusco"),
    ("Servus, ich schreibe aus Graz wegen meiner Tochter.", "Graz"),
    ("Groeten uit Utrecht van de familie.", "Utrecht"),
    ("Vi scrivo da Verona per mio figlio.", "Verona"),
    ("Soy Lucía, 30 años, de Rosario.", "Rosario"),
    ("We farm out past Toowoomba these days.", "Toowoomba"),
])
def test_towns_after_from_in_other_languages(rules_only, text, town):
    assert any(town in a for a in found(rules_only, text, Kind.ADDRESS))


@pytest.mark.parametrize("text", [
    "Mi madre tiene síndrome de Turner.",
    "Meet Maria da Silva from the charity.",
    "Paciente seguido no Hospital das Clínicas de Marília.",
])
def test_de_and_da_in_names_stay_names(detector, text):
    assert found(detector, text, Kind.ADDRESS) == []
