"""What an engine is made of: a scheduler that maps a step over batches of articles, and an optional
cache of each article's mentions. The steps themselves (extract, infer a date, merge) are the same
for every engine; see `events.engines.local.build_tables`.

    scheduler.map(step, items, shared) == [r for batch in batches(items) for r in step(batch, shared)]

A step takes a batch and the shared data (the gazetteer, the reference events) and returns one
result per item, in order. It must be a module-level function, so that a process or a remote worker
can run it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from events.extract.corpus import Article
from events.extract.mentions import Mention

Item = TypeVar("Item")
Shared = TypeVar("Shared")
Result = TypeVar("Result")


class Scheduler(Protocol):
    """Runs a step over every item, in batches, and returns the results in the items' order."""

    def map(
        self, step: Callable[[Sequence[Item], Shared], list[Result]], items: Sequence[Item], shared: Shared
    ) -> list[Result]: ...


class InProcess:
    """The local engine's scheduler: one batch, in this process, no setup."""

    def map(
        self, step: Callable[[Sequence[Item], Shared], list[Result]], items: Sequence[Item], shared: Shared
    ) -> list[Result]:
        return step(items, shared) if items else []


class MentionCache(Protocol):
    """Mentions already extracted from an article (same text, name, outlet, publication date and
    extractor): `get` returns None when there are none, or none that can be trusted."""

    def get(self, article: Article) -> list[Mention] | None: ...

    def put(self, article: Article, mentions: Sequence[Mention]) -> None: ...
