"""The store: tables written as one generation, loaded consistently, locked, and rolled back as a unit."""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

import pandas as pd
import pytest
from small_corpus import make_tables

from events.errors import DataError
from events.schema import EVENT_COLUMNS, Tables
from events.store import generations as store


def assert_tables_equal(left: Tables, right: Tables) -> None:
    for (name, a), (_, b) in zip(left.items(), right.items(), strict=True):
        pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True), obj=name)


def test_written_tables_load_back_equal(tmp_path: Path) -> None:
    tables = make_tables("alpha")
    store.write_tables(tables, tmp_path)
    assert_tables_equal(store.load_tables(tmp_path), tables)


def test_write_makes_one_generation_named_by_the_manifest(tmp_path: Path) -> None:
    store.write_tables(make_tables("alpha"), tmp_path)
    manifest = json.loads((tmp_path / "tables.json").read_text())
    generation = tmp_path / "tables" / manifest["generation"]
    files = sorted(p.relative_to(generation).as_posix() for p in generation.rglob("*") if p.is_file())
    assert files == sorted(
        [
            *(f"{n}.csv" for n in ("events", "mentions", "sources")),
            "sources.parquet",
            "events/year=2025/month=03/part-0.parquet",
            "mentions/year=2025/month=03/part-0.parquet",
            "version.json",
        ]
    )
    assert json.loads((generation / "version.json").read_text())["generation"] == manifest["generation"]
    data = (generation / "events/year=2025/month=03/part-0.parquet").read_bytes()
    part = manifest["files"]["events/year=2025/month=03/part-0.parquet"]
    assert part["sha256"] == hashlib.sha256(data).hexdigest()


def test_events_and_mentions_are_partitioned_by_year_and_month_and_read_back_in_order(
    tmp_path: Path,
) -> None:
    tables = make_tables("months", n_events=4)
    events = tables.events.copy()
    # Out of date order on purpose: the table reads back in its own order, not the partitions'.
    events["date"] = pd.to_datetime(["2025-05-02", "2024-12-31", "2025-05-01", "2025-01-15"]).as_unit("ns")
    events["date_end"] = events["date"]
    tables = Tables(events, tables.mentions, tables.sources)
    store.write_tables(tables, tmp_path)
    manifest = json.loads((tmp_path / "tables.json").read_text())
    assert sorted(n for n in manifest["files"] if n.startswith("events/")) == [
        "events/year=2024/month=12/part-0.parquet",
        "events/year=2025/month=01/part-0.parquet",
        "events/year=2025/month=05/part-0.parquet",
    ]
    mention_parts = sorted(n for n in manifest["files"] if n.startswith("mentions/"))
    assert mention_parts == [
        n.replace("events/", "mentions/")
        for n in sorted(n for n in manifest["files"] if n.startswith("events/"))
    ]
    assert_tables_equal(store.load_tables(tmp_path), tables)


def test_each_partition_holds_its_months_rows_whether_or_not_the_table_is_in_month_order(
    tmp_path: Path,
) -> None:
    tables = make_tables("slices", n_events=5)
    events = tables.events.copy()
    # In date order, as a build writes events (each month's rows together), with two in one month.
    days = ["2024-11-30", "2025-02-01", "2025-02-27", "2025-06-10", "2025-07-04"]
    events["date"] = pd.to_datetime(days).as_unit("ns")
    events["date_end"] = events["date"]
    # Mentions in another order (months interleaved), and one whose event is not in the table.
    mentions = tables.mentions.iloc[[3, 0, 4, 1, 2, 0]].reset_index(drop=True)
    mentions.loc[5, "event_id"] = "ev-0000000000"
    mentions.loc[5, "sentence"] = "A report whose event was removed."
    tables = Tables(events, mentions, tables.sources)
    store.write_tables(tables, tmp_path)
    manifest = json.loads((tmp_path / "tables.json").read_text())
    generation = tmp_path / "tables" / manifest["generation"]
    rows = {
        name: pd.read_parquet(generation / name)
        for name in manifest["files"]
        if name.startswith(("events/", "mentions/"))
    }
    assert {name: len(frame) for name, frame in rows.items()} == {
        "events/year=2024/month=11/part-0.parquet": 1,
        "events/year=2025/month=02/part-0.parquet": 2,
        "events/year=2025/month=06/part-0.parquet": 1,
        "events/year=2025/month=07/part-0.parquet": 1,
        "mentions/year=2024/month=11/part-0.parquet": 1,
        "mentions/year=2025/month=02/part-0.parquet": 2,
        "mentions/year=2025/month=06/part-0.parquet": 1,
        "mentions/year=2025/month=07/part-0.parquet": 1,
        f"mentions/year={store.UNDATED}/month={store.UNDATED}/part-0.parquet": 1,
    }
    assert list(rows["mentions/year=2025/month=02/part-0.parquet"]["sentence"]) == list(
        mentions["sentence"].iloc[[3, 4]]
    )
    assert_tables_equal(store.load_tables(tmp_path), tables)


