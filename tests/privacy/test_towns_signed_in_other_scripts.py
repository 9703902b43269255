"""The town signed after a person's name or age in another script ("Имя Фамилия, Самара",
"63 года, Самара;", an Arabic comma before the town)."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, town", [
    ("Пишите: Наталья Крылова, Самара, 8 900 000 00 00", "Самара"),
    ("СКВ у мамы, 63 года, Екатеринбург; ищем врача", "Екатеринбург"),
    ("Μαρία Παπαδοπούλου, Πάτρα.", "Πάτρα"),
])
def test_town_after_person_in_other_scripts(rules_only, text, town):
    assert (Kind.ADDRESS, town) in [(f.kind, f.text) for f in rules_only.find(text)]


def test_a_word_after_the_age_that_is_no_town_stays(rules_only):
    found = rules_only.find("СКВ у мамы, 63 года, преднизолон; ищем врача")
    assert Kind.ADDRESS not in [f.kind for f in found]
