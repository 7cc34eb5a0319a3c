"""Data versions (kept generations with labels) and what changed between two of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from small_corpus import DETENTION_B, detention_event, single_source, town_article

from events.errors import DataError
from events.query.changes import changes_markdown, compare_versions
from events.store import curation
from events.store import generations as store
from events.store.build import build
from events.store.ingest import NewArticle, add_articles


@pytest.fixture
def data_dir(small_corpus_copy: Path) -> Path:
    return small_corpus_copy


def test_every_build_add_and_correction_is_a_labelled_version_the_newest_first(data_dir: Path) -> None:
    add_articles([NewArticle(text=town_article(1), outlet="Town Crier", published="2025-03-04")], data_dir)
    event_id = detention_event(store.load_tables(data_dir))["event_id"]
    curation.accept_event(data_dir, event_id, who="Ana")
    versions = store.list_versions(data_dir)
    assert [v.current for v in versions] == [True, False, False]
    assert versions[0].label.startswith("correction: Ana accepted")
    assert versions[1].label.startswith("added ") and versions[2].label.startswith("build of 3 articles")


def test_an_older_version_still_loads_as_it_was(data_dir: Path) -> None:
    before = store.load_tables(data_dir)
    first = store.list_versions(data_dir)[0].generation
    add_articles([NewArticle(text=town_article(2), outlet="Town Crier", published="2025-03-04")], data_dir)
    assert len(store.load_tables(data_dir).events) > len(before.events)
    assert set(store.load_version(data_dir, first).events["event_id"]) == set(before.events["event_id"])
    with pytest.raises(DataError, match="not kept"):
        store.load_version(data_dir, "g-20000101T000000000000-1-abcdef")


def test_old_versions_are_pruned_to_the_limit_and_the_current_one_stays(data_dir: Path) -> None:
    for _ in range(3):
        build(data_dir)
    assert len(store.list_versions(data_dir)) == 4
    removed = store.prune_versions(data_dir, keep=2)
    kept = store.list_versions(data_dir)
    assert len(removed) == 2 and len(kept) == 2 and kept[0].current
    assert len(store.load_tables(data_dir).events) > 0


def test_changes_name_new_events_new_sources_dates_types_and_rejections(data_dir: Path) -> None:
    older = store.load_tables(data_dir)
    tables = older
    lone = single_source(tables, DETENTION_B)["event_id"]
    detention = detention_event(tables)["event_id"]
    curation.fix_date(data_dir, detention, date="2025-01-02", who="Ana")
    curation.fix_event(data_dir, detention, "event_type", "other", who="Ana")
    curation.reject_event(data_dir, lone, who="Ana")
    add_articles([NewArticle(text=town_article(3), outlet="Town Crier", published="2025-03-04")], data_dir)
    newer = store.load_tables(data_dir)
    changes = compare_versions(older, newer, ["Ana rejected it"])
    assert len(changes.new_events) >= 1
    assert [c.event_id for c in changes.redated] == [detention] and changes.redated[
        0
    ].after == "Thu 2 Jan 2025"
    assert [c.after for c in changes.retyped if c.event_id == detention] == ["other"]
    assert lone in [c.event_id for c in changes.gone]
    note = changes_markdown(changes, newer, "Since Monday", lambda e: f"https://x.test/event?event={e}")
    assert "## New events" in note and "## Changed dates (1)" in note and "## Corrections (1)" in note
    assert f"(https://x.test/event?event={detention})" in note


def test_an_event_reported_by_an_added_article_has_new_sources() -> None:
    import pandas as pd

    from events.schema import Tables

    events = pd.DataFrame(
        {
            "event_id": ["ev-0000000001"],
            "date": pd.to_datetime(["2025-04-08"]),
            "date_end": pd.to_datetime(["2025-04-08"]),
            "precision": ["day"],
            "event_type": ["capture"],
            "title": ["Capture"],
            "sources": ["a.txt"],
            "n_sources": [1],
        }
    )
    later = events.assign(sources="a.txt;b.txt", n_sources=2)
    empty = pd.DataFrame()
    changes = compare_versions(Tables(events, empty, empty), Tables(later, empty, empty))
    (changed,) = changes.new_sources
    assert (changed.before, changed.after) == ("b.txt", "2 sources now")
    assert not changes.new_events and not changes.redated and not changes.gone


def test_the_versions_command_lists_and_prunes(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from events.__main__ import main

    build(data_dir)
    assert main(["versions", "--data", str(data_dir)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 2 and listed[0].startswith("* g-") and listed[0].endswith("build of 3 articles")
    assert main(["versions", "--data", str(data_dir), "--keep", "1"]) == 0
    assert "removed 1 version(s)" in capsys.readouterr().out
    assert main(["versions", "--data", str(data_dir), "--keep", "0"]) == 2
