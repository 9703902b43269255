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


# Counts of repeats in any language ("72 repetições", "43 CAG repeats") and visual acuity as a Snellen
# fraction ("VA 20/400 OU", "6/60 OD"): measurements, no date, id or age.
MEASURED = re.compile(
    r"(?<![\w.])\d{1,4}(?:\s*/\s*\d{1,4})?\s+(?:(?:CAG|CTG|GAA|CGG|CCTG|ATTCT|GGGGCC)\s+)?"
    r"(?i:repeats?|repetições|repetiçoes|repeticiones|répétitions|ripetizioni|Wiederholungen|herhalingen|"
    r"powtórzeń|upprepningar|gjentakelser|gentagelser|toistoa|opakování)(?!\w)"
    r"|\b(?:VA|BCVA|Visus|visus|acuity)\s*:?\s*(?:20|6)\s?/\s?\d{1,3}(?:\s*(?:OU|OD|OS|RE|LE|BE)\b)?"
    r"|(?<![\w/])(?:20|6)/\d{1,3}\s+(?:OU|OD|OS)\b")


# A value named with what was measured and in what: "Kupfer im Urin 180 µg/24h", "copper in urine
# 180", "Cuivre dans les urines 2.1 µmol/24h", "Protein in CSF 0.9 g/L". The analyte's word is
# part of the lab value (a German noun is capitalised, and is nobody's name).
SPECIMEN = (r"(?:urine|urin|urines|serum|plasma|blood|blut|sang|sangre|sangue|CSF|liquor|LCR|saliva|"
            r"sweat|stool|faeces|feces|spinal\s+fluid)")
ANALYTE_IN = re.compile(
    rf"\b[^\W\d_][\w-]*\s+(?:im|in(?:\s+the|\s+der|\s+de)?|dans\s+les?|dans\s+le|nel(?:le)?|nell['’]|en(?:\s+la)?|"
    rf"na|no|i)\s*(?:\d{{1,2}}\s?h(?:ours?)?[-\s]?|24-hour\s+)?{SPECIMEN}\b[^.;\n\d]{{0,20}}?(?=\d)", re.IGNORECASE)


# What was measured, written short right before its value: "FEV1 1.42 L", "ALP 640 U/L", "CK 600 IU/L".
ANALYTE_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z][A-Za-z]{0,5}\d[A-Za-z0-9]{0,3}|[A-Z]{2,6})\s*[:=]?\s*$")


def lab_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in LAB.finditer(text):
        if m.group("bp"):
            out.append(m.span("bp"))
            continue
        name = ANALYTE_BEFORE.search(text, max(0, m.start() - 12), m.start())
        out.append((name.start() if name else m.start(), m.end()))
    for m in MEASURED.finditer(text):
        name = ANALYTE_BEFORE.search(text, max(0, m.start() - 12), m.start())
        out.append((name.start() if name else m.start(), m.end()))
    for m in ANALYTE_IN.finditer(text):
        value = LAB.match(text, m.end())
        if value is not None and not value.group("bp"):
            out.append((m.start(), value.end()))
    return out
