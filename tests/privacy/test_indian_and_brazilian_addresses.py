"""Full Indian addresses (a house, door or plot number or a sector/nagar, then to a six-digit PIN)
and Brazilian ones (a street word, then number, flat, district, city and state to the CEP) are
found whole, their numbers not taken for ids."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, address", [
    ("Hi, Ravi here: Door No. 12/340, FC Road, Shivajinagar, Pune 411005. I have PBC.",
     "Door No. 12/340, FC Road, Shivajinagar, Pune 411005"),
    ("Address H. No. 7, Sector 15-C, Ring Road, Panipat 132103.", "H. No. 7, Sector 15-C, Ring Road, Panipat 132103"),
    ("Endereço: Rua 7, nº 88, Setor Sul, Natal - RN, 59010-000. Obrigada",
     "Rua 7, nº 88, Setor Sul, Natal - RN, 59010-000"),
    ("Moro na Travessa do Carmo 31, apto 12, Bairro Centro, Belém - PA, CEP 66015-000.",
     "Travessa do Carmo 31, apto 12, Bairro Centro, Belém - PA, CEP 66015-000"),
])
def test_addresses_to_their_postal_code(rules_only, text, address):
    found = [(f.kind, f.text) for f in rules_only.find(text)]
    assert (Kind.ADDRESS, address) in found
    assert Kind.RECORD_NUMBER not in [k for k, _ in found]


@pytest.mark.parametrize("text", [
    "Her ferritin was 1200 ng/mL. Rua told us 100000 is high.",
    "H. No. 5 is on the form. Ferritin 1200 ng/mL since 2020.",
])
def test_no_address_across_sentences(rules_only, text):
    assert Kind.ADDRESS not in [f.kind for f in rules_only.find(text)]
