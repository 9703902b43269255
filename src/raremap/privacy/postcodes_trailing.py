"""The town and postcode that end an address found in part.

"Thekkekara House, Kadavanthra, Kochi 682020": when a place is found and a comma, a
capitalised town and a bare number of four to six digits follow it, the town and number
are the rest of that address, not a record number read from the digits alone.
"""

from __future__ import annotations

import re

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

TOWN_AND_POSTCODE = re.compile(
    r",\s*[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:\s[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)?\s+(?P<code>\d{4,6})(?![\w.,/-]*\d)")
BARE_DIGITS = ("rule:digits", "rule:id", "rule:id-shape")


def postcodes_ending_addresses(text: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` in reading order, an address joined to the town and bare postcode after it."""
    out: list[Finding] = []
    skip = -1
    for i, f in enumerate(findings):
        if i == skip:
            continue
        nxt = findings[i + 1] if i + 1 < len(findings) else None
        m = TOWN_AND_POSTCODE.match(text, f.end) if f.kind is Kind.ADDRESS else None
        if (m is not None and nxt is not None and nxt.kind is Kind.RECORD_NUMBER and nxt.source in BARE_DIGITS
                and (nxt.start, nxt.end) == m.span("code")):
            f = Finding(Kind.ADDRESS, f.start, m.end(), text[f.start:m.end()], f.source)
            skip = i + 1
        out.append(f)
    return out
