"""The import graph of ``src/raremap``: no cycles, no private names across modules.

Every import counts, at module level or inside a function (only ``if TYPE_CHECKING:``
blocks are left out: they never run). A cycle hidden inside a function still means two
modules that cannot be understood, tested or moved apart.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = "raremap"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted((SRC / PACKAGE).rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _walk(node: ast.AST):
    """Every node under ``node`` except the bodies of ``if TYPE_CHECKING:``."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child):
            for other in child.orelse:
                yield other
                yield from _walk(other)
            continue
        yield child
        yield from _walk(child)


def imports_of(name: str, path: Path, known: set[str]) -> list[tuple[str, list[str]]]:
    """``(module imported, [names imported from it])`` for each import in the file."""
    is_package = path.name == "__init__.py"
    out: list[tuple[str, list[str]]] = []
    for node in _walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            out.extend((alias.name, []) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names = [alias.name for alias in node.names]
            # ``from package import submodule`` imports the submodule.
            submodules = [n for n in names if f"{target}.{n}" in known]
            out.extend((f"{target}.{n}", []) for n in submodules)
            others = [n for n in names if n not in submodules]
            if others:
                out.append((target, others))
    return [(t, n) for t, n in out if t == PACKAGE or t.startswith(PACKAGE + ".")]


def import_graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {name: {t for t, _ in imports_of(name, path, known) if t in known and t != name}
            for name, path in found.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph as a list of modules (first repeated at the end), or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_the_checker_sees_a_cycle_and_a_clean_graph():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_the_checker_counts_imports_inside_functions(tmp_path):
    path = tmp_path / "mod.py"
    path.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from raremap.skipped import X\n"
        "def f():\n    from raremap.inner import _private\n    import raremap.other\n"
        "from raremap.pkg import sub\n",
        encoding="utf-8",
    )
    found = imports_of("raremap.mod", path, {"raremap.inner", "raremap.other", "raremap.pkg", "raremap.pkg.sub"})
    assert ("raremap.inner", ["_private"]) in found and ("raremap.other", []) in found
    assert ("raremap.pkg.sub", []) in found, "importing a submodule by name is an import of the submodule"
    assert all(target not in ("raremap.skipped", "raremap.pkg") for target, _ in found)


def test_no_import_cycles_among_raremap_modules():
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_no_private_name_is_imported_from_another_module():
    found = modules()
    known = set(found)
    offenders = [
        f"{name} imports {imported} from {target}"
        for name, path in found.items()
        for target, names in imports_of(name, path, known)
        for imported in names
        if imported.startswith("_") and not imported.startswith("__")
    ]
    assert not offenders, "\n".join(offenders)


#: What each core package may not import (the layers: knowledge -> engine -> answers -> shells).
FORBIDDEN = {
    "raremap.knowledge": ("raremap.engine", "raremap.answers", "raremap.sections", "raremap.web", "raremap.cli", "django"),
    "raremap.engine": ("raremap.answers", "raremap.sections", "raremap.web", "raremap.cli", "django"),
    "raremap.answers": ("raremap.sections", "raremap.web", "raremap.cli", "django"),
}


def test_the_core_layers_import_only_downwards_and_never_django():
    found = modules()
    known = set(found)
    offenders = []
    for name, path in found.items():
        for layer, forbidden in FORBIDDEN.items():
            if name == layer or name.startswith(layer + "."):
                tree = ast.parse(path.read_text(encoding="utf-8"))
                targets = {alias.name for node in _walk(tree) if isinstance(node, ast.Import) for alias in node.names}
                targets |= {node.module or "" for node in _walk(tree) if isinstance(node, ast.ImportFrom) and not node.level}
                targets |= {t for t, _ in imports_of(name, path, known)}
                offenders += [f"{name} imports {t}" for t in sorted(targets)
                              if any(t == f or t.startswith(f + ".") for f in forbidden)]
    assert not offenders, "\n".join(offenders)
