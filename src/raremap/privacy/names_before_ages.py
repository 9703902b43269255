"""A known first name opening a sentence and followed, within three words, by an age found in the
text or by a word for "born" ("Cormac, now aged fourteen, …", "Zélie aura neuf ans …", "Gaspard,
né le 8 mars 2021, …", "Aoibhinn insists she's two …"): the sentence is about that person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.names import any_first_names
from raremap.privacy.names_aged import no_person
from raremap.privacy.names_said import FOREIGN_WORDS, MY_WORDS

SOURCE = "rule:context-guess"
OPENING = re.compile(r"(?:^|(?<=[.!?…]\s)|(?<=\n))(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)(?=[\s,])")
# up to three words (commas allowed) between the name and the age
GAP = re.compile(r"(?:\s*,)?\s+(?:[\w'’]+\s*,?\s+){0,3}")
# "My son is 7", "Min pappa …", "Mio nipote …": "my" and such openers in any language are no first name
OPENERS = frozenset("my min mio mia mi mein meine ma mon mijn moja mój meu minha nasz our your his her".split())
BORN = re.compile(r"\s*,?\s+(?i:né|née|born|geboren|geb\.|nata|nato|nacido|nacida|nascido|nascida|"
                  r"urodzony|urodzona|född|født|syntynyt)\b")


def names_before_ages(text: str, found: Iterable[Finding]) -> Iterator[Finding]:
    found = list(found)
    ages = {f.start for f in found if f.kind is Kind.AGE}
    firsts = any_first_names()
    for m in OPENING.finditer(text):
        s, e = m.span("n")
        word = m.group("n").lower()
        if (word not in firsts or word in MY_WORDS or word in FOREIGN_WORDS or word in OPENERS or no_person([word])
                or any(f.start < e and s < f.end for f in found)):
            continue
        if BORN.match(text, e) or any(e < a <= e + 40 and GAP.fullmatch(text, e, a) for a in ages):
            yield Finding(Kind.NAME, s, e, m.group("n"), SOURCE)