def test_rows_without_a_date_get_the_undated_partition() -> None:
    days = pd.Series(pd.to_datetime(["2025-04-09", None]))
    keys = store.partition_of(days)
    assert keys.values.tolist() == [["2025", "04"], [store.UNDATED, store.UNDATED]]


def test_an_empty_table_is_stored_as_one_empty_partition(tmp_path: Path) -> None:
    tables = make_tables("empty")
    empty = Tables(tables.events.iloc[0:0], tables.mentions.iloc[0:0], tables.sources)
    store.write_tables(empty, tmp_path)
    manifest = json.loads((tmp_path / "tables.json").read_text())
    assert f"events/year={store.UNDATED}/month={store.UNDATED}/part-0.parquet" in manifest["files"]
    assert store.load_tables(tmp_path).events.empty


def test_csv_copies_in_the_data_dir_are_the_current_tables(tmp_path: Path) -> None:
    store.write_tables(make_tables("alpha"), tmp_path)
    store.write_tables(make_tables("beta", n_events=3), tmp_path)
    events = pd.read_csv(tmp_path / "events.csv")
    assert list(events["title"]) == ["beta event 0", "beta event 1", "beta event 2"]
    assert list(pd.read_csv(tmp_path / "sources.csv")["article"]) == ["beta.txt"]
    assert list(pd.read_csv(tmp_path / "mentions.csv")["article"].unique()) == ["beta.txt"]


def test_csv_copies_neutralise_only_the_cells_a_spreadsheet_would_run(tmp_path: Path) -> None:
    tables = make_tables("alpha", n_events=3)
    events = tables.events.copy()
    events.loc[1, "title"] = '=HYPERLINK("http://x")'
    store.write_tables(Tables(events, tables.mentions, tables.sources), tmp_path)
    written = pd.read_csv(tmp_path / "events.csv", keep_default_na=False)
    assert list(written["title"]) == ["alpha event 0", '\'=HYPERLINK("http://x")', "alpha event 2"]
    assert list(written["event_id"]) == list(events["event_id"])  # a column with none is as it was


def test_editing_sources_csv_in_place_leaves_the_stored_version_intact(tmp_path: Path) -> None:
    # README invites analysts to edit data/sources.csv (a published date, say); an editor or a script
    # that writes into the file must not reach the generation's own copy.
    store.write_tables(make_tables("alpha"), tmp_path)
    generation = json.loads((tmp_path / "tables.json").read_text())["generation"]
    stored = tmp_path / "tables" / generation / "sources.csv"
    before = stored.read_bytes()
    with (tmp_path / "sources.csv").open("a") as handle:
        handle.write("edited.txt,Somewhere,,,,,,,\n")
    assert stored.read_bytes() == before
    assert store.load_tables(tmp_path).sources["article"].tolist() == ["alpha.txt"]


def test_old_generations_are_collected(tmp_path: Path) -> None:
    for index in range(store.KEEP_GENERATIONS + 3):
        store.write_tables(make_tables(f"t{index}"), tmp_path)
    assert len(list((tmp_path / "tables").iterdir())) == store.KEEP_GENERATIONS
    assert store.load_tables(tmp_path).sources["article"].tolist() == [f"t{store.KEEP_GENERATIONS + 2}.txt"]


def test_version_changes_with_every_write(tmp_path: Path) -> None:
    assert store.tables_version(tmp_path) == ""
    store.write_tables(make_tables("alpha"), tmp_path)
    first = store.tables_version(tmp_path)
    store.write_tables(make_tables("alpha"), tmp_path)
    assert first and store.tables_version(tmp_path) not in ("", first)


def test_missing_tables_say_what_to_run(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="python -m events build"):
        store.load_tables(tmp_path)


def test_a_damaged_table_file_is_refused_by_its_checksum(tmp_path: Path) -> None:
    store.write_tables(make_tables("alpha"), tmp_path)
    manifest = json.loads((tmp_path / "tables.json").read_text())
    path = tmp_path / "tables" / manifest["generation"] / "mentions/year=2025/month=03/part-0.parquet"
    path.write_bytes(path.read_bytes()[:-20])
    with pytest.raises(DataError, match="damaged"):
        store.load_tables(tmp_path)


