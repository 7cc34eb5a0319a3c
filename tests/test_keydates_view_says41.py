"""The key-dates view says only what it can back up: with no key dates, that no filtered event is a past
event dated to a day (an event dated to a day but planned is dated to a day); with fewer days than asked
for, "all" only when no day was passed over for want of a sentence to quote."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from dashboard_pages import open_link
from test_keydates import BURST_DAY, make_tables

from events.query import keydates
from events.store import write_tables


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "story"
    write_tables(make_tables(), root)
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(root))
    return root


@pytest.fixture
def all_planned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The story with every event dated to the day but planned."""
    tables = make_tables()
    root = tmp_path / "planned"
    write_tables(replace(tables, events=tables.events.assign(planned=True)), root)
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(root))
    return root


def test_events_dated_to_a_day_but_planned_are_not_said_undated(all_planned: Path) -> None:
    app = open_link("chronology", mode="keydates")
    (info,) = app.info
    assert "not dated to a day" not in info.value
    assert "a past event dated to a day" in info.value and "planned" in info.value


def test_all_is_said_only_when_no_day_was_passed_over(story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = open_link("chronology", mode="keydates", days="50")
    days = len(shown.main.subheader)
    assert f"All {days} days with events dated to the day (50 asked for), oldest first." in [
        c.value for c in shown.caption
    ]
    # The burst day's sentences cannot be quoted: the ranking passes over it.
    events = make_tables().events
    burst = set(events.loc[events["date"].dt.date == BURST_DAY, "event_id"])
    pick = keydates.pick_sentences

    def burst_unquotable(dated: Sequence[Any], reported: Sequence[Any], *args: Any, **kwargs: Any) -> Any:
        if dated and {c.event_id for c in dated} <= burst:
            return []
        return pick(dated, reported, *args, **kwargs)

    monkeypatch.setattr(keydates, "pick_sentences", burst_unquotable)
    st.cache_resource.clear()  # the same data version: the first run's days are cached
    app = open_link("chronology", mode="keydates", days="50")
    assert len(app.main.subheader) == days - 1
    captions = [c.value for c in app.caption]
    assert not [c for c in captions if c.startswith("All ")], captions
    assert (
        f"{days - 1} days with events dated to the day (50 asked for; 1 more has no sentence fit to quote), "
        "oldest first." in captions
    )
