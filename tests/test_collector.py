"""A build runs without passes of the cyclic garbage collector, and leaves it as it found it."""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from events.engines.collector import collection_paused
from events.engines.local import build_tables
from events.engines.scheduling import InProcess
from events.extract.corpus import load_corpus

ROOT = Path(__file__).resolve().parents[1]
Item = TypeVar("Item")
Shared = TypeVar("Shared")
Result = TypeVar("Result")


class _Watching(InProcess):
    """Runs each step here, noting whether the collector was enabled while it ran."""

    def __init__(self) -> None:
        self.enabled: list[bool] = []

    def map(
        self, step: Callable[[Sequence[Item], Shared], list[Result]], items: Sequence[Item], shared: Shared
    ) -> list[Result]:
        self.enabled.append(gc.isenabled())
        return super().map(step, items, shared)


def test_a_build_extracts_with_the_collector_paused_and_enables_it_after():
    corpus = load_corpus(ROOT / "data" / "articles", ROOT / "data" / "sources.csv")
    watching = _Watching()
    assert gc.isenabled()
    tables = build_tables(corpus, scheduler=watching)
    assert len(tables.events) > 0
    assert watching.enabled and not any(watching.enabled)
    assert gc.isenabled()


def test_nested_pauses_enable_the_collector_only_when_the_last_ends():
    assert gc.isenabled()
    with collection_paused():
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled():
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