def test_tables_in_the_old_flat_layout_still_load(tmp_path: Path) -> None:
    tables = make_tables("legacy")
    for name, frame in tables.items():
        frame.to_parquet(tmp_path / f"{name}.parquet", index=False)
    assert_tables_equal(store.load_tables(tmp_path), tables)
    store.write_tables(make_tables("new"), tmp_path)
    assert not (tmp_path / "events.parquet").exists()
    assert store.load_tables(tmp_path).sources["article"].tolist() == ["new.txt"]


def test_only_the_columns_asked_for_are_read_row_for_row_as_the_whole_table(tmp_path: Path) -> None:
    tables = make_tables("columns", n_events=5)
    events = tables.events.copy()
    # Over several months and out of date order: each month a file, the rows read back in table order.
    events["date"] = pd.to_datetime(
        ["2025-05-02", "2024-12-31", "2025-05-01", "2025-01-15", "2024-12-01"]
    ).as_unit("ns")
    events["date_end"] = events["date"]
    store.write_tables(Tables(events, tables.mentions, tables.sources), tmp_path)
    whole = store.load_tables(tmp_path)
    wanted = {
        "events": ["event_id", "date", "planned", "reviewed"],
        "mentions": ["sentence", "event_id", "end"],
    }
    narrow = store.load_tables(tmp_path, **wanted)
    for name, columns in wanted.items():
        pd.testing.assert_frame_equal(getattr(narrow, name), getattr(whole, name)[columns], obj=name)
    pd.testing.assert_frame_equal(narrow.sources, whole.sources)
    # None reads every column; the sources always whole
    assert_tables_equal(store.load_tables(tmp_path, events=None, mentions=None), whole)
    with pytest.raises(ValueError, match="no column headline in the events table"):
        store.load_tables(tmp_path, events=["event_id", "headline"])


def test_a_column_added_since_a_table_was_written_is_read_at_its_default(tmp_path: Path) -> None:
    tables = make_tables("older")
    store.write_tables(tables, tmp_path)
    for path in (tmp_path / "tables").rglob("events/**/*.parquet"):
        # The events' files as written before `reviewed` and `country_basis` were columns.
        pd.read_parquet(path).drop(columns=["reviewed", "country_basis"]).to_parquet(path, index=False)
    manifest = json.loads((tmp_path / "tables.json").read_text())
    for name, entry in manifest["files"].items():
        data = (tmp_path / "tables" / manifest["generation"] / name).read_bytes()
        entry.update(bytes=len(data), sha256=hashlib.sha256(data).hexdigest())
    (tmp_path / "tables.json").write_text(json.dumps(manifest))
    (tmp_path / "tables" / manifest["generation"] / "version.json").write_text(json.dumps(manifest))
    narrow = store.load_tables(tmp_path, events=["event_id", "reviewed"], mentions=["event_id"])
    assert narrow.events["reviewed"].tolist() == [False, False]
    assert narrow.events["reviewed"].dtype == bool
    whole = store.load_tables(tmp_path)
    assert whole.events["country_basis"].tolist() == ["", ""]  # how its countries were found: not known
    assert list(whole.events.columns) == EVENT_COLUMNS


def test_only_the_columns_asked_for_are_read_of_the_old_flat_layout(tmp_path: Path) -> None:
    tables = make_tables("legacy")
    for name, frame in tables.items():
        frame.to_parquet(tmp_path / f"{name}.parquet", index=False)
    narrow = store.load_tables(tmp_path, events=["date", "event_id"], mentions=["article"])
    pd.testing.assert_frame_equal(narrow.events, store.load_tables(tmp_path).events[["date", "event_id"]])
    assert list(narrow.mentions.columns) == ["article"]


def test_extracted_tables_are_stored_only_when_given(tmp_path: Path) -> None:
    store.write_tables(make_tables("final"), tmp_path)
    assert store.load_extracted(tmp_path) is None
    store.write_tables(make_tables("final"), tmp_path, extracted=make_tables("raw"))
    extracted = store.load_extracted(tmp_path)
    assert extracted is not None
    assert extracted.sources["article"].tolist() == ["raw.txt"]
    assert store.load_tables(tmp_path).sources["article"].tolist() == ["final.txt"]


