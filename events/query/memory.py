"""Memory given back to the system after a big read and when the last reader has left.

A server that has read a million events' columns, or computed a whole-table view, has freed most of
what that took, but the allocators keep the freed memory for later: glibc's malloc (one arena per
thread that allocated: every reader's script thread, DuckDB's threads), and pyarrow's mimalloc pool.
The process's resident memory then stays at its peak with nobody connected. `release_memory` hands
the free pages back (measured at a million events: 1,119 MiB after three whole-table views, 672 MiB
after a release; `benchmarks/pages_scale.py` prints the server's memory after its readers leave).
DuckDB's own allocator is told to give back what it frees at the connection (`duck._open`).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
import threading
from collections.abc import Callable

import pyarrow as pa

_lock = threading.Lock()


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None where the C library has none (musl, macOS)."""
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


def release_memory() -> None:
    """Collect garbage, then return the free memory of pyarrow's pool and of every malloc arena to the
    system (some milliseconds; what is in use is untouched). One release at a time: a second caller
    while one runs has nothing left to give back."""
    if not _lock.acquire(blocking=False):
        return
    try:
        gc.collect()
        pa.default_memory_pool().release_unused()
        trim = _malloc_trim()
        if trim is not None:
            trim(0)
    finally:
        _lock.release()


__all__ = ["release_memory"]
