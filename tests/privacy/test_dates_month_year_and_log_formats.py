"""Dates of more forms: a month of another language and a year without a day, the French "1er", a
day and month with spaces after their dots, a web log's date, a Japanese era date; a number
before a date's dot after a place is no age. A month word alone, or a year alone, stays."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def dates(detector, text):
    return [f.text for f in detector.find(text) if f.kind is Kind.DATE]


@pytest.mark.parametrize("text, date", [
    ("Tiene fiebre desde abril de 2024 y no mejora.", "abril de 2024"),
    ("Hij is geopereerd in oktober 2023.", "oktober 2023"),
    ("Ha iniziato la terapia a gennaio 2025.", "gennaio 2025"),
    ("Alianza kutibiwa Oktoba 2024 hospitalini.", "Oktoba 2024"),
    ("Zabieg był w czerwcu 2022.", "czerwcu 2022"),
    ("Elle est née le 1er mars 2019 à Lyon.", "1er mars 2019"),
    ("Zpráva ze dne 4. 7. 2024: kontrola.", "4. 7. 2024"),
    ('10.0.0.7 - - 02/Jan/2025:08:00:01 "GET /"', "02/Jan/2025"),
    ("平成30年4月1日に生まれました。", "平成30年4月1日"),
    ("Befund, Klinikum Fulda, 3. März 2025: Kontrolle.", "3. März 2025"),
])
def test_dates_found(rules_only, text, date):
    assert date in dates(rules_only, text)


def test_a_number_before_a_dated_month_is_no_age(rules_only):
    text = "Befund, Klinikum Fulda, 3. März 2025: Kontrolle."
    assert [f.text for f in rules_only.find(text) if f.kind is Kind.AGE] == []


@pytest.mark.parametrize("text", [
    "Im Oktober geht es ihm besser.",
    "Seit 2019 nimmt er das Medikament.",
])
def test_a_month_or_year_alone_stays(rules_only, text):
    assert dates(rules_only, text) == []
