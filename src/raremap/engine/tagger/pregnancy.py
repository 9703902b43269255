"""Findings only a pregnancy shows (the amniotic fluid, the fetus on a scan, the embryo) are
read by meaning only from a text that speaks of a pregnancy. Without one, a phrase near them
in meaning is about a child or an adult: "her eye keeps watering" is no lack of amniotic
fluid and "swollen all over" no hydrops of a fetus. Their names and synonyms, matched as
words, are unaffected ("oligohydramnios at 30 weeks" is still found).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

#: the subtrees of HPO that only a pregnancy shows
PRENATAL_ROOTS = (
    "HP:0001560",  # Abnormality of the amniotic fluid
    "HP:0034057",  # Fetal anomaly
    "HP:0033334",  # Abnormal embryonic development
)
#: words that put a pregnancy in the text
PREGNANCY = re.compile(
    r"\b(?:pregn\w*|pregancy|womb|uterus|in\s+utero|scans?|ultra\s?sound\w*|sonograph\w*|f(?:o|oe|œ)t(?:us|al|uses)|"
    r"unborn|amnio\w*|waters|gestation\w*|antenatal|prenatal|ante-natal|pre-natal|midwi\w*|obstetric\w*|"
    r"trimester|kick(?:s|ed|ing)?|expecting|\d+\s?(?:wks?|weeks?)\s+(?:pregnant|along|gestation))\b",
    re.IGNORECASE)
EMPTY = np.zeros(0, dtype=np.int64)


@lru_cache(maxsize=4)
def prenatal_slots(tagger) -> np.ndarray:
    """Slots of the tagger's terms under :data:`PRENATAL_ROOTS` (computed once per tagger;
    there is one tagger per knowledge base)."""
    ont, slot_of = tagger.kb.ontology, tagger.lexicon.slot_of
    found = {slot_of[h] for root in PRENATAL_ROOTS if root in ont  # a later release may move a root
             for h in ont.descendants(root, include_self=True) if h in slot_of}
    return np.asarray(sorted(found), dtype=np.int64)


def unsaid_prenatal(tagger, text: str) -> np.ndarray:
    """The slots meaning may not answer for ``text``: the prenatal ones, unless the text
    speaks of a pregnancy."""
    if PREGNANCY.search(text):
        return EMPTY
    return prenatal_slots(tagger)