def test_write_atomic_leaves_no_temporary_file_and_a_readable_mode(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "file.txt"
    store.write_atomic(target, b"one")
    store.write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert sorted(p.name for p in target.parent.iterdir()) == ["file.txt"]
    assert target.stat().st_mode & 0o777 == 0o644


def test_lock_is_reentrant_in_one_thread(tmp_path: Path) -> None:
    with store.locked(tmp_path, timeout=1), store.locked(tmp_path, timeout=1):
        assert store.holds_lock(tmp_path)
    assert not store.holds_lock(tmp_path)


def test_lock_keeps_other_threads_out_until_released(tmp_path: Path) -> None:
    outcome: list[str] = []

    def try_lock() -> None:
        try:
            with store.locked(tmp_path, timeout=0.2):
                outcome.append("got it")
        except DataError as error:
            outcome.append(str(error))

    with store.locked(tmp_path):
        thread = threading.Thread(target=try_lock)
        thread.start()
        thread.join()
    assert "busy" in outcome[0]
    try_lock()
    assert outcome[1] == "got it"


def test_transaction_that_fails_puts_every_file_back(tmp_path: Path) -> None:
    store.write_tables(make_tables("before"), tmp_path)
    (tmp_path / "sources.csv").write_text("file\nbefore.txt\n")
    before = {p: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    with pytest.raises(RuntimeError), store.transaction(tmp_path) as tx:
        tx.write(tmp_path / "sources.csv", b"file\nafter.txt\n")
        tx.create(tmp_path / "articles" / "after.txt", b"text")
        store.write_tables(make_tables("after"), tmp_path)
        raise RuntimeError("the build crashed")
    assert {p: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before
    assert not (tmp_path / "articles" / "after.txt").exists()
    assert not (tmp_path / ".journal").exists()
    assert store.load_tables(tmp_path).sources["article"].tolist() == ["before.txt"]


def test_readers_see_the_committed_tables_until_the_transaction_ends(tmp_path: Path) -> None:
    store.write_tables(make_tables("before"), tmp_path)
    with store.transaction(tmp_path):
        store.write_tables(make_tables("after"), tmp_path)
        assert store.load_tables(tmp_path).sources["article"].tolist() == ["before.txt"]
    assert store.load_tables(tmp_path).sources["article"].tolist() == ["after.txt"]


def test_a_nested_transaction_joins_the_outer_one(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), store.transaction(tmp_path) as outer:
        with store.transaction(tmp_path) as inner:
            assert inner is outer
            inner.create(tmp_path / "new.txt", b"x")
        assert (tmp_path / "new.txt").exists()
        raise RuntimeError("fail after the inner one finished")
    assert not (tmp_path / "new.txt").exists()


def test_create_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "taken.txt").write_text("mine")
    with pytest.raises(DataError, match="not overwritten"), store.transaction(tmp_path) as tx:
        tx.create(tmp_path / "taken.txt", b"theirs")
    assert (tmp_path / "taken.txt").read_text() == "mine"


def test_a_transaction_left_open_by_a_dead_writer_is_rolled_back_by_the_next_lock(tmp_path: Path) -> None:
    store.write_tables(make_tables("before"), tmp_path)
    (tmp_path / "sources.csv").write_text("file\nbefore.txt\n")
    before = {p: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    # What a writer killed mid-transaction leaves behind: a journal, changed files, a temporary file.
    with store.locked(tmp_path):
        (tmp_path / store.JOURNAL_DIR).mkdir()
        tx = store.Transaction(tmp_path)
        for name in ("tables.json", "events.csv", "mentions.csv", "sources.csv"):
            tx.protect(tmp_path / name)
        tx.write(tmp_path / "sources.csv", b"file\nafter.txt\n")
        tx.create(tmp_path / "articles" / "after.txt", b"text")
        store.write_tables(make_tables("after"), tmp_path)
        (tmp_path / ".events.csv.abc123.tmp").write_bytes(b"half")
    assert store.load_tables(tmp_path).sources["article"].tolist() == ["before.txt"]
    with store.locked(tmp_path):
        pass
    assert {p: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before
    assert not (tmp_path / "articles" / "after.txt").exists()
    assert not (tmp_path / store.JOURNAL_DIR).exists()


def test_a_versions_event_count_comes_from_its_footers_and_is_none_when_it_cannot_be_read(
    tmp_path: Path,
) -> None:
    store.write_tables(make_tables("alpha"), tmp_path)
    first = store.tables_version(tmp_path)
    store.write_tables(make_tables("beta", n_events=3), tmp_path)
    # (both the current version and a kept older one: a shared link may name either)
    assert store.stored_event_count(tmp_path, store.tables_version(tmp_path)) == 3
    assert store.stored_event_count(tmp_path, first) == len(make_tables("alpha").events)
    assert store.stored_event_count(tmp_path, "no-such-generation") is None
