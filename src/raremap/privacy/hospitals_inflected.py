"""Hospitals named with a word for "hospital" that carries a case ending or a capital the rules of
``hospitals`` and ``hospitals_keywords`` miss: Polish "w Uniwersyteckim Szpitalu Dziecięcym",
"w Szpitalu Bródnowskim"; Czech "ve Fakultní nemocnici Motol"; Finnish "Pirkanmaan
keskussairaalassa"; Hungarian "a Debreceni Klinikai Központban", "a Péterfy Kórházban"; Icelandic
"á Landspítala"; Irish "Ospidéal na hOllscoile Corcaigh"; Afrikaans "Tygerberg Hospitaal"; Greek
"στο Αττικόν" ("-ειο", "-ον" names after "στο")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_PL_ADJ = r"[a-ząćęłńóśźż]+(?:ym|im|ej|ego|ych|ich)"
INFLECTED = re.compile(
    # Polish: adjectives around "Szpital" in any case, or a name after it
    rf"(?:\b[{UP}][\wąćęłńóśźż]+(?:ym|im|ej|ego|y|i)\s+)?\b[Ss]zpital(?:u|em|a|owi)"
    rf"(?:\s+(?:{_PL_ADJ}|[{UP}][\wąćęłńóśźż-]+)){{1,3}}"
    rf"|\b[{UP}][\wąćęłńóśźż]+(?:ym|im)\s+[Ss]zpital(?:u|em)\b(?:\s+{_PL_ADJ})?"
    # Czech and Slovak: "Fakultní nemocnici Olomouc"
    rf"|\b[Ff]akultn[íá]\s+nemocnic(?:i|í|e)\s+(?:v\s+|u\s+sv\.\s+)?[{UP}][\w-]+(?:\s+[{UP}][\w-]+)?"
    # Finnish: a region's or town's genitive then a word for hospital in any case
    rf"|\b[{UP}][\w-]+n\s+(?:[a-zäö]+\s+)?[a-zäö]*sairaala(?:ssa|an|sta|lla|n)?\b"
    # Hungarian: "… Klinikai Központban", "… Kórházban"
    rf"|\b(?:[{UP}][\wőű-]+\s+){{1,3}}(?:Klinikai\s+Központ|Kórház)(?:ban|ba|ból|ában|ába|ából|a)\b"
    # Icelandic, Irish, Afrikaans
    rf"|\b[{UP}]\w*spítal(?:i|a|ann|anum)\b"
    rf"|\bOspidéal(?:\s+(?:na|an|Naomh))?(?:\s+h?[{UP}][\w'’]+){{1,3}}"
    rf"|\b(?:[{UP}][\w'’]+[\s-]){{1,2}}Hospitaal\b"
    # Greek: a hospital's name ending "-ειο" or "-ον" after "στο"
    r"|(?<=\bστο\s)[Α-Ω][\u0370-\u03FF]+(?:ειο|είο|ον)\b")


def find_inflected_hospitals(text: str) -> Iterator[Finding]:
    for m in INFLECTED.finditer(text):
        yield Finding(Kind.HOSPITAL, m.start(), m.end(), m.group(), "rule:hospital")
