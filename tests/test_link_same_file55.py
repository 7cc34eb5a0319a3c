"""Linking a table beside the manifest to the file it already is leaves no `.tmp` name behind (check55:
an add that changed no table left `.events.csv.<hex>.tmp` and `.mentions.csv.<hex>.tmp` in the data
folder until the next recovery swept them)."""

from __future__ import annotations

import os
from pathlib import Path

from events.store.generations import _link_atomic


def test_linking_a_name_to_the_file_it_already_is_leaves_no_temporary_name(tmp_path: Path) -> None:
    source = tmp_path / "gen" / "events.csv"
    source.parent.mkdir()
    source.write_text("event_id\nev-0000000001\n")
    path = tmp_path / "events.csv"
    os.link(source, path)
    _link_atomic(source, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv", "gen"]
    assert path.read_text() == "event_id\nev-0000000001\n"
    assert path.stat().st_ino == source.stat().st_ino


def test_linking_a_new_file_replaces_the_old_name(tmp_path: Path) -> None:
    source = tmp_path / "new.csv"
    source.write_text("new\n")
    path = tmp_path / "events.csv"
    path.write_text("old\n")
    _link_atomic(source, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv", "new.csv"]
    assert path.read_text() == "new\n"
