"""Street addresses opened or closed by another language's word for a street ("Heol", "Triq",
"Bulevar", "Jl.", "Rue … boîte", "… pr.", "… Nagar"), with the house number after the name or
before it; a street word with no house number locates no one."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, address", [
    ("Adresas: Gedimino pr. 31-7, LT-01109 Vilnius.", "Gedimino pr. 31-7, LT-01109 Vilnius"),
    ("Aadress: Lossi 8-3, 51003 Tartu.", "Lossi 8-3, 51003 Tartu"),
    ("Šaljite na Bulevar despota Stefana 12, stan 4, 11000 Beograd.",
     "Bulevar despota Stefana 12, stan 4, 11000 Beograd"),
    ("Indirizz: 7, Triq il-Wied, Ħal Qormi QRM 2210.", "7, Triq il-Wied, Ħal Qormi QRM 2210"),
    ("Home: 9 Heol y Nant, Aberaeron SA46 0BB.", "9 Heol y Nant, Aberaeron SA46 0BB"),
    ("Alamat: Jl. Malioboro Km 2,5 No. 7, Yogyakarta 55271.", "Jl. Malioboro Km 2,5 No. 7, Yogyakarta 55271"),
    ("Rue de Namur 41, boîte 2, 5000 Namur.", "Rue de Namur 41, boîte 2, 5000 Namur"),
    ("We moved from 402 Cedar Hollow Dr, Tulsa, OK 74105 last year.", "402 Cedar Hollow Dr, Tulsa, OK 74105"),
    ("Ghar ka pata: B-17, Shastri Nagar, Kanpur 208005.", "B-17, Shastri Nagar, Kanpur 208005"),
    ("Moro na Rua Conde de Bonfim 220, apto 31, Tijuca.", "Rua Conde de Bonfim 220, apto 31, Tijuca"),
])
def test_streets_named_by_another_languages_word(rules_only, text, address):
    found = [f.text for f in rules_only.find(text) if f.kind is Kind.ADDRESS]
    assert any(address in f for f in found), found


@pytest.mark.parametrize("text", [
    "Jalan-jalan ke pantai 5 kali seminggu membantu.",   # "walking", not a street
    "Via oral 12 mg twice daily.",
    "Rue is a herb; take 3 mg.",
    "Dr Patel saw him 3 times.",
    "Calle 5 veces al día.",
])
def test_street_words_without_an_address_stay(rules_only, text):
    assert not [f for f in rules_only.find(text) if f.kind is Kind.ADDRESS]
