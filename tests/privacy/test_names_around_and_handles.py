"""Names known by what stands around them (a relative in another language, a list of people, a
phone number after them, a word-name used both ways in one message, a subject with "his"/"her"),
first names ending in s ("Dorcas", "Agnes"), a surname owning something ("Elena Pettigrew's
phone"), and forum handles run together before what members do ("SleepyShona posted")."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def found(detector, text, kind):
    return [f.text for f in detector.find(text) if f.kind is kind]


@pytest.mark.parametrize("text, name", [
    ("Bonsoir. Mon fils Lamine, neuf ans, a de la fièvre.", "Lamine"),
    ("Hola. Mi hija Xiomara tiene fiebre.", "Xiomara"),
    ("Dzień dobry, moja córka Wiktoria ma gorączkę.", "Wiktoria"),
])
def test_names_after_relatives_in_other_languages(rules_only, text, name):
    assert name in found(rules_only, text, Kind.NAME)


def test_full_names_in_a_list_next_to_a_found_name(rules_only):
    text = "Rota: Olivia Grant, Tobias Quell, Saffron Idowu. Venue: the hall."
    names = " | ".join(found(rules_only, text, Kind.NAME))
    assert "Tobias Quell" in names and "Saffron Idowu" in names


def test_a_full_name_before_a_phone_number(rules_only):
    assert "Ezinne Obiora" in found(rules_only, "Call back: Ezinne Obiora 07700 900 312 about the form", Kind.NAME)


@pytest.mark.parametrize("text, name", [
    ("patience is thin today, and Patience still has a fever", "Patience"),
    ("is it sunny enough for the park? asking for Sunny", "Sunny"),
    ("Hunter syndrome clinic moved. Penny had her infusion anyway.", "Penny"),
])
def test_word_names_used_as_names(rules_only, text, name):
    assert name in found(rules_only, text, Kind.NAME)


@pytest.mark.parametrize("text", [
    "We hope it helps. Hope is all we have some days.",
    "Grace period ends in May, and we will ask again.",
    "Summer is hard with XP; we stay in all summer.",
])
def test_word_names_used_as_words_stay(rules_only, text):
    assert found(rules_only, text, Kind.NAME) == []


@pytest.mark.parametrize("text, name", [
    ("Returned post: Agnes Mwangi, 4 Elm Row, Leeds", "Agnes Mwangi"),
    ("Thanks to Dorcas Fenwick for the lift", "Dorcas Fenwick"),
])
def test_first_names_ending_in_s(rules_only, text, name):
    assert name in found(rules_only, text, Kind.NAME)


def test_a_surname_owning_something_beats_an_eponym(detector):
    # "Pettigrew" is a disease eponym; "Elena Pettigrew's phone" is a person's phone.
    assert "Elena Pettigrew" in found(detector, "The old page lists Elena Pettigrew's phone number.", Kind.NAME)


def test_the_possessive_eponym_as_a_disease_stays(detector):
    assert found(detector, "She was told it is Pettigrew's syndrome.", Kind.NAME) == []


@pytest.mark.parametrize("text, handle", [
    ("SleepyShona posted the new leaflet link", "SleepyShona"),
    ("PotsPaddy wrote: the tilt test was awful", "PotsPaddy"),
    ("im WelshWendy on the forum", "WelshWendy"),
    ("can anyone DM me? LupusLorna. thanks", "LupusLorna"),
    ("add me on insta: saltybones.22", "saltybones.22"),
    ("snap me wobblywren", "wobblywren"),
    ("reddit u/tired_of_waiting_for_answers here", "u/tired_of_waiting_for_answers"),
    ("exported by r.okafor_admin at noon", "r.okafor_admin"),
])
def test_more_forum_handles(rules_only, text, handle):
    assert handle in found(rules_only, text, Kind.USERNAME)


@pytest.mark.parametrize("text", [
    "Message me anytime if you need to talk.",
    "We raised £400 on JustGiving and GoFundMe posted it.",
])
def test_words_and_brands_are_no_handles(rules_only, text):
    assert found(rules_only, text, Kind.USERNAME) == []
