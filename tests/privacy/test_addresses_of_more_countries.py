"""Whole addresses in the orders and postal forms of more countries, each found as one finding from
the street to the town and postcode: Colombian numbered streets, Romanian blocks and staircases,
Danish floors, Greek and Cyrillic streets without the word for street, Turkish streets without
the quarter, Indonesian neighbourhoods, Argentine postcodes, Peruvian "Jr.", post office boxes with
letters or a post office's code, Pakistani houses and blocks, flats written small after a cue; a
month before a street is the date's. Sentences where nothing may be taken."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind

from .conftest import kinds


@pytest.mark.parametrize("text, address", [
    ("Vivimos en Carrera 15 # 88-64, apto 301, Bogotá desde marzo.", "Carrera 15 # 88-64, apto 301, Bogotá"),
    ("La dirección es Calle 10 Sur No. 43-12, Medellín.", "Calle 10 Sur No. 43-12, Medellín"),
    ("Adresa noastră: Bd. Independenței 8, bl. B2, sc. 3, ap. 41, 700102 Iași.",
     "Bd. Independenței 8, bl. B2, sc. 3, ap. 41, 700102 Iași"),
    ("Vi bor på Nørrebrogade 44, 3. tv., 2200 København N.", "Nørrebrogade 44, 3. tv., 2200 København"),
    ("Μένουμε στην Τσιμισκή 71, 546 22 Θεσσαλονίκη με τα παιδιά.", "Τσιμισκή 71, 546 22 Θεσσαλονίκη"),
    ("Наш адрес: Садовая 17, кв. 8, Самара, 443099.", "Садовая 17, кв. 8, Самара, 443099"),
    ("Adresimiz İstiklal Cad. No: 112 Daire: 4, 34430 Beyoğlu/İstanbul oldu.",
     "İstiklal Cad. No: 112 Daire: 4, 34430 Beyoğlu/İstanbul"),
    ("Kami tinggal di Jl. Merdeka No. 8, RT 02/RW 07, Sukajadi, Bandung 40162.",
     "Jl. Merdeka No. 8, RT 02/RW 07, Sukajadi, Bandung 40162"),
    ("Enviar a: Jr. Huallaga 320, Cercado, Lima 15001.", "Jr. Huallaga 320, Cercado, Lima 15001"),
    ("Please write to P.O. Box 30127-00100, Nairobi.", "P.O. Box 30127-00100, Nairobi"),
    ("Post it to PO Box AN 5521, Accra North.", "PO Box AN 5521, Accra North"),
    ("we live in house C-41, Block 9, Johar Town, Lahore 54782", "C-41, Block 9, Johar Town, Lahore 54782"),
    ("Send it to Shevchenka St 14, apt 27, Lviv 79005 please.", "Shevchenka St 14, apt 27, Lviv 79005"),
    ("Wir ziehen im Juni von Eichenweg 4, 53113 Bonn nach Köln.", "Eichenweg 4, 53113 Bonn"),
])
def test_a_whole_address_of_another_country_is_one_finding(rules_only, text, address):
    assert (Kind.ADDRESS, address) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "Carrera 7 is a long avenue; the clinic gave us 2 leaflets.",   # a street named alone
    "Block 3 of the chemotherapy starts on Monday.",                # a course's block, no place after it
    "Ψάχνω γιατρό για το παιδί μου, είναι 7 ετών.",                  # Greek without an address
    "В 2019 году нам поставили диагноз, ему было 5 лет.",           # Russian, numbers that are no address
])
def test_no_address_where_none_is_written(rules_only, text):
    assert [f for f in rules_only.find(text) if f.kind is Kind.ADDRESS] == []
