from __future__ import annotations

from raremap.knowledge.text import shown


class UnknownIdError(KeyError):
    """An id that the knowledge base does not know. ``suggestions`` holds close matches
    as ``(id, label)`` pairs, best first."""

    def __init__(self, what: str, given: str, suggestions: list[tuple[str, str]] | None = None, hint: str = "") -> None:
        self.what = what
        self.given = given
        self.suggestions = suggestions or []
        self.hint = hint
        super().__init__(given)

    def __str__(self) -> str:
        text = f"{shown(self.given)!r} is not a known {self.what}"
        if self.hint:
            text += f" ({self.hint})"
        if self.suggestions:
            text += "; did you mean " + ", ".join(f"{i} ({label})" for i, label in self.suggestions[:3]) + "?"
        else:
            text += "."
        return text
