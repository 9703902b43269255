"""A postcode with its town and no street, before the town with or without the country's letters,
after it with them, and a postcode said as one; counts, years and card PINs stay."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.postcodes import find_postcodes

from .conftest import kinds


@pytest.mark.parametrize("text, address", [
    ("Wir sind nach A-5020 Salzburg gezogen.", "A-5020 Salzburg"),
    ("Nous vivons à F-13001 Marseille.", "F-13001 Marseille"),
    ("Vi bor i N-0150 Oslo.", "N-0150 Oslo"),
    ("Asumme FI-33100 Tampere, lähellä keskustaa.", "FI-33100 Tampere"),
    ("Woonplaats: 2511 CV Den Haag.", "2511 CV Den Haag"),
    ("Bydlíme: 602 00 Brno.", "602 00 Brno"),
    ("Mieszkamy: 31-042 Kraków.", "31-042 Kraków"),
    ("We are at 40210 Düsseldorf.", "40210 Düsseldorf"),
    ("Наш индекс 630099, Новосибирск.", "630099"),
    ("My CEP is 30130-010, Belo Horizonte.", "30130-010"),
    ("PIN code 400001, Mumbai.", "400001"),
])
def test_a_postcode_with_its_town(text, address):
    assert (Kind.ADDRESS, address) in [(f.kind, f.text) for f in find_postcodes(text)]


@pytest.mark.parametrize("text", [
    "About 3000 Paris runners joined the charity race.",   # a count before a town
    "In 2019 Vienna hosted the congress.",                  # a year before a town
    "My card PIN 4921 was blocked.",                        # a card's PIN
    "He walked 12000 steps in Leeds yesterday.",            # a count, and no town right after it
])
def test_no_postcode_in_counts_years_and_pins(text):
    assert list(find_postcodes(text)) == []


def test_a_town_and_its_postcode_with_the_country_letters_after_it(rules_only):
    found = kinds(rules_only, "We moved from Trondheim to Vilnius, LT-01100 last spring.")
    assert (Kind.ADDRESS, "Vilnius, LT-01100") in found
    assert all(k is not Kind.RECORD_NUMBER for k, _ in found)
