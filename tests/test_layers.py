"""The package's imports point one way: no module imports, at load time, one that imports it back, and
extraction (events.extract) imports nothing of merging, engines, storage or queries. Within extraction, the
modules split out of mentions.py (triggers, speakers, clauses, background, happenings, dating) never
import mentions.py, which orchestrates them."""

from __future__ import annotations

import ast
from pathlib import Path

EVENTS = Path(__file__).resolve().parent.parent / "events"


def _module_name(path: Path) -> str:
    parts = path.relative_to(EVENTS.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _load_time_imports() -> dict[str, set[str]]:
    """Each module of events/ -> the modules of events/ it imports at its top level (an import inside a
    function runs later, and is how a module may reach one that imports it)."""
    modules = {_module_name(p): p for p in EVENTS.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "events":
                found.add(node.module)
                found.update(
                    f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in modules
                )
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.split(".")[0] == "events")
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(module: str) -> list[str]:
        state[module] = 1
        path.append(module)
        for other in sorted(graph[module]):
            if state.get(other) == 1:
                return [*path[path.index(other) :], other]
            if other not in state and (found := visit(other)):
                return found
        path.pop()
        state[module] = 2
        return []

    for module in sorted(graph):
        if module not in state and (found := visit(module)):
            return found
    return []


def test_no_module_of_events_imports_itself_back_at_load_time() -> None:
    assert _cycle(_load_time_imports()) == []


def test_a_made_up_cycle_is_found() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) == []


def test_extraction_imports_nothing_above_it() -> None:
    above = ("events.merge", "events.engines", "events.store", "events.query")
    for module, imported in _load_time_imports().items():
        if module.startswith("events.extract"):
            assert not [m for m in imported if m.startswith(above)], module


def test_the_rules_split_from_mentions_never_import_it() -> None:
    graph = _load_time_imports()
    for module, imported in graph.items():
        if module.startswith("events.extract.") and module != "events.extract.mentions":
            assert "events.extract.mentions" not in imported, module
    assert (
        len(graph["events.extract.mentions"] & {f"events.extract.{m}" for m in ("dating", "speakers")}) == 2
    )
