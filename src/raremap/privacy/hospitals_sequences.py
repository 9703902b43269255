"""Places of care named one after another: "Alder Hey then Broadgreen", "GOSH, then the Evelina",
"dal Gemelli al Bambino Gesù", "erst im Klinikum Süd, dann in der Lindenhof", "primero el Garrahan,
luego el Italiano". The name right after a place of care found elsewhere and a word for "then" (or
the Italian "from … to") is the next place of care, whether or not any list knows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from raremap.privacy.finding import Finding
from raremap.privacy.hospitals_cued import DEPARTMENT_AFTER, NAME, plausible
from raremap.privacy.kinds import Kind

SOURCE = "rule:hospital-cue"
THEN = re.compile(
    r"(?:\s+first)?(?:\s*[,;]\s*|\s+)(?:(?:and|but)\s+)?"
    r"(?:then|later|→|->|al|alla|allo|all['’]|"
    r"dann\s+(?:in\s+(?:der|dem|die|das)|im|ins|zur|zum|ans)|danach\s+(?:in\s+(?:der|dem|die|das)|im|ins|zur|zum)|"
    r"puis\s+(?:à\s+la|à\s+l['’]|au|à)|ensuite\s+(?:à\s+la|à\s+l['’]|au|à)|"
    r"luego\s+(?:en\s+el|en\s+la|el|la|al|a\s+la)|después\s+(?:en\s+el|en\s+la|el|la|al|a\s+la)|"
    r"depois\s+(?:no|na|o|a|para\s+o|para\s+a)|daarna\s+(?:in\s+het|naar\s+het|het|in|naar))"
    rf"\s+(?:the\s+)?{NAME}(?![\w'’-])")


def hospitals_in_sequence(text: str, found: list[Finding], is_town: Callable[[str], bool]) -> list[Finding]:
    taken = [(f.start, f.end) for f in found if f.kind is not Kind.NAME and f.kind is not Kind.ADDRESS]
    out = []
    for f in found:
        m = THEN.match(text, f.end) if f.kind is Kind.HOSPITAL else None
        if m is None:
            continue
        name = m.group("h").rstrip(".")
        s, e = m.start("h"), m.start("h") + len(name)
        if (DEPARTMENT_AFTER.match(text, e) or not plausible(name, is_town, person_may=False)
                or any(s < te and ts < e for ts, te in taken)):
            continue
        out.append(Finding(Kind.HOSPITAL, s, e, name, SOURCE))
    return out
