"""People named after another language's title or form of address ("Frau Oberwiesner",
"Herrn Kaltenbrunner", "Madame Fournier", "Señora Gutiérrez", "Sig.ra Bellandi", "Mevrouw
Jansen", "Pani Wiśniewska", "Fru Lindqvist"), like the English "Mrs" of :data:`.names.TITLE`.

Left out on purpose: titles that are also common words or initials ("M.", "Pan", "Don")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.names import NOT_AFTER_TITLE

TITLE_ABROAD = re.compile(
    r"\b(?:Herrn?|Frau|Fräulein|Hr\.|Fr\.|Madame|Mme\.?|Monsieur|Mademoiselle|Mlle\.?|"
    r"Señora?|Señorita|Sra\.|Srta\.|Sr\.|Signora|Signorina|Signor|Sig\.ra|Sig\.|Dott\.ssa|Dott\.|"
    r"Dottoressa|Dottor|Doctora|Doutora|Doutor|Dra\.|Mevrouw|Mevr\.|Meneer|Dhr\.|Pani|Fru|Herra|Rouva|"
    r"Doktor)\s+"
    # letters of any alphabet ("Wiśniewska", "Đorđević"); capitals are checked below
    r"(?P<name>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)?(?:\s+[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)?)?)"
)
#: Words after a title that are no name ("Frau Doktor", "Herr Professor").
NOT_NAMES = frozenset("doktor doctor professor prof dr direktor oberarzt oberärztin chefarzt chefärztin".split())


def titled_names_abroad(text: str) -> Iterator[Finding]:
    for m in TITLE_ABROAD.finditer(text):
        s, e = m.span("name")
        words = text[s:e].split()
        if not words[0][0].isupper() or words[0].isupper():
            continue
        if len(words) == 2 and not words[1][0].isupper():  # "Frau Berger sagt": the name ends
            e = s + len(words[0])
        first = words[0].lower()
        if first in NOT_AFTER_TITLE or first in NOT_NAMES:
            continue
        yield Finding(Kind.NAME, s, e, text[s:e], "rule:title")
