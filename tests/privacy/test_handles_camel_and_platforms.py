"""User names people choose on forums: words run together with capitals ("NightOwlNadia",
"CysticCarl88", "hey DiabetesDan"), a plain word after "my discord is", a login of an initial
and a surname ("a.osei"); brands, chemistry and lab words written the same way stay."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def handles(detector, text):
    return [f.text for f in detector.find(text) if f.kind is Kind.USERNAME]


@pytest.mark.parametrize("text, handle", [
    ("Thanks CysticCarl88 for the tip about creon", "CysticCarl88"),
    ("hey DiabetesDan its MODY not type 1", "DiabetesDan"),
    ("hi from FinnishFlowerAino, I wrote about INCL", "FinnishFlowerAino"),
    ("twitch streamer FlareUpFrankie raised £3k", "FlareUpFrankie"),
    ("Replying to GraceUnderPressure - the reaction was to lamotrigine", "GraceUnderPressure"),
    ("guys, MumOfThreeMaybe just posted her son's number", "MumOfThreeMaybe"),
    ("PM me, I'm NightOwlNadia - my narcolepsy", "NightOwlNadia"),
    ("my discord is lupuslemon, i have SLE", "lupuslemon"),
    ("my snapchat is kiwi.kaia22 if anyone wants to chat", "kiwi.kaia22"),
    ("VPN session for a.osei dropped at noon", "a.osei"),
])
def test_chosen_user_names_are_found(rules_only, text, handle):
    assert handles(rules_only, text) == [handle]


@pytest.mark.parametrize("text", [
    "We raised money on GoFundMe and JustGiving, saw it on YouTube and HealthUnlocked",
    "Dr McDonald met DeShawn and MacArthur about McArdle disease",
    "my instagram is private.",
    "my discord is down, sorry",
    "Dear RareMap, thank you",
    "SpO2 91% and PiZZ genotype, HbA1c 48, CoQ10 and NaCl",
    "E. coli, e.g. and i.e. at 9 a.m. with p.Val50Met",
    "the MoCA score was 24",
])
def test_brands_surnames_and_lab_words_are_no_user_names(detector, text):
    assert handles(detector, text) == []
