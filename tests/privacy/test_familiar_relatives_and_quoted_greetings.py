"""A familiar word for a relative then a name ("aunty Modupe", "her bubba Tane", "nana Jean"), any
word for a relative with a name in brackets ("Dad (Clive)"), and a greeting inside quotes or after a
colon ('"Hi Dunya,', "Message: Hi Rhodri,") name a person; a relative before a disease or a day,
or a name owning something after "baby", does not."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def names(detector, text):
    return [f.text for f in detector.find(text) if f.kind is Kind.NAME]


@pytest.mark.parametrize("text, name", [
    ("Thanks from aunty Modupe and the family.", "Modupe"),
    ("Her bubba Tane has reflux.", "Tane"),
    ("Gran Eileen sends her love.", "Eileen"),
    ("Dad (Clive) could not sleep again.", "Clive"),
    ('fwd: "Hi Dunya, the clinic moved."', "Dunya"),
    ("SMS from the ward: Hi Rhodri, your appointment is on Monday.", "Rhodri"),
])
def test_names_found(rules_only, text, name):
    assert name in names(rules_only, text)


@pytest.mark.parametrize("text", [
    "My nan Parkinson's started last year.",
    "Our bubba Friday feed was late.",
    "Baby Noah's cot arrived.",
])
def test_no_such_names(rules_only, text):
    found = names(rules_only, text)
    assert not any(w in " ".join(found) for w in ("Parkinson", "Friday", "cot"))
