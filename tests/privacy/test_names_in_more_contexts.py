"""Names where only a person can stand, also names that are common words (Grace, Will, Rose,
Joy, Sunny, Hope): introduced in full, spoken to, with an age or birth after them, with a role in
brackets, twins, a family, a late relative, an addressee before an announced address; the
same words used as words, and disease names in those places, stay."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def names(detector, text):
    return [f.text for f in detector.find(text) if f.kind is Kind.NAME]


@pytest.mark.parametrize("text, expected", [
    ("To whom it may concern, my name is Ji-woo Choi, I am thirty", ["Ji-woo Choi"]),
    ("Hello, I'm Siobhán Ní Dhubhghaill and my daughter has Alport syndrome", ["Siobhán Ní Dhubhghaill"]),
    ("Hi my name is Sunny Park, I live in a flat", ["Sunny Park"]),
    ("hi its Tuğba from İzmir", ["Tuğba"]),
    ("thank u Joy for the hug at clinic yesterday", ["Joy"]),
    ("omg Grace it's Kearns-Sayre not Kearns-Sayer", ["Grace"]),
    ("hope u r ok grace x", ["grace"]),
    ("Tourette syndrome plus PANDAS? Finn, 10", ["Finn"]),
    ("registering Tupac Quispe (12), Chagas disease", ["Tupac Quispe"]),
    ("Théo (deux ans) a une amyotrophie spinale", ["Théo"]),
    ("from Croydon. Amara (born 05-11-2017) has sickle cell anaemia", ["Amara"]),
    ("Rose would've been twelve on her birthday", ["Rose"]),
    ("Will will be 18 in December", ["Will"]),
    ("Sunny and Will are twins, both with Bartter syndrome", ["Sunny", "Will"]),
    ("Shift note: Hope (volunteer) took 12 calls.", ["Hope"]),
    ("Please email the consultant and copy me (Aisling).", ["Aisling"]),
    ("Hi, we're the Obi-Smith family, new here", ["Obi-Smith"]),
    ("writing about my late father Emeka Nwosu who died in May", ["Emeka Nwosu"]),
])
def test_names_where_only_a_person_can_stand(rules_only, text, expected):
    found = names(rules_only, text)
    assert all(any(e in f for f in found) for e in expected), found


@pytest.mark.parametrize("text", [
    "I will be 18 soon and I hope it gets better",
    "Thanks everyone, hope u r ok all x",
    "Dear Sir, thank you",
    "Hi all, it's Monday again",
    "the Facebook family group is kind",
    "the Marfan family day was fun",
    "It's Pompe, not Fabry, the doctors said.",
    "Thanks Pompe society for the leaflet",
    "Type 2, 3 times a day",
    "the dose was 12 mg",
])
def test_common_words_and_disease_names_in_those_places_stay(detector, text):
    assert names(detector, text) == []


def test_a_name_opening_an_announced_address_is_the_addressee(rules_only):
    text = "Please send to: Hiroshi Watanabe, 〒530-0001 大阪府大阪市北区梅田3-1-1 グランドハイツ 805号. He has KSS."
    found = [(f.kind, f.text) for f in rules_only.find(text)]
    assert (Kind.NAME, "Hiroshi Watanabe") in found
    assert any(k is Kind.ADDRESS and t.startswith("〒530-0001") for k, t in found)


def test_a_surname_before_a_real_e_mail_is_no_spelled_e_mail(rules_only):
    found = [(f.kind, f.text) for f in rules_only.find("Please email my consultant Dr O'Neill at c.oneill@nhs.net")]
    assert found == [(Kind.NAME, "O'Neill"), (Kind.EMAIL, "c.oneill@nhs.net")]


@pytest.mark.parametrize("text, name", [
    ("Olusegun Adeyemi, NIN 12345678901, UCH Ibadan, Burkitt lymphoma", "Olusegun Adeyemi"),
    ("Referral date Wed 19 Mar 2025. Wiremu Tane, DOB 1988-04-21, NHI PRK4821", "Wiremu Tane"),
])
def test_a_record_s_person_before_their_ids(rules_only, text, name):
    assert name in names(rules_only, text)


@pytest.mark.parametrize("text", ["Royal Free Hospital, NHS 943 476 5919", "Clinic, DOB unknown"])
def test_a_place_before_ids_is_no_person(rules_only, text):
    assert names(rules_only, text) == []
