"""Limit/offset pages: ``{"count", "limit", "offset", "next", "items"}``, where ``next`` is
the URL of the following page (``null`` on the last)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from django.http import HttpRequest
from ninja import Schema

T = TypeVar("T")


class Page(Schema, Generic[T]):
    count: int
    limit: int
    offset: int
    next: str | None
    items: list[T]


def paginate(request: HttpRequest, rows: Sequence, limit: int, offset: int, count: int | None = None) -> dict:
    """A page of ``rows`` (already everything, or already cut when ``count`` is given)."""
    total = len(rows) if count is None else count
    items = list(rows[offset:offset + limit]) if count is None else list(rows)
    following = None
    if offset + limit < total:
        query = request.GET.copy()
        query["offset"] = str(offset + limit)
        query["limit"] = str(limit)
        following = request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
    return {"count": total, "limit": limit, "offset": offset, "next": following, "items": items}
