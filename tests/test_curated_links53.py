"""A link made before an analyst merged or rejected its event still says where the event went: a merged
one opens the event that now holds its reports, a rejected one says so (not "it may have been rebuilt")."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from dashboard_pages import open_link
from small_corpus import QUOTAS, detention_event, single_source
from streamlit.testing.v1 import AppTest

from events.query.fates import EventFate, event_fate
from events.query.rows import plan_rows
from events.store import curation
from events.store import generations as store
from events.store.curation import Correction
from ui.picks import distinct_labels
from ui.review import merge_label


def entry(number: int, action: str, *ids: str, target: str = "") -> Correction:
    return Correction(f"c{number}", f"2025-04-10T09:00:0{number}Z", "Ana", action, ids, target=target)


def test_a_merged_event_leads_to_the_event_that_took_it_in_following_later_merges() -> None:
    log = [entry(1, "merge", "b", "a"), entry(2, "merge", "c", "b")]
    assert event_fate(log, "a", lambda _: True) == EventFate("merged", "c")
    assert event_fate(log, "b", lambda _: True) == EventFate("merged", "c")


def test_an_undone_merge_or_an_unheld_successor_explains_nothing() -> None:
    merge = entry(1, "merge", "b", "a")
    assert event_fate([merge, entry(2, "undo", target="c1")], "a", lambda _: True) == EventFate()
    assert event_fate([merge], "a", lambda _: False) == EventFate()


def test_a_rejected_event_or_one_merged_into_a_rejected_one_is_rejected() -> None:
    assert event_fate([entry(1, "reject", "a")], "a", lambda _: True) == EventFate("rejected")
    log = [entry(1, "merge", "b", "a"), entry(2, "reject", "b")]
    assert event_fate(log, "a", lambda _: True) == EventFate("rejected")


def _text(app: AppTest) -> str:
    """The page's words with Markdown's escapes undone."""
    shown = [*app.warning, *app.info, *app.caption, *app.markdown, *app.subheader, *app.header]
    return " ".join(str(element.value) for element in shown).replace("\\", "")


@pytest.fixture
def folder(small_corpus_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(small_corpus_copy))
    return small_corpus_copy


def test_a_link_to_a_merged_away_event_opens_the_event_it_joined(folder: Path) -> None:
    tables = store.load_tables(folder)
    kept, merged = detention_event(tables), single_source(tables, QUOTAS)
    curation.merge_events(folder, kept["event_id"], merged["event_id"], who="Ana")
    app = open_link("event", event=merged["event_id"])
    assert app.query_params["event"] == kept["event_id"]
    notes = _text(app)
    assert f"was merged by an analyst into {kept['event_id']}" in notes
    assert kept["title"] in notes


def test_a_link_to_a_rejected_event_says_it_was_rejected(folder: Path) -> None:
    event = single_source(store.load_tables(folder), QUOTAS)["event_id"]
    curation.reject_event(folder, event, who="Ana")
    app = open_link("event", event=event)
    notes = _text(app)
    assert "was rejected by an analyst" in notes and "may have been rebuilt" not in notes
    assert "event" not in app.query_params


def test_the_split_offers_no_select_all(folder: Path) -> None:
    # "Select all" moves every article out, the one choice a split refuses.
    event = detention_event(store.load_tables(folder))["event_id"]
    app = open_link("curate", event=event)
    split = [m for m in app.multiselect if m.label.startswith("Source articles")]
    assert len(split) == 1 and len(split[0].options) >= 2
    assert split[0].proto.select_all == 0


def test_an_undone_splits_new_event_leads_back_to_the_event_it_came_from() -> None:
    split = entry(1, "split", "a", "a-split")
    assert event_fate([split], "a-split", lambda _: True) == EventFate()  # in force: the table holds it
    assert event_fate([split, entry(2, "undo", target="c1")], "a-split", lambda _: True) == EventFate(
        "unsplit", "a"
    )


def test_a_link_to_a_split_off_event_opens_its_origin_once_the_split_is_undone(folder: Path) -> None:
    kept = detention_event(store.load_tables(folder))
    articles = kept["sources"].split(";")
    split = curation.split_event(folder, kept["event_id"], articles[:1], who="Ana")
    curation.undo(folder, split.id, who="Ana")
    app = open_link("event", event=split.event_ids[1])
    assert app.query_params["event"] == kept["event_id"]
    assert "split undone" in _text(app)


def test_labels_shared_by_two_options_name_their_keys() -> None:
    labels = {"ev-1": "Tue 8 Apr · X", "ev-2": "Tue 8 Apr · X", "ev-3": "Wed 9 Apr · Y"}
    assert distinct_labels(labels) == {
        "ev-1": "Tue 8 Apr · X · ev-1",
        "ev-2": "Tue 8 Apr · X · ev-2",
        "ev-3": "Wed 9 Apr · Y",
    }


def test_after_a_split_the_curate_picker_tells_the_event_from_its_copy(folder: Path) -> None:
    # A select box keeps its choice by label: with the copy's label the same, the next rerun (typing a
    # name, opening a tab) switched the page to the copy, and the next correction went to it.
    kept = detention_event(store.load_tables(folder))
    split = curation.split_event(folder, kept["event_id"], kept["sources"].split(";")[:1], who="Ana")
    app = open_link("curate", event=kept["event_id"])
    picker = next(box for box in app.selectbox if box.label == "Event")
    shown = list(picker.options)
    assert len(shown) == len(set(shown))
    assert sum(split.event_ids[1] in label or kept["event_id"] in label for label in shown) == 2
    assert picker.value == kept["event_id"]


def test_the_review_merge_button_cuts_its_twins_title_at_a_word_with_an_ellipsis() -> None:
    # It cut at 40 characters, mid-word and unmarked: “The harbour authority says the crane wa”.
    twin = "The harbour authority says the crane was inspected twice before it fell"
    assert merge_label(twin) == "Merge into “The harbour authority says the crane…”"
    assert merge_label("A crane fell in Gdansk") == "Merge into “A crane fell in Gdansk”"


def test_a_timeline_of_one_event_says_so_in_words(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # It said "The 1 events in this view" (one pasted article's event, say, found by a search).
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    event = store.load_tables(data_dir).events.iloc[0]
    app = open_link("timeline", q=event["title"])
    shown = _text(app)
    assert "The one event in this view" in shown and "The 1 events" not in shown, shown[:400]


def test_rows_are_planned_for_lanes_with_no_mark() -> None:
    # The timeline crashed (zip() argument 2 is longer than argument 1) when the view's only events
    # were rough-dated or background: no mark in the lanes, and titles to lengthen on.
    none = np.array([], dtype=np.int64)
    plan = plan_rows(none, none.astype(float), none.astype(float), [], 3, long_chars=90)
    assert plan.labels == [] and list(plan.lane_rows) == [1, 1, 1]


def test_presenter_mode_on_a_view_of_only_rough_dated_events_opens(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It crashed (ZeroDivisionError: float division by zero): no lane to share the fixed height.
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    event = store.load_tables(data_dir).events.iloc[0]
    assert event["precision"] != "day"
    app = open_link("timeline", q=event["title"], present="1")
    assert "Step 1 of 1" in _text(app)
