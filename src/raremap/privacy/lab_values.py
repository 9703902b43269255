"""Lab values, doses and measurements ("12 mcg/dL", "450 x10^9/L", "40 mg", "BP 140/90"):
never personal data, so no finding may cover them (a number with a unit is not an age, a date
or a phone number)."""

from __future__ import annotations

import re

UNIT = (r"(?:mcg|µg|μg|ug|mg|g|ng|pg|kg|mmol|µmol|μmol|umol|nmol|pmol|mol|mEq|meq|IU|iu|mIU|µIU|"
        r"μIU|U|mU|mL|ml|dL|dl|L|cells|copies|mmHg|bpm|cm|mm|µm|μm|%|"
        r"[x×]\s?10\^?[-−]?\d+)")
LAB = re.compile(
    rf"(?<![\w.])\d+(?:[.,]\d+)*\s?{UNIT}(?:\s?/\s?[A-Za-zµμ0-9.^]+)*(?!\w)"
    r"|\b(?:BP|blood\s+pressure|pressure)\b[^.\d]{0,15}(?P<bp>\d{2,3}\s?/\s?\d{2,3})(?!\s?/?\d)",
    re.IGNORECASE)


def lab_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in LAB.finditer(text):
        out.append(m.span("bp") if m.group("bp") else m.span())
    return out
