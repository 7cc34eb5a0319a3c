"""Memory is given back to the system after a big read and when readers leave."""

from __future__ import annotations

from pathlib import Path

import pytest

from events.query import duck, memory
from events.query.duck import EventQuery


def test_a_release_collects_and_trims_every_arena(monkeypatch: pytest.MonkeyPatch) -> None:
    trimmed: list[int] = []
    monkeypatch.setattr(memory, "_malloc_trim", lambda: trimmed.append)
    memory.release_memory()
    assert trimmed == [0]


def test_a_release_without_glibc_still_collects(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "_malloc_trim", lambda: None)
    memory.release_memory()  # no error where the C library has no malloc_trim


def test_reading_a_versions_coded_columns_releases_the_reads_peak(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    released: list[bool] = []
    monkeypatch.setattr(duck, "release_memory", lambda: released.append(True))
    query = EventQuery.open(data_dir)
    try:
        query.coded()
        query.coded()  # kept: read (and released) once
    finally:
        query.close()
    assert released == [True]
