"""The question slugs experiences attach to: the answers catalogue's, so that a question page
(/disease/<id>/questions/<slug>/) and its community section agree."""

from __future__ import annotations

from raremap.answers.questions import QUESTIONS

SLUGS: tuple[str, ...] = tuple(q.slug for q in QUESTIONS)
SHORT: dict[str, str] = {q.slug: q.short for q in QUESTIONS}
