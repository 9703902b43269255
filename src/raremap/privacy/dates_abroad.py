"""More dates: a month of another language and a year without a day ("marzo de 2025", "juni 2021",
"settembre 2025", "Machi 2025", "w marcu 2024", "styczeń 2023"), the French first of the month
("1er avril 2016"), a day and month with spaces after their dots ("1. 12. 2025"), a web server's
log date ("30/Nov/2025") and a Japanese era date ("令和7年3月14日")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.dates import FOREIGN_MONTH, SHORT_MONTH
from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.patterns import YEAR

# Polish months as named alone or "in" a month, Swahili months, Czech months
MORE_MONTHS = (r"(?:styczeń|luty|marzec|kwiecień|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień|"
               r"styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|wrześniu|październiku|listopadzie|grudniu|"
               r"Januari|Februari|Machi|Aprili|Julai|Agosti|Septemba|Oktoba|Novemba|Desemba|"
               r"leden|únor|březen|duben|květen|červen|červenec|srpen|září|říjen|listopad|prosinec)")
MONTH_YEAR = re.compile(
    rf"(?<![\w.])(?P<d>(?i:{FOREIGN_MONTH}|{MORE_MONTHS})\s+(?:de\s+|del\s+)?{YEAR})\b"
    rf"|\b(?P<d2>1er\s+(?i:{FOREIGN_MONTH})(?:\s+{YEAR})?)\b"
    rf"|(?<![\d.])(?P<d3>[0-3]?\d\.\s[01]?\d\.\s{YEAR})\b"
    rf"|(?<![\d/])(?P<d4>[0-3]?\d/{SHORT_MONTH}/{YEAR})(?![\d/])"
    r"|(?P<d5>(?:令和|平成|昭和)\s?(?:元|\d{1,2})\s?年\s?[01]?\d\s?月(?:\s?[0-3]?\d\s?日)?)")


def find_dates_abroad(text: str) -> Iterator[Finding]:
    for m in MONTH_YEAR.finditer(text):
        g = next(g for g in ("d", "d2", "d3", "d4", "d5") if m.group(g))
        yield Finding(Kind.DATE, *m.span(g), m.group(g), "rule:date")
