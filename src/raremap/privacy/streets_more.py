"""Street addresses opened or closed by the word for a street of more languages: "Heol Goffa 22",
"Bulevar kralja Aleksandra 73, stan 12", "Triq il-Kunsill tal-Ewropa", "Rehov Dizengoff 187",
"Jl. Kaliurang Km 5", "Savanorių pr. 214-16", "Rue Saint-Gilles 112, boîte 4", "Bv. Oroño 1245",
and "12, Triq …" or "22 Heol …" with the number first when a town follows.

The street word alone locates no one: a house number must follow the name (or open it, with a
comma and a town after the name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.patterns import address_end, strip_trailing

UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽĦĠĊŻ"
CAP = rf"[{UPPER}][^\W\d_]*(?:['’-][^\W\d_]+)*"
# Words for a street, road, avenue or square that open its name: Welsh, Maltese, Hebrew and
# Arabic in Latin letters, South Slavic, Romanian, Albanian, Malay and Indonesian, Thai in Latin
# letters, Spanish, Portuguese, Catalan, Galician, Basque, French and Belgian, Swahili.
OPENING = (r"(?:Heol|Ffordd|Stryd|Lôn|Triq|Rehov|Rechov|Sderot|Shari['’]?a|Bulevar|Bulevardul|Bulevardi|"
           r"Ulica|Ulitsa|Cesta|Trg|Calea|Strada|Str\.|Aleea|Splaiul|Şoseaua|Soseaua|Rruga|Jalan|Jl\.|Jln\.?|"
           r"Soi|Thanon|Avenida|Av\.|Avda\.?|Bv\.|Bvd\.?|Boulevard|Carrera|Cra\.|Diagonal|Transversal|Rambla|"
           r"Passeig|Ronda|Carretera|Camino|Travesía|Estrada|Rodovia|Praça|Alameda|Rúa|Rue|Chaussée|"
           r"Mtaa|Barabara|Odos|Kale|Kalea|Rua|Via|Viale|Piazza|Corso|Calle|Largo|Travessa|Plaza|Paseo|Carrer|"
           r"Jr\.|Jirón|Pasaje|Psje\.|Bd\.|Bdul\.?|B-dul)")
# Words for a street that close its name, written small: Lithuanian, Latvian, Estonian,
# Hungarian, Turkish, South and West Slavic, Indian English.
CLOSING = (r"(?:pr\.|g\.|gatvė|prospektas|al\.|iela|prospekts|tänav|mnt\.?|pst\.?|utca|út|körút|tér|"
           r"sokak|sokağı|caddesi|cad\.|sk\.|ulica|ulice|cesta|třída|náměstí|nám\.|Nagar|Marg|Road)")
NUMBER = r"\d{1,4}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?){0,2}"
# "Jl. Kaliurang Km 5,6 No. 12": a kilometre mark along a road, then perhaps the house number
KM = rf"Km\s+\d{{1,3}}(?:[,.]\d)?(?:\s+No\.?\s*{NUMBER})?"
# A flat, door or floor after the number ("stan 12", "boîte 4", "lgh 1102", "Km 5,6")
FLAT = r"(?:,?\s+(?:stan|boîte|boite|bte|lgh|ap|apt|apto|dpto|piso|kv|dz|Ap|Apt|Shk|Pallati|Km)\.?\s*\d{1,4}(?:[,.]\d)?[A-Za-z]?\b)"
WORDS = rf"(?:\s+(?:{CAP}|de|del|la|las|los|da|do|dos|das|di|du|des|le|il|tal|ta['’]|[a-zà-öø-ÿā-žġħżċ]+-[{UPPER}][\w'’-]*|[a-zà-öø-ÿā-ž]{{3,}})){{1,5}}?"
NUMBER_AFTER = re.compile(
    rf"(?<![\w.-])(?:{OPENING}{WORDS}|{CAP}(?:\s+{CAP}){{0,2}}\s+{CLOSING})\s+(?:{KM}|(?:No\.?\s*)?{NUMBER}\b(?![.,]\d)){FLAT}{{0,2}}"
    r"(?!\s*(?:%|mg|kg|g\b|ml|mL|km|years?|anni|anos|años|ans|jaar|times|x\b))")
NUMBER_FIRST = re.compile(
    rf"(?<![\w.,/-])\d{{1,4}}[A-Za-z]?,?\s+{OPENING}{WORDS}(?=,\s+[{UPPER}])"
    # "88 Glen Eagle Dr, Spokane": "Dr" closes a street only after a number and before a comma
    rf"|(?<![\w.,/-])\d{{1,5}}\s+(?:[NSEW]\.?\s+)?(?:{CAP}\s+){{1,3}}Dr\.?(?=,\s+[{UPPER}])"
    # "C-44, Malviya Nagar, Jaipur": an Indian house number and the colony or sector it stands in
    rf"|(?<![\w.,/-])[A-Z]{{0,2}}-?\d{{1,4}}[A-Z]?,\s+(?:{CAP}\s+){{1,2}}(?:Nagar|Colony|Layout|Enclave|Vihar|Puram|Bagh|Extension)"
    rf"(?=,\s+[{UPPER}])")


# Colombian streets are numbered, and a house by its cross street and the distance along it:
# "Calle 45 # 12-30", "Carrera 7 No. 71-21", "Cra. 15 # 93-60, apto 502", "Diagonal 40A Bis # 13-21".
GRID = re.compile(
    r"(?<![\w.])(?:(?:Avenida\s+)?(?:Calle|Carrera)|Cra\.?|Cr\.?|Kr\.?|Cl\.?|Cll\.?|Ak\.?|Ac\.?|Diagonal|Dg\.?|"
    r"Transversal|Tv\.?|Circular|Avenida)\s+\d{1,3}\s?[A-Z]?(?:\s+(?:Bis|Sur|Este|Norte))?\s*"
    r"(?:#|No\.?|N[°º]\.?|Nro\.?)\s*\d{1,3}\s?[A-Z]?\s*-\s*\d{1,3}\b")


def find_more_streets(text: str) -> Iterator[Finding]:
    for rx in (NUMBER_AFTER, NUMBER_FIRST, GRID):
        for m in rx.finditer(text):
            # a lower-case run word is a street's ("kralja", "il-Kunsill"), never a sentence's verb
            # after the number: the run must end at a number, or at a comma and a town
            end = strip_trailing(text, m.start(), address_end(text, m.end()))
            yield Finding(Kind.ADDRESS, m.start(), end, text[m.start():end], "rule:address")
