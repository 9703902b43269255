"""First names written in lower case, where the words before them announce a person ("hiya im
courtney", "it's shannon from …", "my mum perpetua (80)", "my lil girl lacey-mae is 3").

Only a word a first-name list knows (everyday words left out, as in ``names.first_names``) is
taken; the capitalised forms are found by the name rules and the model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.names import first_names, world_first_names

CUE = re.compile(
    r"\b(?:i['’]?m|i\s+am|it['’]?s|this\s+is|my\s+name\s+is|my\s+name['’]s|(?:my|our)\s+"
    r"(?:(?:lil|little|baby|eldest|oldest|youngest|middle|twin|step)\s+)?"
    r"(?:mum|mom|mam|mama|mother|dad|father|son|daughter|girl|boy|husband|wife|partner|sister|brother|"
    r"nan|nana|gran|granny|grandma|grandad|grandson|granddaughter|niece|nephew|baby|kid|child))"
    r"\s+(?P<n>[a-z]{2,}(?:-[a-z]{2,})?)\b(?![-'’@.]\w)")


def lowercase_names(text: str) -> Iterator[Finding]:
    known = first_names() | world_first_names()
    for m in CUE.finditer(text):
        word = m.group("n")
        if word.split("-")[0] in known:
            yield Finding(Kind.NAME, *m.span("n"), word, "rule:context-guess")
