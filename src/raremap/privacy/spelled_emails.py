"""E-mail addresses written out so that robots miss them: "jane at gmail dot com",
"piet dot jansen at ziggo dot nl", "sara {at} yahoo {dot} fr", "sara @ yahoo . fr",
"mark.b at outlook.com".

A spelled "dot", a bracketed "at" or a spaced "@" is enough. A plain " at " before a domain
with real dots ("works at example.com") is an e-mail only when the domain is a mail
provider's or a word about mail comes just before it ("My e-mail is lena at posteo.de").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

_OPEN, _CLOSE = r"[(\[{<]", r"[)\]}>]"
_DOT = rf"(?:\s+dot\s+|\s*{_OPEN}\s*dot\s*{_CLOSE}\s*)"
_AT = rf"(?:\s+at\s+|\s*{_OPEN}\s*(?:at|@)\s*{_CLOSE}\s*|\s+@\s+)"
SPELLED = re.compile(
    rf"(?<![\w.@+-])(?P<local>[\w+-]+(?:(?:{_DOT}|\.)[\w+-]+)*)(?P<at>{_AT})"
    rf"(?P<domain>[\w-]+(?:(?:{_DOT}|\s+\.\s+|\.)[\w-]+)+)", re.IGNORECASE)
SPELLED_DOT = re.compile(rf"{_DOT}|\s+\.\s+", re.IGNORECASE)
# Mail providers: a plain "name at outlook.com" is a mailbox, "works at example.com" is not.
PROVIDERS = frozenset("""
gmail googlemail outlook hotmail live msn yahoo ymail aol icloud me mac proton protonmail pm gmx
web posteo mailbox tutanota tuta zoho fastmail hey t-online freenet orange free laposte sfr wanadoo
libero virgilio tiscali alice tim btinternet btopenworld sky virginmedia talktalk ntlworld blueyonder
bigpond optusnet iinet xtra shaw rogers sympatico videotron comcast verizon att sbcglobal bellsouth
cox charter earthlink yandex rambler seznam wp o2 onet interia ziggo kpnmail planet home telenet
skynet bluewin hispeed sunrise qq 163 126 naver daum hanmail rediffmail terra uol bol ig correo
""".split())
MAIL_CUE = re.compile(r"\b(?:e-?mail(?:s|ed)?|mail|inbox|write|contact|reach|message|address)\b[^.!?\n]{0,30}$",
                      re.IGNORECASE)
# Words that are not a mailbox's name ("the leaflet is at raredisease dot org").
NOT_LOCAL = frozenset("""
is are was were be been am it its me us him her them you we they he she i this that these those
there here which who what home work look stay stayed arrived meet met found available online
""".split())


def find_spelled_emails(text: str) -> Iterator[Finding]:
    for m in SPELLED.finditer(text):
        local, at, domain = m.group("local"), m.group("at"), m.group("domain")
        if local.lower() in NOT_LOCAL or text.startswith("@", m.end()):
            continue  # "Dr O'Neill at c.oneill@nhs.net": the real address is found whole
        last = re.split(rf"{_DOT}|\s+\.\s+|\.", domain, flags=re.IGNORECASE)[-1]
        if not (last.isalpha() and 2 <= len(last) <= 6):
            continue
        plain_at = at.strip().lower() == "at"
        spelled = SPELLED_DOT.search(domain) is not None
        if plain_at and not spelled:
            first = re.split(r"\.", domain)[0].lower()
            if first not in PROVIDERS and not MAIL_CUE.search(text[max(0, m.start() - 40):m.start()]):
                continue
        yield Finding(Kind.EMAIL, m.start(), m.end(), m.group(), "rule:email")
