"""Disease names in the case people write them.

Some OMIM titles in phenotype.hpoa are written in capitals ("SULFOCYSTEINURIA", "DEAFNESS,
Y-LINKED 2"), which reads as shouting beside the others. They are shown in sentence case:
the first letter capital, short letter groups that are not plain words kept in capitals
("Y-linked", "type B", "B-cell CLL/lymphoma 2"). Names with any small letter are left as
they are, and so are Orphanet's: its capital names are gene symbols ("MOGS-CDG").
"""

from __future__ import annotations

import re

#: Short words that are words, not abbreviations, in a name written in capitals.
_SMALL_WORDS = frozenset({"A", "AN", "AND", "AT", "BY", "DUE", "FOR", "IN", "OF", "ON", "OR", "THE", "TO"})
_LETTERS = re.compile(r"[A-Z]+")


def readable_name(disease_id: str, name: str) -> str:
    """``name`` in sentence case when it is an OMIM title written all in capitals."""
    if not disease_id.startswith("OMIM:") or any(c.islower() for c in name) or len(_LETTERS.findall(name)) == 0:
        return name

    def case(m: re.Match) -> str:
        word = m.group(0)
        return word if len(word) <= 3 and word not in _SMALL_WORDS else word.lower()

    text = _LETTERS.sub(case, name)
    first = next((i for i, c in enumerate(text) if c.isalpha()), None)
    return text if first is None else text[:first] + text[first].upper() + text[first + 1:]
