"""Full addresses written the Indian and the Brazilian way, which end in a postal code and carry
their own words for the parts in between:

- India: a house, door, flat or plot number ("H. No. 7", "Door No. 12/340", "Flat No. 3B") or a
  number before a sector, nagar, colony, marg … then its parts to a six-digit PIN code
  ("H. No. 7, Sector 15-C, Ring Road, Panipat 132103");
- Brazil: a street word ("Rua", "Avenida", "Travessa", "Alameda" …) then the number, flat
  ("apto"), district ("Bairro", "Setor"), city and state to the CEP ("…, Natal - RN, 59010-000").

A sentence never runs on: a full stop before a capital ends the search.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

SOURCE = "rule:address-in-parts"
_ON = r"(?:[^.;!?\n]|\.(?!\s+[A-Z]|\s*$))"  # a full stop may abbreviate ("H. No.", "Av."), not end
HOUSE = (r"(?:H\.?\s?No|House\s+No|Door\s+No|Flat\s+No|Plot\s+No|D\.\s?No|Qtr\.?\s+No|Quarter\s+No|"
         r"House\s+Number|Door\s+Number)\.?\s*:?\s*[\dA-Z][\w/-]*")
LOCALITY = r"(?:Sector|Nagar|Colony|Marg|Layout|Enclave|Vihar|Puram|Mohalla|Chowk|Gali|Bagh|Cross|Main)"
PIN = r"\d{3}\s?\d{3}(?![\d-])"
INDIA = re.compile(
    rf"(?<![\w.])(?:{HOUSE}|\d+[\w/-]*,\s*(?={_ON}{{0,40}}\b{LOCALITY}\b))"
    rf"{_ON}{{1,120}}?(?:,\s*|\s+|\s*-\s*){PIN}")
STREET_BR = r"(?:Rua|Avenida|Av\.|Travessa|Tv\.|Alameda|Al\.|Praça|Rodovia|Estrada|Largo|Quadra|SQN|SQS)"
BRAZIL = re.compile(rf"\b{STREET_BR}\s+{_ON}{{1,120}}?\b(?:CEP:?\s*)?\d{{5}}-?\d{{3}}(?![\d-])")


def find_indian_and_brazilian_addresses(text: str) -> Iterator[Finding]:
    for rx in (INDIA, BRAZIL):
        for m in rx.finditer(text):
            yield Finding(Kind.ADDRESS, m.start(), m.end(), m.group(), SOURCE)
