"""People given a duty in a staff record (a handover, action points, minutes, a rota): at the
start of a clause, a name then what the person does or is ("Action points: Teodor to call the
family", "Rota: Ingrid is on leave until Monday; Piotr covers the queue").
Only where the message says it is such a record, and never a word that names no one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.hospitals_cued import DEPARTMENTS
from raremap.privacy.kinds import Kind
from raremap.privacy.names import any_first_names
from raremap.privacy.names_aged import no_person

SOURCE = "rule:name-duty"
# who else takes a duty in a record: a role, a team or a place, never a person
ROLES = frozenset("""
clinic pharmacy team office nurse nurses admin secretary reception doctor doctors gp chair everyone all we
i you they he she helpline board committee ward staff trust charity service services lab laboratory
coordinator manager lead leads consultant consultants registrar physio dietitian dietician family parents
patient patients volunteers volunteer treasurer group members member secretariat someone nobody next
""".split())
RECORD = re.compile(r"(?i:\b(?:handover|hand-over|action\s+points?|actions|minutes|rota|to-?do|staff\s+note|"
                    r"internal|shift\s+notes?|team\s+notes?)\b)")
_PERSON = r"[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ][a-zß-öø-ÿąćęłńóśźż'’]+"
DUTY = re.compile(
    rf"(?:^|(?<=[:;])\s*|(?<=\.)\s+|(?<=\n))(?P<n>{_PERSON})\s+"
    r"(?:to\s+(?:contact|call|ring|phone|email|e-mail|text|send|chase|follow\s+up|write|book|arrange|ask|check|"
    r"update|draft|share|circulate|reply|invite|organise|organize|review|confirm)\b"
    r"|is\s+(?:on\s+leave|off|away|out|back|covering|on\s+call|on\s+holiday|on\s+duty)\b"
    r"|(?:covers|will\s+cover|takes\s+over|will\s+take\s+over|is\s+taking\s+over)\b)")


def duty_names(text: str) -> Iterator[Finding]:
    if not RECORD.search(text):
        return
    for m in DUTY.finditer(text):
        word = m.group("n")
        low = word.lower()
        if no_person([word]) or low in ROLES or DEPARTMENTS.match(word):
            continue
        if low in any_first_names() or not re.search(rf"\b{re.escape(low)}\b", text):
            yield Finding(Kind.NAME, m.start("n"), m.end("n"), m.group("n"), SOURCE)
