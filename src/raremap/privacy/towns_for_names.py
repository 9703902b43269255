"""Known towns that the language model or the first-name list took for a person, told apart by the
words before them:

- a field or a word for a town ("town Abeokuta", "Wohnort: Tübingen", "ciudad: Salta", "home base:
  Ely"), or the old and new place of a move ("old Kaunas, new …");
- "of" after a capitalised word, as in a person of a place ("Edwina Mallory of Ludlow"), when the
  town is no first name ("daughter of Florence" stays a person);

a known town (no first name) that the model takes for a one-word name before a word in small
letters is a place or a thing named for it ("Ghent nosology", "Cork or Limerick", "Kasai was
done"), not a person;

and the model's name that runs on into an emoji or a symbol ("Ammanford 💛") ends before it.
"""

from __future__ import annotations

import re

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.names import any_first_names
from raremap.privacy.towns import plain, towns

TOWN_WORDS = re.compile(
    r"\b(?i:town|city|village|hometown|home\s+base|based|ville|commune|stadt|wohnort|ort|ciudad|localidad|"
    r"città|comune|cidade|miasto|miejscowość|woonplaats|plaats|old|new|former)\s*:?\s+$")
OF_AFTER_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]+\s+of\s+$")
# emoji and pictographs, with the joiners and variation selectors that build them
SMALL_WORD_AFTER = re.compile(r"\s[a-z]{2,}\b")
TRAILING_SYMBOLS = re.compile(r"[\s\u200d\ufe0f\u2600-\u27bf\U0001f000-\U0001faff]+$")


def town_cued(text: str, f: Finding) -> bool:
    """The words before ``f`` say it is a place."""
    if TOWN_WORDS.search(text, max(0, f.start - 16), f.start):
        return True
    return (OF_AFTER_NAME.search(text, max(0, f.start - 40), f.start) is not None
            and f.text.lower() not in any_first_names())


def without_trailing_symbols(f: Finding) -> Finding:
    """The model's guess less the emoji or symbols it ran into ("Ammanford 💛" -> "Ammanford")."""
    if f.source != "ner" or f.kind not in (Kind.NAME, Kind.ADDRESS):
        return f
    m = TRAILING_SYMBOLS.search(f.text)
    if m is None or m.start() == 0:
        return f
    return Finding(f.kind, f.start, f.start + m.start(), f.text[:m.start()], f.source)


def town_before_small_word(text: str, f: Finding) -> bool:
    """The model's one-word name that is a known town and no first name, before a word in small letters."""
    return (f.kind is Kind.NAME and f.source == "ner" and " " not in f.text
            and SMALL_WORD_AFTER.match(text, f.end) is not None
            and plain(f.text) in towns() and f.text.lower() not in any_first_names())
