"""User names after the word for user name of other languages, after a platform's name and a colon
or "as", written under on a forum, and a profile link's name said again; words of a sentence
after the same cues stay."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.handles_more import find_more_handles

from .conftest import kinds


@pytest.mark.parametrize("text, handle", [
    ("Sur le forum, mon pseudo est libellule.bleue, écrivez-moi.", "libellule.bleue"),
    ("Mi nombre de usuario es tortuga.lenta en el grupo.", "tortuga.lenta"),
    ("O meu usuário é girassol.raro no grupo.", "girassol.raro"),
    ("Mijn gebruikersnaam is vlinder88 op het forum.", "vlinder88"),
    ("Moja nazwa użytkownika: biedronka_7", "biedronka_7"),
    ("Telegram: hedgehoghugs", "hedgehoghugs"),
    ("You'll find me on TikTok as wonkyhips", "wonkyhips"),
    ("add me on insta, it's pebble.and.moss", "pebble.and.moss"),
    ("I write as quietotter on the forum most nights.", "quietotter"),
    ("Her page is instagram.com/brave.little.ada so look for braveLittleAda there.", "braveLittleAda"),
    ("Videos at tiktok.com/@tubiefed_teddy, search tubiefed_teddy.", "tubiefed_teddy"),
])
def test_user_names_said_in_more_ways(text, handle):
    assert (Kind.USERNAME, handle) in [(f.kind, f.text) for f in find_more_handles(text)]


@pytest.mark.parametrize("text", [
    "My Instagram: private for now.",
    "Facebook: search for the group by its name.",
    "I post as well on the forum, mostly at night.",
    "We found each other on the forum as parents of boys with Duchenne.",
    "Group: parents of children with Rett syndrome.",
    "See instagram.com/explore for the hashtag.",
])
def test_no_user_name_where_a_sentence_goes_on(text):
    assert list(find_more_handles(text)) == []


def test_a_handle_said_in_another_language_is_a_user_name_for_the_detector(rules_only):
    assert (Kind.USERNAME, "renard.roux") in kinds(rules_only, "Mon pseudo est renard.roux sur Instagram.")
