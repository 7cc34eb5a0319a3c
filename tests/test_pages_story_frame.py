"""The timeline opens on the story's dates (its articles' publication days and the events near them), not
on every year its reports mention; it says how many events lie outside, shows them all in one click, and
a link's own zoom is kept exactly."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from conftest import CLAIM
from dashboard_pages import open_link
from streamlit.testing.v1 import AppTest

from events.query.framing import frame_story, near_window, publication_span, story_start
from events.query.views import DateRange
from events.schema import Tables
from events.store import write_tables

HISTORY = "ev-00000000a1"  # "the 1957 pandemic": a day-dated event decades before the story
PLAN = "ev-00000000a2"  # "a rig ready by 2029": years after it
THIS_YEAR = "ev-00000000a3"  # "in 2025": near the story, but dated only to its year


def with_far_events(tables: Tables) -> Tables:
    """The test tables plus two events, dated to the day, far before and far after the articles."""
    events, mentions = [tables.events], [tables.mentions]
    far = (
        (HISTORY, "1957-06-01", "1957-06-01", "day", "An old pandemic"),
        (PLAN, "2029-03-01", "2029-03-01", "day", "A plan"),
        (THIS_YEAR, "2025-01-01", "2025-12-31", "year", "A deal this year"),
    )
    for event_id, day, last, precision, title in far:
        row = tables.events[tables.events["event_id"] == CLAIM].assign(
            event_id=event_id,
            date=pd.Timestamp(day),
            date_end=pd.Timestamp(last),
            precision=precision,
            title=title,
            linked="",
        )
        events.append(row)
        mentions.append(tables.mentions[tables.mentions["event_id"] == CLAIM].assign(event_id=event_id))
    return Tables(
        pd.concat(events, ignore_index=True), pd.concat(mentions, ignore_index=True), tables.sources
    )


@pytest.fixture(scope="module")
def far_data(tables: Tables, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("far")
    write_tables(with_far_events(tables), folder)
    return folder


def open_page(data: Path, monkeypatch: pytest.MonkeyPatch, **params: Any) -> AppTest:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data))
    return open_link("timeline", **params)


def chart_range(app: AppTest) -> tuple[str, str]:
    (chart,) = app.get("plotly_chart")
    start, end = json.loads(chart.proto.spec)["layout"]["xaxis"]["range"]
    return str(start)[:10], str(end)[:10]


def test_the_timeline_opens_on_the_storys_dates_and_says_what_lies_outside(
    far_data: Path, tables: Tables, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_page(far_data, monkeypatch)
    # The articles were published 8-10 April 2025, their events dated to the day 8-10 April; the event
    # dated only "in 2025" overlaps the story's window but does not stretch it to the whole year.
    start, end = chart_range(app)
    assert (start, end) == ("2025-04-08", "2025-04-11")  # the days its day-dated events cover
    total = len(tables.events) + 3
    notes = [t.value for t in app.markdown if t.value.startswith("Showing the story's dates")]
    assert len(notes) == 1, notes
    # Outside: the two far events and the background ones (2022, 2024), each dated before the story.
    outside = int((tables.events["date_end"] < pd.Timestamp("2025-04-01")).sum()) + 2
    assert f"**{outside} of the {total} events lie outside them**" in notes[0]
    assert "1 Feb 2022" not in notes[0] and "1 Jun 1957 to 1 Mar 2029" in notes[0]
    assert "zoom" not in app.query_params  # the default view writes no zoom into the link


def test_show_all_dates_zooms_out_to_every_event_and_the_link_keeps_it(
    far_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_page(far_data, monkeypatch)
    app.button(key="w:view:all").click().run()
    assert app.query_params["zoom"] == "1957-06-01..2029-03-01"
    assert chart_range(app) == ("1957-06-01", "2029-03-02")
    assert not [t.value for t in app.markdown if t.value.startswith("Showing the story's dates")]
    # A fresh browser opening that link sees the same range, and no frame note.
    again = open_page(far_data, monkeypatch, zoom="1957-06-01..2029-03-01")
    assert chart_range(again) == ("1957-06-01", "2029-03-02")
    # Reset zoom goes back to the story's dates, and the link to no zoom.
    app.button[[b.label for b in app.button].index("Reset zoom")].click().run()
    assert "zoom" not in app.query_params
    assert chart_range(app)[0] >= "2025-04-01"


def test_a_links_zoom_is_shown_exactly_whatever_the_story(
    far_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_page(far_data, monkeypatch, zoom="2025-04-09..2025-04-09")
    assert chart_range(app) == ("2025-04-09", "2025-04-10")
    assert app.query_params["zoom"] == "2025-04-09..2025-04-09"
    assert not [t.value for t in app.markdown if t.value.startswith("Showing the story's dates")]


def test_a_date_filter_away_from_the_story_opens_on_the_filtered_events(
    far_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only the 1957 event passes: no filtered event lies near the story, so no frame (and no note).
    app = open_page(far_data, monkeypatch, to="1960-01-01")
    start, end = chart_range(app)
    assert start.startswith("1957") and end.startswith("1957")
    assert not [t.value for t in app.markdown if t.value.startswith("Showing the story's dates")]


def test_the_publication_span_leaves_out_unknown_days() -> None:
    published = pd.Series(pd.to_datetime(["2010-05-01", None, "2010-04-20"]))
    assert publication_span(published) == DateRange(dt.date(2010, 4, 20), dt.date(2010, 5, 1))
    assert publication_span(pd.Series(pd.to_datetime([None]))) is None


def test_events_near_the_story_widen_it_but_only_so_far() -> None:
    story = DateRange(dt.date(2010, 1, 1), dt.date(2010, 12, 31))
    window = near_window(story)
    assert window == DateRange(dt.date(2009, 11, 26), dt.date(2011, 2, 5))  # a tenth of its 364 days
    # The frame is the events near the story: those within the window, cut to it.
    assert frame_story(window, (dt.date(2009, 12, 20), dt.date(2010, 6, 1))) == DateRange(
        dt.date(2009, 12, 20), dt.date(2010, 6, 1)
    )
    assert frame_story(window, (dt.date(2009, 1, 1), dt.date(2012, 12, 31))) == window
    # A short story still takes in last week's events: a week at least.
    short = DateRange(dt.date(2025, 4, 8), dt.date(2025, 4, 10))
    assert near_window(short) == DateRange(dt.date(2025, 4, 1), dt.date(2025, 4, 17))
    # The reader's date filter bounds it; a filter away from the story leaves none.
    assert near_window(story, dt.date(2010, 3, 1)) == DateRange(dt.date(2010, 3, 1), dt.date(2011, 2, 5))
    assert near_window(story, None, dt.date(2000, 1, 1)) is None


def test_the_list_under_the_chart_counts_what_the_frame_shows(
    far_data: Path, tables: Tables, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The background strip shares the lanes' dates: the 2022 invasion is outside a view of April 2025,
    # in the note's count, and not listed as "in this view".
    app = open_page(far_data, monkeypatch)
    (note,) = [t.value for t in app.markdown if t.value.startswith("Showing the story's dates")]
    outside, total = (int(n) for n in re.search(r"\*\*(\d+) of the (\d+) events", note).groups())  # type: ignore[union-attr]
    (listed,) = [t.value for t in app.markdown if "events in this view" in t.value]
    assert f"The {total - outside} events in this view" in listed
    titles = " ".join(link.proto.label for link in app.get("page_link"))
    assert "full-scale invasion" not in titles and "An old pandemic" not in titles


def test_a_presenters_background_step_is_on_screen(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Step 1 is the invasion of February 2022, a background event: the strip above the lanes shares
    # their dates, so the chart must open on its dates, not on the story's busiest week.
    app = open_page(data_dir, monkeypatch, present="1", step="1")
    assert [m.value for m in app.markdown if m.value.startswith("**Step 1 of")]
    start, end = chart_range(app)
    assert start <= "2022-02-01" and end >= "2022-03-01" and start >= "2022-01-01", (start, end)
    # A step in the lanes still opens on a few days around it.
    later = open_page(data_dir, monkeypatch, present="1", step="4")
    start, end = chart_range(later)
    assert start >= "2025-04-01", (start, end)


def test_a_links_event_outside_the_story_is_shown_in_a_widened_frame(
    far_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "See it on the timeline" from the 1957 event's page: the chart must show it, and say so.
    app = open_page(far_data, monkeypatch, event=HISTORY)
    start, end = chart_range(app)
    assert start <= "1957-06-01" and end >= "2025-04-10", (start, end)
    (note,) = [t.value for t in app.markdown if t.value.startswith("Showing the story's dates")]
    assert "widened to the selected event" in note
    assert app.query_params["event"] == HISTORY and "zoom" not in app.query_params


def test_the_zoom_slider_says_what_the_chart_shows_when_it_is_wider_than_the_lanes(
    far_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A zoom a week beyond the first and last event (as "All dates" gives, with background events
    # of earlier years): the slider was cut to the lanes' events and said less than the chart.
    app = open_page(far_data, monkeypatch, zoom="1957-05-25..2029-03-08")
    slider = app.slider(key="w:view:zoom")
    assert slider.value == (dt.date(1957, 5, 25), dt.date(2029, 3, 8))
    assert chart_range(app) == ("1957-05-25", "2029-03-09")


def step_counter(app: AppTest) -> tuple[int, int]:
    (counter,) = [m.value for m in app.markdown if m.value.startswith("**Step ")]
    step, total = re.match(r"\*\*Step ([\d,]+) of ([\d,]+)\*\*", counter).groups()  # type: ignore[union-attr]
    return int(step.replace(",", "")), int(total.replace(",", ""))


def test_presenter_mode_opens_where_the_story_starts_and_keeps_the_steps_before_it(
    far_data: Path, tables: Tables, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Steps in date order: the 1957 pandemic, the background of 2022 and 2024, "in 2025", then the
    # story's own events of 8-10 April 2025. The presentation opens on the first of those.
    before = int((tables.events["date"] < pd.Timestamp("2025-04-08")).sum()) + 2  # + 1957, "in 2025"
    app = open_page(far_data, monkeypatch, present="1")
    assert step_counter(app) == (before + 1, len(tables.events) + 3)
    assert "step" not in app.query_params  # where the story starts: the link says no step
    assert app.header[0].value != "An old pandemic"
    (counter,) = [m for m in app.markdown if m.value.startswith("**Step ")]
    assert counter.value.endswith(f" · :small[:gray[story starts · ← {before} earlier]]")
    assert counter.help == (
        f"The story starts here. Steps 1–{before} before it (background history and roughly dated "
        "events): Previous or ←."
    )
    # Previous reaches the steps before the story, and the link names the step.
    app.button[[b.label for b in app.button].index("Previous")].click().run()
    assert step_counter(app)[0] == before
    assert app.query_params["step"] == str(before)
    assert [
        m for m in app.markdown if m.value.endswith(f":small[:gray[before the story (step {before + 1})]]")
    ]
    # A link's step keeps its event: step 1 is still the 1957 pandemic, written in the link.
    first = open_page(far_data, monkeypatch, present="1", step="1")
    assert step_counter(first)[0] == 1 and first.header[0].value == "An old pandemic"
    first.button[[b.label for b in first.button].index("Next")].click().run()
    first.button[[b.label for b in first.button].index("Previous")].click().run()
    assert first.query_params["step"] == "1" and first.header[0].value == "An old pandemic"


def test_the_presenter_switch_starts_at_the_story(far_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = open_page(far_data, monkeypatch)
    app.toggle(key="w:view:present").set_value(True).run()
    start = step_counter(app)[0]
    assert start > 1 and "step" not in app.query_params
    start_day = chart_range(app)
    assert start_day[0] >= "2025-04-01", start_day


def test_the_story_start_is_the_first_step_within_the_frame_that_is_not_background() -> None:
    steps = pd.DataFrame(
        {
            "date": pd.to_datetime(["1918-01-01", "2010-01-01", "2010-04-20", "2010-04-20", "2010-05-01"]),
            "background": [True, False, True, False, False],
        }
    )
    frame = DateRange(dt.date(2010, 4, 20), dt.date(2010, 12, 31))
    assert story_start(steps, frame) == 4
    # No step within the frame: the first step.
    assert story_start(steps, DateRange(dt.date(2020, 1, 1), dt.date(2020, 2, 1))) == 1


def strip_rows(app: AppTest) -> list[str]:
    (chart,) = app.get("plotly_chart")
    return list(json.loads(chart.proto.spec)["layout"].get("yaxis2", {}).get("ticktext", []))


def test_the_background_strip_is_drawn_only_when_its_events_are_in_view(
    far_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The story's dates, April 2025: the background of 2022 and 2024 is off screen, so no empty strip;
    # "in 2025" overlaps them and keeps its row.
    app = open_page(far_data, monkeypatch)
    assert strip_rows(app) == ["Rough dates"]
    # All dates: the background events are in view, and their strip is back.
    app.button(key="w:view:all").click().run()
    assert "Background" in strip_rows(app)
    # A zoom of one day with no strip event at all: no strip.
    day = open_page(far_data, monkeypatch, zoom="2025-04-09..2025-04-09")
    assert strip_rows(day) == ["Rough dates"]  # "in 2025" covers that day too
    later = open_page(far_data, monkeypatch, zoom="2026-01-01..2030-01-01")
    assert strip_rows(later) == []


def test_the_counts_say_how_many_of_the_events_lie_in_the_timelines_dates(
    far_data: Path, tables: Tables, monkeypatch: pytest.MonkeyPatch
) -> None:
    total = len(tables.events) + 3
    app = open_page(far_data, monkeypatch)
    (note,) = [t.value for t in app.markdown if t.value.startswith("Showing the story's dates")]
    outside = int(re.search(r"\*\*(\d+) of the", note).group(1))  # type: ignore[union-attr]
    captions = [c.value for c in app.sidebar.caption]
    assert f"{total} of {total} events shown" in captions
    assert (
        f"{total - outside} of them in the timeline's story dates (8 Apr 2025 – 10 Apr 2025): this count "
        f"and the exports take all {total}, whatever the zoom."
    ) in captions
    # Zoomed: the sidebar says so, and the exports page too; what is exported is every filtered event.
    app.slider(key="w:view:zoom").set_range(dt.date(2025, 4, 9), dt.date(2025, 4, 9)).run()
    inside = [
        c.value for c in app.sidebar.caption if "timeline's zoomed range (9 Apr 2025 – 9 Apr 2025)" in c.value
    ]
    assert len(inside) == 1, [c.value for c in app.sidebar.caption]
    app.switch_page("app_pages/exports.py").run()
    assert f"Download the **{total}** events that match the filters." in [m.value for m in app.markdown]
    (said,) = [c.value for c in app.caption if "zoomed range" in c.value]
    assert said.endswith(f"the exports hold all {total}, whatever the timeline's zoom.")
    # A zoom that leaves nothing out says nothing more.
    everything = open_page(far_data, monkeypatch, zoom="1957-01-01..2030-01-01")
    assert not [c.value for c in everything.sidebar.caption if "of them in the timeline's" in c.value]


def test_a_links_event_the_filters_hide_does_not_stretch_the_frame_and_is_said_to_be_hidden(
    far_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The 1957 event is a claim: with only statements shown it is not on the chart, so the chart keeps
    # the story's own days instead of squeezing them into a corner of seventy years, and the details
    # beside it say why the reader will not find it there.
    app = open_page(far_data, monkeypatch, event=HISTORY, type="statement")
    start, end = chart_range(app)
    assert start >= "2025-04-01", (start, end)
    notes = [t.value for t in app.markdown if t.value.startswith("Showing the story's dates")]
    assert not any("widened" in note for note in notes)
    assert [i.value for i in app.info if "hidden by the current filters" in i.value]
    # The same event, shown by the filters, still widens the frame and carries no such note.
    shown = open_page(far_data, monkeypatch, event=HISTORY)
    assert not [i.value for i in shown.info if "hidden by the current filters" in i.value]
