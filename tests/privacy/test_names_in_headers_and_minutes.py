"""People named by a message's header ("Reply from … to …") or a meeting's record ("present: …,
…, …"); a disease's eponym there stays ("Message from Pompe to Fabry clinic" is no one)."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, names", [
    ("Reply from Ottilie to Bramwell: the leaflet is attached.", ("Ottilie", "Bramwell")),
    ("Minutes 3 March: present Wenna, Tudur and Ifeoma. Agreed the rota.", ("Wenna", "Tudur", "Ifeoma")),
    ("Apologies: Senara, Gwilym.", ("Senara", "Gwilym")),
])
def test_people_in_headers_and_minutes(rules_only, text, names):
    found = [(f.kind, f.text) for f in rules_only.find(text)]
    for name in names:
        assert (Kind.NAME, name) in found, (name, found)


def test_eponyms_in_a_header_stay(rules_only):
    text = "Message from Pompe to Fabry clinic: the infusion list."
    assert not [f for f in rules_only.find(text) if f.kind is Kind.NAME]
