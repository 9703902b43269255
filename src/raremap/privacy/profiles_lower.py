"""A profile line in small letters: "kayla 17 wollongong", "tom 34 leeds 🙂".

At the start of a message or line, a first name, an age of one or two digits and a town of the
gazetteer, all in small letters and in that order, are a person, an age and where they live.
Each word must be known for what it is, so "type 1 diabetes" or "day 3 here" says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.names import any_first_names
from raremap.privacy.towns import plain, towns

PROFILE = re.compile(r"(?m)^[ \t]*(?P<n>[a-z][a-z'-]{1,20}),?\s+(?P<a>[1-9]\d?),?\s+"
                     r"(?P<t>[a-z][a-z'-]{2,25})(?=\s|[,.!;:]|$)")


def find_lower_profiles(text: str) -> Iterator[Finding]:
    for m in PROFILE.finditer(text):
        if m.group("n") not in any_first_names() or plain(m.group("t")) not in towns():
            continue
        for group, kind in (("n", Kind.NAME), ("a", Kind.AGE), ("t", Kind.ADDRESS)):
            s, e = m.span(group)
            yield Finding(kind, s, e, text[s:e], "rule:lower-profile")
