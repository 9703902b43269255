"""Words the language model takes for a person's name that are the label of a field: one word
opening the text, a line or a sentence and followed by a colon ("Betreff: …", "Diagnóstico: …", "Remitente: …") names a field, not a person,
unless the word is a known first name (a chat line "Maren: on my way" is still a person speaking).
"""

from __future__ import annotations

import re

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.names import any_first_names

COLON_AFTER = re.compile(r"\s?[:：]")
# where a field starts: the start of the text or of a line, or after a sentence's end or a bar
FIELD_START = re.compile(r"(?:^|(?P<w>\b\w+)?[.!?|;\n]\s*|…\s*)$")
# "To Prof. Lennox:": the full stop of a title is no sentence's end
TITLES = frozenset("dr prof mr mrs ms mx st sr jr dott sig mme mlle".split())


def is_field_label(text: str, f: Finding) -> bool:
    """The model's one-word name that stands right before a colon and is no known first name."""
    if not (f.kind is Kind.NAME and f.source == "ner" and " " not in f.text
            and COLON_AFTER.match(text, f.end) is not None and f.text.lower() not in any_first_names()):
        return False
    start = FIELD_START.search(text, max(0, f.start - 12), f.start)
    return start is not None and (start.group("w") or "").lower() not in TITLES
