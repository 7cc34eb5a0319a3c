"""Timeline and actor/country figures: what is drawn where, palette, intervals, strip, aggregation, size."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import numpy as np
import pandas as pd
import plotly.io as pio
import pytest
from conftest import CAPTURE, CLAIM, HOSTILE, INVASION, KURSK, OFFENSIVE

from events.query.figures import (
    MAX_MARKS,
    OKABE_ITO,
    TYPE_STYLES,
    cooccurrence,
    cooccurrence_figure,
    densest_period,
    facet_over_time,
    marker_size,
    timeline_figure,
)
from events.query.labels import country_label
from events.query.views import DateRange
from events.schema import EVENT_TYPES, Tables


def traces_with(figure: Any, event_id: str) -> list[Any]:
    return [
        t for t in figure.data if t.customdata is not None and any(c[0] == event_id for c in t.customdata)
    ]


def point_of(trace: Any, event_id: str) -> int:
    return next(i for i, c in enumerate(trace.customdata) if c[0] == event_id)


def test_every_type_has_an_okabe_ito_colour_and_a_distinct_look() -> None:
    assert set(TYPE_STYLES) == set(EVENT_TYPES)
    assert {style.color for style in TYPE_STYLES.values()} <= set(OKABE_ITO.values())
    looks = [(style.color, style.symbol) for style in TYPE_STYLES.values()]
    assert len(set(looks)) == len(looks)


def test_a_day_event_is_a_point_on_its_day_coloured_by_type(tables: Tables) -> None:
    figure = timeline_figure(tables).figure
    (trace,) = traces_with(figure, CAPTURE)
    assert trace.type == "scatter"
    assert trace.x[point_of(trace, CAPTURE)].startswith("2025-04-08")
    assert trace.marker.color == TYPE_STYLES["capture"].color


def test_a_week_event_is_a_bar_across_its_whole_interval(tables: Tables) -> None:
    (trace,) = traces_with(timeline_figure(tables).figure, OFFENSIVE)
    i = point_of(trace, OFFENSIVE)
    assert trace.type == "bar" and trace.orientation == "h"
    assert trace.base[i] == "2025-04-07"
    assert trace.x[i] == 7 * 86_400_000  # 7 to 13 April inclusive, in milliseconds


def test_marker_size_grows_with_the_number_of_sources() -> None:
    sizes = marker_size(np.array([1, 2, 4, 100]))
    assert list(sizes) == sorted(sizes) and sizes[0] < sizes[2] and sizes[-1] == 30


def test_background_events_sit_in_their_own_strip(tables: Tables) -> None:
    figure = timeline_figure(tables).figure
    # February 2022 does not stretch the April 2025 view, and lies outside it: neither in the lanes
    # nor in a strip drawn empty above them (the strip shares the lanes' dates).
    assert figure.layout.xaxis.range == ("2025-04-07", "2025-04-12")
    for event_id in (INVASION, KURSK):
        assert not traces_with(figure, event_id)
    assert "Background" not in (getattr(figure.layout, "yaxis2", None) or {"ticktext": ()})["ticktext"]
    # A view that takes them in draws them in the strip, the others in the lanes.
    wide = timeline_figure(tables, zoom=DateRange(dt.date(2022, 1, 1), dt.date(2025, 4, 30))).figure
    for event_id in (INVASION, KURSK):
        assert {t.xaxis for t in traces_with(wide, event_id)} == {"x2"}
    assert {t.xaxis for t in traces_with(wide, CLAIM)} == {"x"}
    assert "Background" in wide.layout.yaxis2.ticktext


def test_without_background_events_there_is_no_strip(tables: Tables) -> None:
    main = Tables(tables.events[~tables.events["background"]], tables.mentions, tables.sources)
    figure = timeline_figure(main).figure
    assert "xaxis2" not in figure.to_dict()["layout"]
    assert {t.xaxis for t in figure.data} == {"x"}


def test_default_zoom_is_the_densest_period(tables: Tables) -> None:
    assert densest_period(tables.events) == DateRange(dt.date(2025, 4, 7), dt.date(2025, 4, 11))


def test_a_zoom_in_the_state_overrides_the_default(tables: Tables) -> None:
    zoom = DateRange(dt.date(2025, 4, 9), dt.date(2025, 4, 9))
    assert timeline_figure(tables, zoom=zoom).figure.layout.xaxis.range == ("2025-04-09", "2025-04-10")


def test_type_lanes_follow_the_schema_order(tables: Tables) -> None:
    ticks = list(timeline_figure(tables, lanes="type").figure.layout.yaxis.ticktext)
    assert ticks == ["capture", "claim", "denial", "statement", "attack", "offensive", "exchange"]


@pytest.mark.parametrize(
    ("lanes", "expected"),
    [
        ("country", {country_label(c) for c in ("UKR", "CHN", "RUS", "IRN", "GBR")}),
        (
            "outlet",
            {
                "Al Jazeera",
                "NBC News",
                "Newsmax (AP)",
                "Evil &lt;i&gt;Gazette&lt;/i&gt;",
                # Outlets known only by a long file name are shortened to fit the axis.
                "ukraine-captured-2-chinese-….txt",
                "ukraine-claims-dozens-of-ch….txt",
            },
        ),
    ],
)
def test_lanes_follow_the_chosen_field(tables: Tables, lanes: str, expected: set[str]) -> None:
    ticks = list(timeline_figure(tables, lanes=lanes).figure.layout.yaxis.ticktext)
    assert set(ticks) == expected
    assert ticks[0] in (country_label("UKR"), "Al Jazeera")  # the busiest lane on top


def lane_at(figure: Any, y: float) -> str:
    """The lane a mark's y falls in: lanes are bands of rows, each tick at its band's middle."""
    ticks = list(figure.layout.yaxis.tickvals)
    bounds = [shape.y0 for shape in figure.layout.shapes] + [figure.layout.yaxis.range[0]]
    index = next(i for i, bound in enumerate(bounds) if y < bound)
    assert abs(ticks[index] - y) < bounds[index] - (bounds[index - 1] if index else -0.5)
    return str(figure.layout.yaxis.ticktext[index])


def test_an_event_with_two_actors_appears_in_both_actor_lanes(tables: Tables) -> None:
    figure = timeline_figure(tables, lanes="actor").figure
    (trace,) = traces_with(figure, CAPTURE)
    ys = [y for y, c in zip(trace.y, trace.customdata, strict=True) if c[0] == CAPTURE]
    assert {lane_at(figure, y) for y in ys} == {"Ukraine", "Volodymyr Zelensky"}


def test_titles_are_written_whole_where_they_fit_and_shortened_where_not(tables: Tables) -> None:
    title = str(tables.events.loc[tables.events["event_id"] == CAPTURE, "title"].iloc[0])
    wide = timeline_figure(tables, width_px=2400).figure
    (trace,) = traces_with(wide, CAPTURE)
    assert trace.mode == "markers+text" and trace.textposition == "middle right"
    assert trace.text[point_of(trace, CAPTURE)] == title
    (trace,) = traces_with(timeline_figure(tables, width_px=300).figure, CAPTURE)
    label = trace.text[point_of(trace, CAPTURE)]
    assert label.startswith("Ukraine captures") and label.endswith("…") and len(label) < len(title)


def test_titles_of_one_lane_never_share_a_row_where_they_would_overlap(tables: Tables) -> None:
    figure = timeline_figure(tables, lanes="country").figure
    points = [
        (x[:10], y)
        for t in figure.data
        if t.type == "scatter" and t.name not in ("selected", "titles") and t.x[0] is not None
        for x, y in zip(t.x, t.y, strict=True)
    ]
    assert len(points) == len(set(points))


def test_a_wide_interval_goes_to_the_rough_dates_strip_not_across_the_view(tables: Tables) -> None:
    events = tables.events.copy()
    row = events["event_id"] == CLAIM
    events.loc[row, "date"] = pd.Timestamp("2025-01-01")
    events.loc[row, "date_end"] = pd.Timestamp("2025-12-31")
    events.loc[row, "precision"] = "year"
    figure = timeline_figure(Tables(events, tables.mentions, tables.sources)).figure
    assert {t.xaxis for t in traces_with(figure, CLAIM)} == {"x2"}
    assert "Rough dates" in figure.layout.yaxis2.ticktext
    assert any(t.name.startswith("faded bar") for t in figure.data)


def test_day_labels_sit_mid_day_where_the_marks_are(tables: Tables) -> None:
    figure = timeline_figure(tables).figure
    assert figure.layout.xaxis.ticklabelmode == "period"
    (trace,) = traces_with(figure, CAPTURE)
    assert trace.x[point_of(trace, CAPTURE)] == "2025-04-08 12:00"


def test_the_presenter_figure_fits_its_height_and_keeps_only_lanes_in_view(tables: Tables) -> None:
    zoom = DateRange(dt.date(2025, 4, 8), dt.date(2025, 4, 8))
    figure = timeline_figure(tables, zoom=zoom, selected=CAPTURE, height_px=400, compact=True).figure
    assert figure.layout.height <= 400
    assert figure.layout.showlegend is False
    assert list(figure.layout.yaxis.ticktext) == ["capture", "offensive"]  # claims of 9 April left out


def test_the_selected_event_gets_a_ring(tables: Tables) -> None:
    figure = timeline_figure(tables, selected=CLAIM).figure
    rings = [t for t in figure.data if t.name == "selected"]
    assert len(rings) == 1 and rings[0].marker.symbol == "circle-open"
    assert rings[0].x[0].startswith("2025-04-09")
    (trace,) = traces_with(figure, CLAIM)
    assert trace.text[point_of(trace, CLAIM)].startswith("<b>")


def test_hover_shows_escaped_title_date_and_sources(tables: Tables) -> None:
    figure = timeline_figure(tables).figure
    (trace,) = traces_with(figure, HOSTILE)
    custom = trace.customdata[point_of(trace, HOSTILE)]
    assert custom[1].startswith("&lt;script&gt;")
    assert custom[2] == "Thu 10 Apr 2025" and custom[3] == "1 source"
    assert "customdata[1]" in trace.hovertemplate
    assert "<script>" not in pio.to_json(figure, validate=False)


def synthetic(n: int, seed: int = 0) -> Tables:
    """n day-precision events over 2020-2025 with a dense cluster, for size and speed tests."""
    rng = np.random.default_rng(seed)
    base = np.datetime64("2020-01-01")
    days = np.where(rng.random(n) < 0.5, rng.integers(0, 2000, n), 1900 + rng.integers(0, 30, n))
    dates = pd.to_datetime(base + days.astype("timedelta64[D]")).astype("datetime64[ns]")
    events = pd.DataFrame(
        {
            "event_id": [f"ev-{i:010x}" for i in range(n)],
            "date": dates,
            "date_end": dates,
            "precision": "day",
            "event_type": rng.choice(EVENT_TYPES, n),
            "title": "Something happened",
            "actors": rng.choice(["Russia", "Ukraine;China", "Lin Jian"], n),
            "countries": rng.choice(["RUS;UKR", "CHN", "UKR"], n),
            "locations": "",
            "figures": "",
            "sources": "a.txt",
            "n_sources": rng.integers(1, 6, n),
            "contested": False,
            "background": False,
            "planned": False,
            "confidence": 0.5,
            "date_basis": "explicit",
            "date_reason": "",
            "linked": "",
        }
    )
    events["title"] = events["title"].astype("str")
    empty = pd.DataFrame(columns=["event_id", "article", "sentence", "start", "end"])
    sources = pd.DataFrame({"article": ["a.txt"], "outlet": ["Wire"]})
    return Tables(events=events, mentions=empty, sources=sources)


def test_many_events_are_drawn_as_counts_and_the_figure_stays_small() -> None:
    plot = timeline_figure(synthetic(50_000))
    assert plot.mode == "counts"
    assert plot.shown == 50_000
    assert "too many to draw" in plot.note
    counted = sum(int(c[2]) for t in plot.figure.data for c in t.customdata)
    assert counted == 50_000
    assert len(pio.to_json(plot.figure, validate=False)) < 1_000_000


def test_zooming_into_few_events_draws_them_one_by_one() -> None:
    tables = synthetic(20_000)
    day = tables.events["date"].iloc[0].date()
    plot = timeline_figure(tables, zoom=DateRange(day, day))
    assert plot.mode == "events"
    assert plot.shown <= MAX_MARKS
    assert "zoomed period" in plot.note


def test_too_many_titles_says_how_many_events_are_in_the_lanes() -> None:
    # The list under the chart counts the strip's events too: the note says which it counts.
    plot = timeline_figure(synthetic(600))
    assert plot.mode == "events"
    assert re.fullmatch(r"[\d,]+ events in the lanes of this view: zoom in .*", plot.note), plot.note
    # Events, not marks: in actor lanes an event naming two actors is drawn twice, counted once.
    tables = synthetic(600)
    tables.events["actors"] = "A;B"
    view = DateRange(tables.events["date"].min().date(), tables.events["date_end"].max().date())
    by_actor = timeline_figure(tables, lanes="actor", zoom=view)
    counted = int(re.match(r"([\d,]+) events", by_actor.note).group(1).replace(",", ""))  # type: ignore[union-attr]
    main = ~tables.events["background"]
    assert counted == int(main.sum())


def test_few_events_are_drawn_one_by_one(tables: Tables) -> None:
    plot = timeline_figure(tables)
    assert plot.mode == "events" and plot.note == ""
    assert plot.shown == 7


def test_cooccurrence_counts_events_naming_an_actor_and_a_country(tables: Tables) -> None:
    counts = cooccurrence(tables).set_index(["actor", "country"])["count"]
    assert counts[("Russia", "UKR")] == 3  # invasion, drones, offensive
    assert counts[("Lin Jian", "CHN")] == 1
    assert ("Lin Jian", "UKR") not in counts.index


def test_picking_charts_carry_the_values_to_filter_by(tables: Tables) -> None:
    over_time = facet_over_time(tables, "country")
    assert {c[0] for c in over_time.data[0].customdata} >= {"CHN", "UKR"}
    pairs = cooccurrence_figure(tables).data[0]
    assert ["Lin Jian", "CHN"] in [list(c) for c in pairs.customdata]
    assert "&lt;b&gt;Mallory&lt;/b&gt;" in pairs.y


def test_the_actors_bubbles_stay_within_their_rows_however_many_events() -> None:
    from events.query.figures import ROW_BUBBLE_PX, bubble_sizes

    sizes = bubble_sizes(np.array([1, 4, 500, 2000]), ROW_BUBBLE_PX)
    assert sizes.max() == ROW_BUBBLE_PX and sizes.min() >= 6
    assert list(sizes) == sorted(sizes)  # more events, a bigger bubble


def test_an_actor_whose_only_event_is_dated_roughly_outside_the_view_gets_no_empty_row(
    tables: Tables,
) -> None:
    events = tables.events.copy()
    row = events["event_id"] == CLAIM
    events.loc[row, "date"] = pd.Timestamp("2025-01-01")  # "in 2025": placed where its span starts
    events.loc[row, "date_end"] = pd.Timestamp("2025-12-31")
    events.loc[row, "precision"] = "year"
    events.loc[row, "actors"] = "Rough Reporter"
    figure = facet_over_time(Tables(events, tables.mentions, tables.sources), "actor")
    start, end = (pd.Timestamp(day) for day in figure.layout.xaxis.range)
    assert pd.Timestamp("2025-01-01") < start  # the chart opens on the densest days, not on January
    rows = list(figure.layout.yaxis.categoryarray)
    assert "Rough Reporter" not in rows and "Rough Reporter" not in figure.data[0].y
    drawn = {(y, pd.Timestamp(x)) for x, y in zip(figure.data[0].x, figure.data[0].y, strict=True)}
    assert rows and all(any(y == name and start <= x < end for y, x in drawn) for name in rows)
    assert facet_over_time(tables, "actor").layout.yaxis.categoryarray  # the plain table still has rows
