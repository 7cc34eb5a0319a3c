"""No module of `events/` gives one top-level name twice: a pattern defined again further down a module
silently replaces the first for every function that reads it at call time, so rules written against the
first change behaviour without any test naming them."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import events


def _names_given_twice(path: Path) -> list[str]:
    given: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            given.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            given[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            given[node.name] += 1
    return sorted(name for name, count in given.items() if count > 1 and not name.startswith("__"))


def test_no_module_of_events_gives_a_top_level_name_twice() -> None:
    package = Path(events.__file__).parent
    twice = {
        str(path.relative_to(package)): names
        for path in sorted(package.rglob("*.py"))
        if (names := _names_given_twice(path))
    }
    assert twice == {}
