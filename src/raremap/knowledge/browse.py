"""Browse by category: page objects over Orphanet's classification (the same plain data for
the website and any other shell). Counts are of the diseases with a page at or below a
group (see :class:`raremap.knowledge.classification.Classification`)."""

from __future__ import annotations

from raremap.knowledge.base import KnowledgeBase
from raremap.knowledge.orphanet import ORPHANET_SOURCE


def _node(kb: KnowledgeBase, group) -> dict:
    tree = kb.classification
    return {"id": group.id, "name": group.name, "count": tree.count(group.id),
            "has_page": tree.has_page(group.id), "has_children": bool(tree.children(group.id))}


def browse_tree(kb: KnowledgeBase) -> dict:
    """The top groups of Orphanet's classification, each with its count and its direct
    subgroups (with their counts); groups with no disease below them are left out. Built
    once per knowledge base (callers must not modify it)."""
    return kb.derived.get("browse tree", lambda: _tree(kb))


def _tree(kb: KnowledgeBase) -> dict:
    tree = kb.classification
    roots = []
    for root in tree.roots():
        node = _node(kb, root)
        if not node["count"]:
            continue
        node["subgroups"] = [n for c in tree.children(root.id)
                             if (n := _node(kb, c))["has_children"] and n["count"]]
        roots.append(node)
    return {"groups": roots, "source": ORPHANET_SOURCE,
            "disease_count": len(frozenset().union(*(tree.diseases_under(r["id"]) for r in roots)))}


def group_page(kb: KnowledgeBase, group_id: str) -> dict:
    """One group: its breadcrumbs, subgroups (with counts) and the diseases filed directly
    under it. Raises :class:`raremap.knowledge.errors.UnknownIdError` for an unknown id."""
    tree = kb.classification
    group = tree.group(group_id)
    subgroups, diseases = [], []
    for child in tree.children(group.id):
        node = _node(kb, child)
        if node["has_children"] and node["count"] > int(node["has_page"]):
            subgroups.append(node)
        if node["has_page"]:
            diseases.append(node)
    return {
        "id": group.id,
        "name": group.name,
        "type": group.type,
        "count": tree.count(group.id),
        "has_page": tree.has_page(group.id),
        "paths": [[g.to_dict() for g in path] for path in tree.paths(group.id)],
        "subgroups": subgroups,
        "diseases": diseases,
        "source": ORPHANET_SOURCE,
    }


def disease_groups(kb: KnowledgeBase, disease_id: str, limit: int = 3) -> list[list[dict]]:
    """Breadcrumbs of a disease page: Orphanet's paths from a top group down to the
    disease's direct group (shortest first, at most ``limit``); [] when Orphanet does not
    classify it."""
    tree = kb.classification
    if disease_id not in tree:
        return []
    return [[g.to_dict() for g in path] for path in tree.paths(disease_id)[:limit]]
