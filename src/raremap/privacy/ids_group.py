"""The group number of a health plan: "member ID W2918, group 76412-0033", "Group #: 884120".

A number right after the word "group" is a plan's group number when it is long (six digits
or more) or made of digit groups joined by hyphens ("76412-0033"); "blood group 0", "group 3",
"group B" and "age group 40-60" have too few digits to be one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

GROUP_NUMBER = re.compile(
    r"\b(?i:group)(?:\s+(?i:number|no\.?|ID))?\s*[:#]?\s*[:#]?\s*"
    r"(?P<value>\d{4,}(?:-\d{3,})+|\d{6,})(?![\w/.,-]*\d)")


def find_group_numbers(text: str) -> Iterator[Finding]:
    for m in GROUP_NUMBER.finditer(text):
        s, e = m.span("value")
        yield Finding(Kind.RECORD_NUMBER, s, e, text[s:e], "rule:group-number")
