"""Orphanet's classification (ORDO 2.6 ``is_a``) as a navigable tree, for browsing and
breadcrumbs. Nodes are Orphanet ids (``ORPHA:68416``); a node is a group of disorders or a
disorder (which may itself have subtypes). Counts are of the release's diseases (the ones
with a page) at or below a node; multi-parent disorders count once under each group.
"""

from __future__ import annotations

import threading

from raremap.knowledge.errors import UnknownIdError
from raremap.knowledge.orphanet import Group

#: A disorder reached by more breadcrumb paths than this shows only the first ones.
MAX_PATHS = 12


class Classification:
    """Read-only tree over the ``orphanet`` section. ``pages`` is the set of disease ids
    that have a page (the canonical ids of the release)."""

    def __init__(self, section: dict, pages: set[str]) -> None:
        self._disorders: dict[str, tuple] = section.get("disorders", {})
        self._pages = pages
        self._lock = threading.Lock()
        self._children: dict[str, tuple[str, ...]] | None = None
        self._under: dict[str, frozenset[str]] = {}

    def __contains__(self, orpha_id: str) -> bool:
        return orpha_id in self._disorders

    def __len__(self) -> int:
        return len(self._disorders)

    def group(self, orpha_id: str) -> Group:
        row = self._disorders.get(orpha_id)
        if row is None:
            raise UnknownIdError("Orphanet group", orpha_id)
        return Group(orpha_id, row[0], row[1])

    def _groups(self, ids) -> list[Group]:
        return sorted((self.group(i) for i in ids), key=lambda g: (g.name.lower(), g.id))

    def parent_ids(self, orpha_id: str) -> tuple[str, ...]:
        row = self._disorders.get(orpha_id)
        return tuple(p for p in row[2] if p in self._disorders) if row else ()

    def parents(self, orpha_id: str) -> list[Group]:
        return self._groups(self.parent_ids(orpha_id))

    def ancestors(self, orpha_id: str) -> list[Group]:
        """Every group above ``orpha_id`` (itself excluded), sorted by name."""
        seen: set[str] = set()
        stack = list(self.parent_ids(orpha_id))
        while stack:
            p = stack.pop()
            if p not in seen:
                seen.add(p)
                stack.extend(self.parent_ids(p))
        return self._groups(seen)

    def _child_map(self) -> dict[str, tuple[str, ...]]:
        if self._children is None:
            children: dict[str, list[str]] = {}
            for node in self._disorders:
                for p in self.parent_ids(node):
                    children.setdefault(p, []).append(node)
            self._children = {k: tuple(v) for k, v in children.items()}
        return self._children

    def roots(self) -> list[Group]:
        """The top groups (no parent), e.g. "Rare infectious disease", sorted by name."""
        kids = self._child_map()
        return self._groups(i for i in self._disorders if not self.parent_ids(i) and i in kids)

    def children(self, orpha_id: str) -> list[Group]:
        """The nodes directly below ``orpha_id``, sorted by name."""
        self.group(orpha_id)
        return self._groups(self._child_map().get(orpha_id, ()))

    def has_page(self, orpha_id: str) -> bool:
        return orpha_id in self._pages

    def diseases_under(self, orpha_id: str) -> frozenset[str]:
        """Ids of the diseases with a page at or below ``orpha_id`` (itself included)."""
        self.group(orpha_id)
        with self._lock:
            return self._collect(orpha_id)

    def _collect(self, node: str) -> frozenset[str]:
        done = self._under.get(node)
        if done is not None:
            return done
        # Iterative post-order walk (the tree is deep enough to matter for recursion).
        kids = self._child_map()
        stack = [(node, False)]
        while stack:
            current, expanded = stack.pop()
            if current in self._under:
                continue
            if not expanded:
                stack.append((current, True))
                stack.extend((c, False) for c in kids.get(current, ()) if c not in self._under)
                continue
            acc = {current} if current in self._pages else set()
            for c in kids.get(current, ()):
                acc |= self._under.get(c, frozenset())
            self._under[current] = frozenset(acc)
        return self._under[node]

    def count(self, orpha_id: str) -> int:
        """How many diseases with a page are at or below ``orpha_id``."""
        return len(self.diseases_under(orpha_id))

    def paths(self, orpha_id: str) -> list[list[Group]]:
        """Breadcrumbs: each path from a top group down to a direct parent of ``orpha_id``
        (the node itself excluded), at most :data:`MAX_PATHS`, shortest first."""
        self.group(orpha_id)
        out: list[list[str]] = []
        stack = [[p] for p in self.parent_ids(orpha_id)]
        while stack and len(out) < 4 * MAX_PATHS:
            path = stack.pop()
            ups = [p for p in self.parent_ids(path[0]) if p not in path]
            if not ups:
                out.append(path)
            stack.extend([p, *path] for p in ups)
        out.sort(key=lambda p: (len(p), [self._disorders[x][0].lower() for x in p]))
        return [[self.group(i) for i in p] for p in out[:MAX_PATHS]]
