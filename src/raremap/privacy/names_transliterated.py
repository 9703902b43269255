"""Full names written in Cyrillic or Greek letters ("Борис Егоров", "Олеся Ткачук", "Σπύρος
Κωνσταντίνου"): two capitalised words of that script whose first, spelled in Latin letters
("boris", "olesia", "spyros"), is a first name the name lists know. The lists are in Latin
letters, so a first name is read in the usual transliterations (Russian, Ukrainian, Bulgarian,
Greek) and each spelling is tried.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from raremap.privacy.data_files import data_lines
from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

SOURCE = "rule:context-guess"
CYRILLIC = r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+"
GREEK = r"[Α-ΩΆ-Ώ][α-ωά-ώϊϋΐΰ]+"
FULL_NAME = re.compile(rf"(?<![\w-])(?:(?P<c1>{CYRILLIC})\s+(?P<c2>{CYRILLIC})|(?P<g1>{GREEK})\s+(?P<g2>{GREEK}))(?![\w-])")

# Each letter and its usual spellings in Latin letters (the first is the most usual).
CYR = {
    "а": ("a",), "б": ("b",), "в": ("v",), "г": ("g", "h"), "ґ": ("g",), "д": ("d",), "е": ("e", "ye"),
    "ё": ("yo", "e"), "є": ("ye", "ie", "e"), "ж": ("zh", "j"), "з": ("z",), "и": ("i", "y"), "і": ("i",),
    "ї": ("yi", "i"), "й": ("y", "i", ""), "к": ("k",), "л": ("l",), "м": ("m",), "н": ("n",), "о": ("o",),
    "п": ("p",), "р": ("r",), "с": ("s",), "т": ("t",), "у": ("u",), "ф": ("f",), "х": ("kh", "h"),
    "ц": ("ts", "c"), "ч": ("ch",), "ш": ("sh",), "щ": ("shch", "sch"), "ъ": ("",), "ы": ("y",), "ь": ("",),
    "э": ("e",), "ю": ("yu", "iu"), "я": ("ya", "ia", "a"), "'": ("",), "’": ("",),
}
GR_PAIRS = {"ου": ("ou", "u"), "αυ": ("av", "af"), "ευ": ("ev", "ef"), "μπ": ("b", "mp"), "ντ": ("d", "nt"),
            "γγ": ("ng",), "αι": ("ai", "e"), "ει": ("ei", "i"), "οι": ("oi", "i")}
GR = {
    "α": ("a",), "β": ("v", "b"), "γ": ("g", "y"), "δ": ("d",), "ε": ("e",), "ζ": ("z",), "η": ("i", "e"),
    "θ": ("th",), "ι": ("i",), "κ": ("k",), "λ": ("l",), "μ": ("m",), "ν": ("n",), "ξ": ("x",), "ο": ("o",),
    "π": ("p",), "ρ": ("r",), "σ": ("s",), "ς": ("s",), "τ": ("t",), "υ": ("y", "i"), "φ": ("f", "ph"),
    "χ": ("ch", "h"), "ψ": ("ps",), "ω": ("o",),
}
MAX_SPELLINGS = 64
# "Олеся Ткачук", "Богдан Шевченко", "Нино Беридзе": a surname's own ending after a capitalised word
SURNAME_END = re.compile(r"(?:чук|щук|нюк|люк|сюк|рук|енко|ович|евич|йович|швили|дзе)$")


def _plain_greek(word: str) -> str:
    t = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in t if not unicodedata.combining(c))


def spellings(word: str) -> set[str]:
    """The Latin spellings of a Cyrillic or Greek word ("Олеся" -> {"olesya", "olesia", …})."""
    low = _plain_greek(word) if re.match(GREEK, word) else word.lower()
    table, pairs = (GR, GR_PAIRS) if re.match(GREEK, word) else (CYR, {})
    parts: list[tuple[str, ...]] = []
    i = 0
    while i < len(low):
        if low[i:i + 2] in pairs:
            parts.append(pairs[low[i:i + 2]])
            i += 2
            continue
        parts.append(table.get(low[i], ("",)))
        i += 1
    out = set()
    for combo in itertools.islice(itertools.product(*parts), MAX_SPELLINGS):
        out.add("".join(combo))
    return out


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """Every first name the lists hold, places and words included: in another script a capitalised
    pair of words is already a name or a place, and the first name tells which."""
    from raremap.privacy.names import census_first_names

    return census_first_names() | frozenset(data_lines("first_names_world.txt"))


def transliterated_names(text: str) -> Iterator[Finding]:
    firsts = _first_names()
    for m in FULL_NAME.finditer(text):
        first = m.group("c1") or m.group("g1")
        if len(first) < 3 or not (any(s in firsts for s in spellings(first))
                                  or (m.group("c2") and SURNAME_END.search(m.group("c2")))):
            continue
        yield Finding(Kind.NAME, m.start(), m.end(), m.group(), SOURCE)
