"""First names written in lower case, where the words before them announce a person ("hiya im
courtney", "it's shannon from …", "my mum perpetua (80)", "my lil girl lacey-mae is 3"), and
a profile's lower-case first name with its age ("maisie / 19 / leeds", "ruby 16 from hull" opening
a text, "jodie (24, lupus)", "nell is 9, …" opening a sentence), both found.

Only a word a first-name list knows (everyday words left out, as in ``names.first_names``) is
taken; the capitalised forms are found by the name rules and the model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.ages import NOT_AGE_AFTER
from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.names import plain_first_names

CUE = re.compile(
    r"\b(?:i['’]?m|i\s+am|it['’]?s|this\s+is|my\s+name\s+is|my\s+name['’]s|(?:my|our)\s+"
    r"(?:(?:lil|little|baby|eldest|oldest|youngest|middle|twin|step)\s+)?"
    r"(?:mum|mom|mam|mama|mother|dad|father|son|daughter|girl|boy|husband|wife|partner|sister|brother|"
    r"nan|nana|gran|granny|grandma|grandad|grandson|granddaughter|niece|nephew|baby|kid|child))"
    r"\s+(?P<n>[a-z]{2,}(?:-[a-z]{2,})?)\b(?![-'’@.]\w)")


def lowercase_names(text: str) -> Iterator[Finding]:
    known = plain_first_names()
    for m in CUE.finditer(text):
        word = m.group("n")
        if word.split("-")[0] in known:
            yield Finding(Kind.NAME, *m.span("n"), word, "rule:context-guess")


LOW = r"[a-z]{3,}(?:-[a-z]{2,})?"
PROFILE = re.compile(
    rf"(?<![\w@#/.'’-])(?P<n>{LOW})\s*/\s*(?P<a>\d{{1,2}})\s*/"
    rf"|(?:^|(?<=[.!?]\s))(?P<n2>{LOW}),?\s+(?P<a2>\d{{1,2}})(?=,?\s+[a-z]){NOT_AGE_AFTER}"
    # a space before the bracket: "del(22)(q11.2)" is a karyotype
    rf"|(?<![\w@#/.'’-])(?P<n3>{LOW})\s+\((?P<a3>\d{{1,2}})(?:\)(?!\()|,\s)"
    # "…? nell is 9, …": a first name opening a sentence and its age said with "is"
    rf"|(?:^|(?<=[.!?]\s))(?P<n4>{LOW})\s+is\s+(?P<a4>\d{{1,2}})(?=\s*[,.;!]|\s+(?:now|today|and|but|with)\b)")


def lowercase_profiles(text: str) -> Iterator[Finding]:
    known = plain_first_names()
    for m in PROFILE.finditer(text):
        n, a = next((f"n{i}", f"a{i}") for i in ("", "2", "3", "4") if m.group(f"n{i}"))
        if m.group(n).split("-")[0] in known:
            yield Finding(Kind.NAME, *m.span(n), m.group(n), "rule:context-guess")
            yield Finding(Kind.AGE, *m.span(a), m.group(a), "rule:age")
