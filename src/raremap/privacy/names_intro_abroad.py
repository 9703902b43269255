"""More self-introductions and relatives, by the grammar of their language: Greek ("είμαι η …",
"ονομάζομαι …", "ο γιος μου …"), Ukrainian and Russian "я … з/из", Bulgarian "аз съм …" and
"баща ми …", Arabic "أنا …،", Hebrew "אני … מ…", Tamil "என் பெயர் …" and "என் மகன் …", Polish
"nazywam się …", Catalan "sóc la …", Hungarian "… vagyok", Estonian "mina olen …" and "minu pojal …",
Czech and Slovak "můj syn …". The words after the cue count only in the cue's script, capitalised
where the script has capitals."""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.names_scripts import ARABIC, CYRILLIC, HEBREW, NOT_NAMES

SOURCE = "rule:context-guess"
LATIN = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’]+"  # Central European letters too ("Bożena", "Łukasz")
GREEK = r"[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+"
TAMIL = r"[\u0B85-\u0BB9][\u0B80-\u0BFF]*"

PATTERNS = [
    re.compile(rf"(?i:είμαι\s+(?:[οη]\s+)?|ονομάζομαι\s+|με\s+λένε\s+)(?P<n>{GREEK}(?:\s+{GREEK})?)"),
    re.compile(rf"(?i:[οη]\s+(?:γιος|κόρη|σύζυγος|σύζυγός|άντρας|γυναίκα)\s+μου)\s*,?\s+(?:[οη]\s+)?(?P<n>{GREEK})"),
    re.compile(rf"(?<!\w)(?i:я)\s+(?P<n>{CYRILLIC}\s+{CYRILLIC})(?=\s+(?i:з|із|из|от|с)\s)"),
    re.compile(rf"(?i:аз\s+съм)\s+(?P<n>{CYRILLIC}(?:\s+{CYRILLIC})?)"),
    re.compile(rf"(?i:баща|майка|брат|сестра)\s+ми\s+(?P<n>{CYRILLIC})"),
    re.compile(rf"(?<!\w)أنا\s+(?P<n>{ARABIC}(?:\s+{ARABIC})?)(?=\s*[،,]|\s+من\s)"),
    re.compile(rf"(?<!\w)אני\s+(?P<n>{HEBREW}\s+{HEBREW})(?=\s+מ[\u05D0-\u05EA]|\s*[,.])"),
    re.compile(rf"என்\s+பெயர்\s+(?P<n>{TAMIL}(?:\s+{TAMIL})?)"),
    re.compile(rf"என்\s+(?:மகன்|மகள்|கணவர்|மனைவி)\s+(?P<n>{TAMIL})"),
    re.compile(rf"\b(?i:nazywam\s+się|sóc\s+(?:la|el|en|na)|soc\s+(?:la|el|en|na)|mina\s+olen|ma\s+olen)"
               rf"\s+(?P<n>{LATIN}(?:\s+{LATIN})?)\b"),
    re.compile(rf"\b(?i:minu\s+(?:pojal|tütrel|pojale|tütrele)|můj\s+(?:syn|manžel|bratr|otec)|"
               rf"moje\s+(?:dcera|manželka|žena|sestra|matka)|môj\s+(?:syn|manžel)|moja\s+(?:dcéra|manželka))"
               rf"\s*,?\s+(?P<n>{LATIN})\b"),
    # Hungarian puts "I am" after the name, the family name first: "Fazekas Emőke vagyok"
    re.compile(rf"(?:^|[,.!]\s*)(?P<n>{LATIN}\s+{LATIN})\s+vagyok\b"),
]


def intro_names_abroad(text: str) -> Iterator[Finding]:
    for rx in PATTERNS:
        for m in rx.finditer(text):
            name = m.group("n")
            if any(w.lower() in NOT_NAMES for w in name.split()):
                continue
            yield Finding(Kind.NAME, *m.span("n"), name, SOURCE)
