"""Guessed names that are parts of an institution's name or of a service, not people:

- "Our Lady's Crumlin", "Our Lady of Lourdes": "Lady" and the word after "Our Lady of";
- "the Royal Alex", "Royal Victoria": a first name after "Royal" names a hospital;
- "Macmillan nurse", "the Walton neuro team": one guessed word that a word for a service or a
  team follows;
- "Paediatric Dietitian", "Inherited Metabolic Diseases", "Parish Room": a guess whose last word
  is a job, a field of medicine or a room, not a surname.
"""

from __future__ import annotations

import re

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

GUESSED = frozenset({"ner", "gazetteer"})
OUR_LADY = re.compile(r"\b(?:Our|Notre)\s+(?:Lady|Dame)(?:['’]s)?(?:\s+of(?:\s+the)?\s+[A-Z][\w'’-]+)?")
ROYAL_BEFORE = re.compile(r"\bRoyal\s+$")
SERVICE_AFTER = re.compile(r"\s+(?:nurses?|team|service|neuro|neurology|hospice|helpline|charity|ward|unit)\b")


ROLE_END = frozenset("""
dietitian dietician nurse nurses physiotherapist therapist consultant registrar specialist coordinator
co-ordinator secretary administrator receptionist pharmacist psychologist counsellor counselor team service
services disease diseases disorders medicine genetics room centre center library office association
society foundation group trust charity committee
""".split())


def not_a_person(text: str, f: Finding) -> bool:
    if f.kind is not Kind.NAME or f.source not in GUESSED:
        return False
    if any(m.start() <= f.start and f.end <= m.end() for m in OUR_LADY.finditer(text, max(0, f.start - 40))):
        return True
    if (" " not in f.text and ROYAL_BEFORE.search(text, max(0, f.start - 10), f.start)) or re.fullmatch(
            r"Royal\s+[A-Z][a-z]+", f.text):
        return True
    words = f.text.lower().split()
    if len(words) > 1 and words[-1] in ROLE_END:
        return True
    return " " not in f.text and SERVICE_AFTER.match(text, f.end) is not None
