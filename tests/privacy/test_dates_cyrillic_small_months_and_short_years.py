"""A day and month in Russian or Ukrainian ("3 мая", "12 березня 2024"), a Dutch month written
like the English one in small letters ("14 december 2024"), and a month's short name before a
short year ("Sep '25"); "may" in small letters before a year in quotes stays."""

from __future__ import annotations

import pytest

from raremap.privacy.dates import find_dates


@pytest.mark.parametrize("text, date", [
    ("Анализ пота сдали 3 мая, результат хороший.", "3 мая"),
    ("Операцію призначили на 12 березня 2024 року.", "12 березня 2024"),
    ("De infuus is op 14 december 2024 gestart.", "14 december 2024"),
    ("next echo Sep '25 at the clinic", "Sep '25"),
])
def test_dates(text, date):
    assert date in [f.text for f in find_dates(text)]


@pytest.mark.parametrize("text", [
    "we may '25 or may not go",
    "dose 40 mg since 2 of them",
])
def test_no_dates(text):
    assert list(find_dates(text)) == []
