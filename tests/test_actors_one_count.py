"""The actors page gives one count per actor or country: the filtered events that name it, background
included. Its pill, its chart row's label and its bubbles added up all say that number, and the page
says what it counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from events.query.figures import facet_time_figure
from events.query.filters import Filters
from events.query.frames import FrameQuery
from events.schema import Tables


@pytest.mark.parametrize("filters", [Filters(), Filters(types=("claim", "denial", "capture"))], ids=repr)
@pytest.mark.parametrize("facet", ["actor", "country"])
def test_a_rows_bubbles_add_up_to_its_pills_count(tables: Tables, filters: Filters, facet: str) -> None:
    found = FrameQuery(tables).actor_counts(filters)
    over_time = found.over_time[facet]
    assert over_time.chosen
    added = over_time.counts.groupby("value")["count"].sum()
    for value in over_time.chosen:
        assert added[value] == found.counts[facet][value], value


def test_background_events_are_counted_in_the_chart_as_on_the_pills(tables: Tables) -> None:
    # The bundled table's background events name North Korea and Russia: the chart counted them not.
    found = FrameQuery(tables).actor_counts(Filters())
    background = tables.events[tables.events["background"]]
    assert len(background)
    country = found.over_time["country"]
    drawn = country.counts.groupby("value")["count"].sum()
    assert all(drawn[value] == found.counts["country"][value] for value in country.chosen)


def test_a_chart_row_is_named_with_its_count(tables: Tables) -> None:
    found = FrameQuery(tables).actor_counts(Filters())
    figure = facet_time_figure(found.over_time["actor"], "actor")
    rows = list(figure.layout.yaxis.categoryarray)
    first = found.over_time["actor"].chosen[0]
    assert f"{first} · {found.counts['actor'][first]:,}" in rows
    assert set(figure.data[0].y) <= set(rows)


def test_the_actors_page_says_what_it_counts(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dashboard_pages import open_link

    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    app = open_link("actors")
    captions = " ".join(c.value for c in app.main.get("caption"))
    assert "background events included" in captions and "the same number" in captions
    charts = [json.loads(chart.proto.spec) for chart in app.main.get("plotly_chart")]
    rows = charts[0]["layout"]["yaxis"]["categoryarray"]
    pills = app.main.get("button_group")[0].proto.options
    # "Volodymyr Zelensky · 9" on the pill, "Volodymyr Zelensky · 9" on the chart's row.
    pill_labels = {option.content for option in pills}
    assert rows and all(row in pill_labels for row in rows if row.split(" · ")[0] in str(pill_labels))


def test_the_over_time_charts_open_on_the_timelines_story_dates_too(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A story whose first day is its most reported and whose later months hold most of its events
    # (follow-ups): the densest stretch of events left that day out of the chart, though the timeline
    # opens on it. Here the timeline's story dates are made to start months before the densest stretch.
    import datetime as dt

    from dashboard_pages import open_link

    import ui.timeline
    from events.query.framing import StoryFrame
    from events.query.views import DateRange

    early = dt.date(2024, 11, 2)
    real = ui.timeline.story_frame

    def earlier(filters: Filters, selected: str = "") -> StoryFrame | None:
        frame = real(filters, selected)
        assert frame is not None
        return StoryFrame(DateRange(early, frame.view.end), frame.outside, frame.total, frame.everything)

    monkeypatch.setattr(ui.timeline, "story_frame", earlier)
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    app = open_link("actors")
    charts = [json.loads(chart.proto.spec) for chart in app.main.get("plotly_chart")]
    over_time = [chart for chart in charts if chart["layout"]["xaxis"].get("type") == "date"]
    assert len(over_time) == 2
    for chart in over_time:
        assert str(chart["layout"]["xaxis"]["range"][0])[:10] < early.isoformat()
