"""People named again by their e-mail address: "Clemency Ashdown (clemency.ashdown@…)", "Payment
for Oluwatobi Akande, …, tobi.akande@…". Two or three capitalised words of which one is a word of
an e-mail's local part (a surname, said once in the address) are the person writing."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from raremap.privacy.allow_list import normalise_token
from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?"
FULL = re.compile(rf"(?<![\w'’-]){WORD}(?:\s+{WORD}){{1,2}}(?![\w'’-])")
# Local parts that name a role or a mailbox, not a person.
NOT_PERSONAL = frozenset("""
info contact contacts admin office mail team help support hello enquiries enquiry family home services
service clinic clinics group groups desk appointments bookings research news events patients patient
members member care rare charity trust foundation network society noreply reply press media
""".split())


def _pieces(local: str) -> set[str]:
    return {p for p in re.split(r"[._+\-\d]+", local.lower()) if len(p) >= 4 and p not in NOT_PERSONAL}


def names_from_emails(text: str, found: Iterable[Finding]) -> Iterator[Finding]:
    found = list(found)
    pieces: set[str] = set()
    for f in found:
        if f.kind is Kind.EMAIL and "@" in f.text:
            pieces |= _pieces(f.text.split("@", 1)[0])
    if not pieces:
        return
    taken = [(f.start, f.end) for f in found]
    for m in FULL.finditer(text):
        words = [normalise_token(w) for w in re.split(r"[\s-]+", m.group())]
        # the surname (a word after the first) is in the address, alone or run together ("rghuman")
        # ("rghuman", "cpugh": an initial then the surname)
        if not any(w == p or w == p[1:] or (len(w) >= 5 and w in p) for w in words[1:] for p in pieces):
            continue
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        yield Finding(Kind.NAME, m.start(), m.end(), m.group(), "rule:context-guess")
