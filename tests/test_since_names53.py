"""The "since the last briefing" page names corrections by their events' titles and dates, not by ids."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from dashboard_pages import open_link
from small_corpus import DETENTION_A, QUOTAS, detention_event, single_source

from events.query.changes import CorrectionNote, compare_versions, describe_correction, event_names
from events.query.labels import when_label
from events.store import curation
from events.store import generations as store

ID = re.compile(r"\b(?:c|ev)-[0-9a-f]{6,}\b")


def _named(row: object) -> str:
    assert hasattr(row, "__getitem__")
    return f"“{row['title']}” ({when_label(row['date'], row['date_end'], str(row['precision']))})"


def test_an_undone_merge_and_a_split_are_named_by_their_events_titles_and_dates(
    small_corpus_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = small_corpus_copy
    tables = store.load_tables(data)
    first = store.list_versions(data)[0].generation
    keep, other = detention_event(tables), single_source(tables, QUOTAS)
    time.sleep(1.1)  # versions and corrections are stamped to the second: these come after the build's
    merged = curation.merge_events(data, keep["event_id"], other["event_id"], who="Ana")
    curation.undo(data, merged.id, who="Ana")
    split = curation.split_event(data, keep["event_id"], [DETENTION_A], who="Ana")

    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data))
    app = open_link("since", since=first)
    said = [m.value.replace("\\", "") for m in app.markdown if m.value.startswith("- ")]
    undid = f"- Ana undid: Ana merged {_named(other)} into {_named(keep)}"
    assert undid in said
    new_id = split.event_ids[1]
    new_row = store.load_tables(data).events.set_index("event_id", drop=False).loc[new_id]
    assert (
        f"- Ana split {_named(keep)}: the reports of {DETENTION_A} became a separate event, {_named(new_row)}"
        in said
    )
    corrections = [line for line in said if line.startswith("- Ana ")]
    assert len(corrections) == 3 and not any(ID.search(line) for line in corrections)
    # The ids stay to hand, in the tooltip.
    tips = [m.help for m in app.markdown if m.value.replace("\\", "") == undid]
    assert tips and merged.id in tips[0].replace("\\", "")


def test_an_undo_of_an_entry_not_in_the_log_says_so_without_an_id(small_corpus_copy: Path) -> None:
    data = small_corpus_copy
    tables = store.load_tables(data)
    rejected = curation.reject_event(data, single_source(tables, QUOTAS)["event_id"], who="Ana")
    undo = curation.undo(data, rejected.id, who="Ana")
    note = describe_correction(undo, [undo], event_names(tables.events))
    assert note == CorrectionNote("Ana undid an earlier correction", f"{undo.id} undid {rejected.id}")
    assert compare_versions(tables, tables, ["as said"]).corrections == (CorrectionNote("as said"),)
