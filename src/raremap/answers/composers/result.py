"""What a composer returns: the answer's words; the dispatcher adds the rest."""

from __future__ import annotations

from dataclasses import dataclass

from raremap.answers.model import Section, Statement


@dataclass(frozen=True, slots=True)
class Composed:
    tldr: Statement
    sections: tuple[Section, ...]
    has_data: bool = True
