"""Facts of one mention kept for the merge, looked up by the mention object rather than by its value.

The merge asks the same facts of a mention at every comparison (its voice, its toll, the pronoun that
carries its voice on). `functools.lru_cache` keyed by the mention hashes every field of the frozen record
on each lookup, which cost more than most of the facts themselves; a mention's identity is enough, since
its fields never change.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from events.extract.mentions import Mention

Fact = TypeVar("Fact")

# As many mentions as lru_cache kept before: a build of thousands of articles, then start afresh
KEPT = 65_536


def per_mention(compute: Callable[[Mention], Fact]) -> Callable[[Mention], Fact]:
    """`compute(mention)` once per mention object. The entry holds the mention, so its id cannot be
    reused by another object while the entry lasts."""
    kept: dict[int, tuple[Mention, Fact]] = {}

    @functools.wraps(compute)
    def cached(m: Mention) -> Fact:
        found = kept.get(id(m))
        if found is not None:
            return found[1]
        value = compute(m)
        if len(kept) >= KEPT:
            kept.clear()
        kept[id(m)] = (m, value)
        return value

    return cached


def per_mention_and(compute: Callable[[Mention, str], Fact]) -> Callable[[Mention, str], Fact]:
    """`compute(mention, name)` once per mention object and name."""
    kept: dict[tuple[int, str], tuple[Mention, Fact]] = {}

    @functools.wraps(compute)
    def cached(m: Mention, name: str) -> Fact:
        found = kept.get((id(m), name))
        if found is not None:
            return found[1]
        value = compute(m, name)
        if len(kept) >= KEPT:
            kept.clear()
        kept[(id(m), name)] = (m, value)
        return value

    return cached
