"""What is computed from a knowledge base is kept with it: ``kb.derived``.

A knowledge base is read-only, so anything computed from it alone (the engine's ranking
matrices, the tagger's dictionary, the parts of a disease page) stays valid for as long
as the object lives, and goes with it (a test that loads another artifact gets fresh
values). Every such value is kept here, under a name, instead of in module-level dicts
keyed by ``id(kb)``:

    >>> matrices = kb.derived.get("engine matrices", lambda: build(kb))          # doctest: +SKIP
    >>> parts = kb.derived.get("disease page parts", compute, key=disease_id, limit=256)  # doctest: +SKIP

Without ``limit`` a value is built once (other threads asking meanwhile wait for it) and
kept for good: use it for large structures built once per process. With ``limit`` the name
keeps its ``limit`` most recently used keys (least recently used dropped first) and two
threads may both compute a missing value (the result is the same): use it for per-item
parts of pages. Nothing here is shared between processes; shared caches of rendered
pages live in the web layer.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


class DerivedValues:
    """Values computed from one knowledge base, by name (and key within a name)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._building: dict[str, threading.Lock] = {}
        self._values: dict[str, OrderedDict[Hashable, Any]] = {}

    def get(self, name: str, factory: Callable[[], T], key: Hashable = None, *, limit: int | None = None) -> T:
        """The value of ``name`` (and ``key``), from ``factory()`` the first time."""
        with self._lock:
            values = self._values.setdefault(name, OrderedDict())
            if key in values:
                values.move_to_end(key)
                return values[key]
            building = self._building.setdefault(name, threading.Lock()) if limit is None else None
        if building is None:
            value = factory()
        else:
            with building:
                with self._lock:
                    if key in values:
                        return values[key]
                value = factory()
        with self._lock:
            values = self._values.setdefault(name, OrderedDict())
            values[key] = value
            values.move_to_end(key)
            while limit is not None and len(values) > limit:
                values.popitem(last=False)
        return value

    def get_many(self, name: str, keys: list, factory: Callable[[list], list], *, limit: int | None = None) -> list:
        """The values of ``name`` for ``keys``, in order; the missing ones from a single call
        ``factory(missing_keys)``, which returns their values in that order (a caller
        that can compute several values at once pays its fixed costs once)."""
        found: dict = {}
        with self._lock:
            values = self._values.setdefault(name, OrderedDict())
            for key in keys:
                if key in values:
                    values.move_to_end(key)
                    found[key] = values[key]
        missing = list(dict.fromkeys(k for k in keys if k not in found))
        if missing:
            found.update(zip(missing, factory(missing), strict=True))
            with self._lock:
                values = self._values.setdefault(name, OrderedDict())
                for key in missing:
                    values[key] = found[key]
                    values.move_to_end(key)
                while limit is not None and len(values) > limit:
                    values.popitem(last=False)
        return [found[k] for k in keys]

    def forget(self, name: str) -> None:
        """Drop every value kept under ``name`` (benchmarks that change a tunable use it)."""
        with self._lock:
            self._values.pop(name, None)

    def names(self) -> list[str]:
        """The names values are kept under."""
        with self._lock:
            return list(self._values)

    def kept(self, name: str) -> list[Hashable]:
        """The keys kept under ``name``, least recently used first."""
        with self._lock:
            return list(self._values.get(name, ()))
