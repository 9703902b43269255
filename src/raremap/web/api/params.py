"""Input types shared by the endpoints: text that may be shown or stored must be
printable (NUL bytes, other control characters and lone surrogates get a 422, not a
crash in the database driver), and pages are limit/offset with bounds."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field

_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def _printable(value: str) -> str:
    if _FORBIDDEN.search(value):
        raise ValueError("contains a control character or an invalid code point")
    return value


def Text(max_length: int, min_length: int = 0):  # noqa: N802 - a type factory
    """A string of printable characters (tabs and newlines allowed)."""
    return Annotated[str, Field(min_length=min_length, max_length=max_length), AfterValidator(_printable)]


Identifier = Annotated[str, Field(min_length=1, max_length=64), AfterValidator(_printable)]
Limit = Annotated[int, Field(ge=1, le=100)]
Offset = Annotated[int, Field(ge=0, le=100_000)]
