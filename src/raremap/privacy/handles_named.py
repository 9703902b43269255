"""An @-mention of a plain first name is that person addressed: "@Bryony voclosporin worked
for my wife" names Bryony. A handle written as a handle ("@bryony_k", "@RareMum22",
"@bluebell") stays a user name; only a capitalised word in the first-name list turns."""

from __future__ import annotations

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind


def mention_as_name(f: Finding, firsts: frozenset[str] | set[str]) -> Finding:
    word = f.text[1:]
    if (f.kind is Kind.USERNAME and f.text.startswith("@") and word.isalpha() and word[0].isupper()
            and word[1:].islower() and word.lower() in firsts):
        return Finding(Kind.NAME, f.start + 1, f.end, word, "rule:mention-name")
    return f
