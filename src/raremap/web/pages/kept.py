"""A small bounded least-recently-used store, one per kind of page part, per process.

Page parts computed from the knowledge base alone never change while a process runs (the
artifact is read-only), so they are kept here and rebuilt only after eviction. Unlike the
shared page cache of ``raremap.web.ops``, nothing here is flushed by community edits.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any


class Kept:
    def __init__(self, max_items: int) -> None:
        self.max_items = max_items
        self._lock = threading.Lock()
        self._items: OrderedDict[Hashable, Any] = OrderedDict()

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The kept value for ``key``, computing and keeping it when missing (two threads
        may both compute a missing value; the result is the same)."""
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = compute()
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.max_items:
                self._items.popitem(last=False)
        return value

    def __contains__(self, key: Hashable) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
