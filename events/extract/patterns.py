"""Regular expressions compiled when first used, not when their module is imported.

The extraction's rules hold a few hundred patterns, and compiling them all is a tenth of a second of
every command that imports the package, adding one article included; most sentences reach only a
few of the rules (a trigger whose stems a sentence lacks is never tried), so a pattern no article
has needed yet is never compiled.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any


class LazyPattern:
    """A `re.Pattern[str]` for the methods the rules use, compiled on the first call of any of them.

    After that first call the instance's methods are the compiled pattern's own (bound C methods put
    in the instance's dict), so a rule tried a million times in a build pays nothing for being lazy.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            compiled = re.compile(self.pattern, self._flags)
            self._compiled = compiled
            # Shadow the class's methods below with the compiled pattern's (see the class docstring).
            for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
                setattr(self, name, getattr(compiled, name))
        return self._compiled

    @property
    def flags(self) -> int:
        return self.compiled().flags

    @property
    def groups(self) -> int:
        return self.compiled().groups

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)

    def __eq__(self, other: object) -> bool:
        # As compiled patterns compare: by source and flags (a pattern sent to a worker equals its own).
        if not isinstance(other, LazyPattern):
            return NotImplemented
        return (self.pattern, self._flags) == (other.pattern, other._flags)

    def __hash__(self) -> int:
        return hash((self.pattern, self._flags))

    def __reduce__(self) -> tuple[type[LazyPattern], tuple[str, int]]:
        # Sent to another process (the Dask engine's workers) as its source, compiled there when used.
        return (LazyPattern, (self.pattern, self._flags))

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"
