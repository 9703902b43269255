"""Words the small model or the first-name list takes for people: greetings of other languages
("Guten Tag"), form and message labels ("Voicemail", "Tel.", "Merge?"), the German "Sie", and a
title after "I am" ("I am Dr. Thandiwe Dlamini": the name is Thandiwe Dlamini, not "Dr")."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def names(detector, text):
    return [f.text for f in detector.find(text) if f.kind is Kind.NAME]


@pytest.mark.parametrize("text, wrong", [
    ("Guten Tag, mein Sohn hat Morbus Fabry. Bitte schicken Sie die Broschüre. Tel. 030 5550 1837", "Guten Tag"),
    ("Guten Tag, bitte schicken Sie die Broschüre.", "Sie"),
    ("Guten Tag, bitte rufen Sie an. Tel. 030 5550 1837", "Tel"),
    ('Voicemail Friday 14 March: "Hi, about the appointment"', "Voicemail"),
    ("Duplicate accounts: both logged in from the same place. Merge? She is the Fabry mum", "Merge"),
    ("Hello, I am Dr. Thandiwe Dlamini at Chris Hani Baragwanath.", "Dr"),
])
def test_greetings_labels_and_titles_are_no_names(detector, text, wrong):
    assert wrong not in names(detector, text)


def test_the_name_after_the_title_is_still_found(detector):
    assert "Thandiwe Dlamini" in names(detector, "Hello, I am Dr. Thandiwe Dlamini at Chris Hani Baragwanath.")
