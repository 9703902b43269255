"""The JSON body the tagging endpoint accepts, validated at the edge with pydantic."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, StrictStr, ValidationError

from raremap.engine.tagger import MAX_TEXT_CHARS


class TagRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: StrictStr
    limit: int | None = Field(default=None, ge=1, le=200)


def describe_error(exc: ValidationError) -> str:
    """One line naming the first bad field."""
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ())) or "body"
    return f"{where}: {first.get('msg', 'invalid value')}"


__all__ = ["MAX_TEXT_CHARS", "TagRequest", "ValidationError", "describe_error"]
