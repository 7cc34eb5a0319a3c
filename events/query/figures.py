"""Plotly figures of events: the timeline with lanes, and actors and countries over time and together.

Figures are built as plain dicts of traces and checked by plotly once, so that a figure stays cheap to
build; when there are more marks than anyone can see, the timeline shows counts per lane and period
instead, which keeps the figure sent to the browser small at any table size.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from events.query.filters import FACET_COLUMNS, event_outlets, explode_cells, facet_values
from events.query.labels import country_label, sources_label, when_label
from events.query.rows import plan_rows
from events.query.views import DateRange
from events.schema import EVENT_TYPES, Tables

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
    "black": "#000000",
    "grey": "#999999",
}


@dataclass(frozen=True)
class MarkStyle:
    """How one event type is drawn: colour and marker shape, so types differ by more than hue."""

    color: str
    symbol: str


TYPE_STYLES = {
    "capture": MarkStyle(OKABE_ITO["blue"], "circle"),
    "claim": MarkStyle(OKABE_ITO["vermillion"], "circle"),
    "denial": MarkStyle(OKABE_ITO["sky blue"], "diamond"),
    "statement": MarkStyle(OKABE_ITO["reddish purple"], "circle"),
    "attack": MarkStyle(OKABE_ITO["black"], "triangle-up"),
    "offensive": MarkStyle(OKABE_ITO["orange"], "square"),
    "deployment": MarkStyle(OKABE_ITO["bluish green"], "circle"),
    "casualties": MarkStyle(OKABE_ITO["black"], "x"),
    "recruitment": MarkStyle(OKABE_ITO["yellow"], "circle"),
    "exchange": MarkStyle(OKABE_ITO["bluish green"], "diamond"),
    "sanction": MarkStyle(OKABE_ITO["blue"], "square"),
    "diplomacy": MarkStyle(OKABE_ITO["sky blue"], "square"),
    "election": MarkStyle(OKABE_ITO["reddish purple"], "square"),
    "protest": MarkStyle(OKABE_ITO["vermillion"], "triangle-up"),
    "arrest": MarkStyle(OKABE_ITO["blue"], "diamond"),
    "legal": MarkStyle(OKABE_ITO["reddish purple"], "diamond"),
    "agreement": MarkStyle(OKABE_ITO["bluish green"], "square"),
    "leadership": MarkStyle(OKABE_ITO["orange"], "diamond"),
    "disaster": MarkStyle(OKABE_ITO["vermillion"], "star"),
    "policy": MarkStyle(OKABE_ITO["yellow"], "square"),
    "other": MarkStyle(OKABE_ITO["grey"], "circle"),
}
assert set(TYPE_STYLES) == set(EVENT_TYPES)
COUNT_SCALE = "Cividis"  # sequential and colour-blind safe, for counts
MAX_MARKS = 2000  # beyond this many marks the timeline shows counts per lane and period
# The background strip is one thin lane: past a few hundred events single marks only smudge it.
MAX_STRIP_MARKS = 300
MAX_LANES = 24
MAX_BINS = 160
NO_LANE = "(none)"
BACKGROUND = "Background"
ROUGH = "Rough dates"  # the strip row of events dated only to a span wider than most of the view
ROUGH_MIN_DAYS = 10
ROUGH_SHARE = 0.6
MAX_TITLED = 150  # above this many marks in view, titles would be a wall of text: hover and list only
MAX_ROWS = 8  # rows of titled marks per lane; further marks of a crowded lane are drawn untitled
TITLE_CHARS = 30  # every titled mark gets this much; rows are packed for it
TITLE_LONG_CHARS = 90  # ... and up to this much (whole titles, mostly) where its row has room
TITLE_FONT_PX = 11
TITLED_ROW_PX = 22
TITLE_LINE_PX = TITLE_FONT_PX + 2  # the least row height whose title clears the next row's
TITLED_MARKER_MAX = 20
ROW_PX = 16
BAR_THICKNESS = 0.62
UNCERTAIN_OPACITY = 0.3
_DAY_NS = 86_400_000_000_000
_HALF_DAY = pd.Timedelta(hours=12)
_TITLE_NUDGE = pd.Timedelta(hours=3)
_LANE_FACETS = {"type": "type", "country": "country", "actor": "actor", "outlet": "outlet"}
# Tick labels by zoom level: hours only when zoomed into a day, then days, months, years.
_DATE_TICKS = [
    {"dtickrange": [None, 86_000_000], "value": "%-d %b %H:%M"},
    {"dtickrange": [86_400_000, 604_800_000], "value": "%a %-d %b"},
    {"dtickrange": [604_800_000, "M1"], "value": "%-d %b %Y"},
    {"dtickrange": ["M1", "M12"], "value": "%b %Y"},
    {"dtickrange": ["M12", None], "value": "%Y"},
]
_HOVER = "<b>%{customdata[1]}</b><br>%{customdata[2]}<br>%{customdata[3]}<extra></extra>"


@dataclass(frozen=True)
class TimelinePlot:
    """The timeline figure and what it shows: each event ("events") or counts per period ("counts")."""

    figure: go.Figure
    mode: str
    shown: int
    note: str
    view: DateRange | None


def densest_period(events: pd.DataFrame, share: float = 0.8) -> DateRange | None:
    """The shortest stretch of days holding `share` of the (non-background) events, padded a little."""
    if events.empty:
        return None
    days = events["date"].to_numpy("datetime64[D]").astype(np.int64)
    background = events["background"].to_numpy(bool)
    if not background.all():
        days = days[~background]
    days = np.sort(days)
    n = len(days)
    k = max(1, math.ceil(share * n))
    widths = days[k - 1 :] - days[: n - k + 1]
    first = int(np.argmin(widths))
    start, end = int(days[first]), int(days[first + k - 1])
    pad = max(1, round((end - start) * 0.1))
    return DateRange(_from_days(start - pad), _from_days(end + pad))


def _from_days(days: int) -> dt.date:
    return dt.date(1970, 1, 1) + dt.timedelta(days=days)


@dataclass(frozen=True)
class Lanes:
    """Which lane each event goes in: one entry per (event, lane), since an event can name two actors.

    `rows` are positions in tables.events, `y` the lane index of each (0 is the top lane), `names` the
    lane names top to bottom.
    """

    rows: np.ndarray
    y: np.ndarray
    names: list[str]


def lane_rows(tables: Tables, lanes: str, keep: np.ndarray | None = None) -> Lanes:
    """The lanes of the events where `keep` is true (all by default), in display order."""
    events = tables.events
    if lanes not in _LANE_FACETS:
        raise ValueError(f"unknown lanes {lanes!r}; choose one of {', '.join(_LANE_FACETS)}")
    if lanes == "type":
        codes, uniques = pd.factorize(events["event_type"])
        rows = np.arange(len(events))
        names = [str(u) for u in uniques]
    else:
        column = _LANE_FACETS[lanes]
        cells = event_outlets(events, tables.sources) if column == "outlet" else events[FACET_COLUMNS[column]]
        rows, values = explode_cells(cells)
        codes, uniques = pd.factorize(values)
        names = [str(u) for u in uniques]
        missing = np.flatnonzero(np.bincount(rows, minlength=len(events)) == 0)
        if len(missing):
            rows = np.concatenate([rows, missing])
            codes = np.concatenate([codes, np.full(len(missing), len(names))])
            names.append(NO_LANE)
    if keep is not None:
        kept = keep[rows]
        rows, codes = rows[kept], codes[kept]
    order, lookup = lane_order(names, np.bincount(codes, minlength=len(names)), lanes)
    return Lanes(rows=rows, y=lookup[codes] if len(codes) else codes, names=order)


def lane_order(names: list[str], counts: np.ndarray, lanes: str) -> tuple[list[str], np.ndarray]:
    """The lanes drawn, top to bottom, from each lane value's number of marks (`counts[i]` for
    `names[i]`): types in schema order, others most marks first, the rest folded into "N more" and the
    events with no value last; and for each value, the index of the lane it is drawn in."""
    present = [i for i in range(len(names)) if counts[i] > 0 and names[i] != NO_LANE]
    if lanes == "type":
        present.sort(key=lambda i: EVENT_TYPES.index(names[i]))
    else:
        present.sort(key=lambda i: (-counts[i], names[i]))
    shown = present[: MAX_LANES - 1] if len(present) > MAX_LANES else present
    order = [names[i] for i in shown]
    lookup = np.zeros(len(names), dtype=np.int64)
    lookup[shown] = np.arange(len(shown))
    if len(present) > len(shown):
        lookup[present[len(shown) :]] = len(order)
        order.append(f"{len(present) - len(shown)} more")
    if NO_LANE in names and counts[names.index(NO_LANE)]:
        lookup[names.index(NO_LANE)] = len(order)
        order.append(NO_LANE)
    if lanes == "country":
        order = [name if name == NO_LANE or name.endswith(" more") else country_label(name) for name in order]
    return [_short(name) for name in order], lookup


def _chart_text(text: str) -> str:
    """Text for plotly's pseudo-HTML (titles, hover, axis names): tags escaped, quotes left as they are.

    Plotly decodes &amp; &lt; &gt; and numeric entities but not &quot;, which it drew as it is
    ('said on &quot;Morning Report…'); a quote outside a tag needs no escaping there.
    """
    return html.escape(text, quote=False)


def _short(label: str, limit: int = 32) -> str:
    """A lane name that fits the axis: "ukraine-claims-dozens-of-chinese….txt"."""
    return label if len(label) <= limit else f"{label[: limit - 5]}…{label[-4:]}"


def timeline_figure(
    tables: Tables,
    lanes: str = "type",
    zoom: DateRange | None = None,
    selected: str = "",
    max_marks: int = MAX_MARKS,
    *,
    width_px: int = 900,
    height_px: int | None = None,
    compact: bool = False,
) -> TimelinePlot:
    """The home timeline: lanes, events sized by sources, titles beside the marks, rough dates apart.

    Events dated only roughly (an interval wider than most of the view, such as "in 2024" in a view of
    a week) and background events sit in a strip above with its own axis, so that they neither stretch
    the view nor lie across it. `width_px` is the plot's expected width, which decides how much of
    each title fits; `height_px` fixes the figure's height (the presenter's screen), squeezing rows.
    `compact` (the presenter) keeps only the lanes with events in view, drops the legend, and shows the
    strip only when the selected event is in it.
    """
    events = tables.events
    background = events["background"].to_numpy(bool)
    view = (zoom or densest_period(events)) if len(events) else None
    starts = events["date"].to_numpy("datetime64[D]")
    ends = events["date_end"].to_numpy("datetime64[D]")
    rough = _rough(starts, ends, view) & ~background
    keep = ~background & ~rough
    if compact and view is not None:
        keep &= (ends >= np.datetime64(view.start)) & (starts <= np.datetime64(view.end))
    main = lane_rows(tables, lanes, keep)

    if compact and not (events["event_id"].to_numpy(str)[background | rough] == selected).any():
        background = rough = np.zeros(len(events), dtype=bool)
    background, rough = _strips_in_view(starts, ends, view, background, rough)
    strip_names = [name for name, mask in ((BACKGROUND, background), (ROUGH, rough)) if mask.any()]

    traces: list[dict[str, Any]] = []
    mode, note = "events", ""
    rows, y = main.rows, main.y
    if len(rows) > max_marks and zoom is not None:
        inside = (ends[rows] >= np.datetime64(zoom.start)) & (starts[rows] <= np.datetime64(zoom.end))
        rows, y = rows[inside], y[inside]
    shown = int(np.count_nonzero(np.bincount(rows, minlength=len(events)))) if len(rows) else 0
    lane_sizes = np.ones(len(main.names), dtype=np.int64)
    labelled = False
    if len(rows) <= max_marks:
        marks = _marks(events, rows, y, view, width_px)
        in_view = int(marks["in_view"].sum())
        labelled = in_view <= MAX_TITLED
        main_px = _main_px(height_px, len(strip_names), compact) if height_px is not None else 0
        # On the presenter's fixed height a busy lane's rows shrink to give every lane room for its
        # label: rows thinner than a title's line wrote the titles over each other (a day of six
        # remarks by one speaker in an actor lane). Fewer titled rows, then, each a line high; the
        # lane's further marks are drawn untitled, their titles on hover and in the steps.
        for max_rows in range(MAX_ROWS if labelled else 4, 0, -1):
            plan = plan_rows(
                marks["lane"].to_numpy(),
                marks["x0_px"].to_numpy(),
                marks["x1_px"].to_numpy(),
                marks["title"].tolist(),
                len(main.names),
                max_chars=TITLE_CHARS if labelled else 0,
                max_rows=max_rows,
                long_chars=TITLE_LONG_CHARS,
                plot_px=width_px,
            )
            lane_sizes = plan.lane_rows
            lane_top = np.concatenate([[0], np.cumsum(lane_sizes)[:-1]]).astype(float)
            if height_px is None:
                break
            # A fixed height squeezes the rows: a lane of one row among 17 lanes was thinner than its
            # label, and the labels ran into each other. Each lane is given room for its label, its
            # marks in the middle of it.
            room = label_room(lane_sizes, main_px)
            lane_top = np.concatenate([[0.0], np.cumsum(room)[:-1]]) + (room - lane_sizes) / 2
            lane_sizes = room
            # No lane at all (the view's only events are rough-dated or background): nothing to squeeze.
            if not labelled or not room.sum() or main_px / float(room.sum()) >= TITLE_LINE_PX:
                break
        # Still thinner (many lanes of one row each): the titles are written smaller, as the lanes' labels.
        squeezed = height_px is not None and lane_sizes.sum() > 0
        row_px = main_px / float(lane_sizes.sum()) if squeezed else float(TITLE_LINE_PX)
        title_px = int(min(TITLE_FONT_PX, max(8, row_px - 2)))
        marks["y"] = lane_top[marks["lane"].to_numpy()] + plan.row
        marks["label"] = plan.labels
        traces += _event_traces(marks, "x", "y", selected, labels=labelled, title_px=title_px)
        if len(rows) < len(main.rows):
            note = f"Showing the {shown:,} events in the zoomed period; zoom out for counts of all."
        elif not labelled:
            # Events, not marks (an event naming two countries is a mark in each lane); "in the lanes":
            # the list under the chart counts the strip's events of these dates too.
            events_in_view = int(np.unique(rows[marks["in_view"].to_numpy(bool)]).size)
            note = (
                f"{events_in_view:,} events in the lanes of this view: zoom in (drag across the chart) to "
                "read their titles."
            )
    else:
        mode = "counts"
        span = zoom or _span(starts[rows], ends[rows])
        count_traces, unit = _count_traces(starts[rows], y, main.names, span)
        traces += count_traces
        note = _counted_note(shown, unit)

    for strip_y, mask in enumerate(m for m in (background, rough) if m.any()):
        strip_rows = np.flatnonzero(mask)
        if len(strip_rows) <= min(max_marks, MAX_STRIP_MARKS):
            traces += _strip_traces(events, strip_rows, strip_y, selected, width_px)
        else:
            span = _span(starts[strip_rows], ends[strip_rows])
            names = strip_names[strip_y : strip_y + 1]
            traces += _count_traces(
                starts[strip_rows], np.zeros(len(strip_rows), int), names, span, "x2", "y2"
            )[0]
    strip_mask = background | rough
    strip = (starts[strip_mask].min(), ends[strip_mask].max()) if strip_mask.any() else None
    if (~np.isin(events["precision"].to_numpy(str), ["day"])).any() and not compact:
        traces.append(_uncertain_legend())
    layout = _timeline_layout(main.names, lane_sizes, view, strip, strip_names, labelled, height_px, compact)
    # Traces are built here from known-good dicts; plotly's validation would double the build time.
    figure = go.Figure(data=traces, layout=layout, _validate=False)
    return TimelinePlot(figure=figure, mode=mode, shown=shown, note=note, view=view)


@dataclass(frozen=True)
class CountedEvents:
    """The filtered events counted by a query instead of listed, for the timeline of a big table.

    `days`: one row per (day, last, background, exact) with `n`, the number of events that begin on
    `day` and end on `last` (datetime64[D]); `exact` is precision "day".
    """

    days: pd.DataFrame


def counted_view(counted: CountedEvents, zoom: DateRange | None) -> DateRange | None:
    """The view `timeline_figure` opens on: the zoom, else the densest period of the counted events."""
    days = counted.days
    if zoom is not None or days.empty:
        return zoom if not days.empty else None
    n = days["n"].to_numpy(np.int64)
    listed = pd.DataFrame(
        {
            "date": np.repeat(days["day"].to_numpy("datetime64[D]"), n),
            "background": np.repeat(days["background"].to_numpy(bool), n),
        }
    )
    return densest_period(listed)


def rough_days(view: DateRange | None) -> float | None:
    """Events lasting more days than this are drawn in the rough-dates strip (None: no view, none are)."""
    if view is None:
        return None
    return max(ROUGH_MIN_DAYS, ROUGH_SHARE * ((view.end - view.start).days + 1))


def counted_timeline_figure(
    counted: CountedEvents,
    lane_days: pd.DataFrame,
    strips: dict[str, pd.DataFrame],
    lanes: str,
    zoom: DateRange | None,
    selected: str = "",
    max_marks: int = MAX_MARKS,
    *,
    width_px: int = 900,
    height_px: int | None = None,
) -> TimelinePlot | None:
    """`timeline_figure` of a big table from counts, when it draws counts per period: the same figure.

    `lane_days` has one row per (lane, day, in_zoom) with `n` over the events that are neither
    background nor rough (lane "" for an event with no value; `in_zoom`: the event overlaps the zoom);
    `strips` the events of a strip (BACKGROUND, ROUGH) with the columns `timeline_figure` draws,
    given when there are few enough to draw one by one. None when the figure would draw single events:
    draw it from the events' rows instead.
    """
    days = counted.days
    view = counted_view(counted, zoom)
    starts = days["day"].to_numpy("datetime64[D]")
    ends = days["last"].to_numpy("datetime64[D]")
    n = days["n"].to_numpy(np.int64)
    background = days["background"].to_numpy(bool)
    rough = _rough(starts, ends, view) & ~background
    main = ~background & ~rough
    codes, uniques = pd.factorize(lane_days["lane"].astype("str"))
    names = [str(name) for name in uniques]
    weights = lane_days["n"].to_numpy(np.int64)
    if "" in names:
        names[names.index("")] = NO_LANE
    order, lookup = lane_order(names, np.bincount(codes, weights=weights, minlength=len(names)), lanes)
    inside = np.ones(len(lane_days), dtype=bool)
    shown_mask = main
    if int(weights.sum()) > max_marks and zoom is not None:
        inside = lane_days["in_zoom"].to_numpy(bool)
        shown_mask = main & (ends >= np.datetime64(zoom.start)) & (starts <= np.datetime64(zoom.end))
    if int(weights[inside].sum()) <= max_marks:
        return None
    shown = int(n[shown_mask].sum())
    span = zoom or _span(starts[main], ends[main])
    traces, unit = _count_traces(
        lane_days["day"].to_numpy("datetime64[D]")[inside],
        lookup[codes[inside]],
        order,
        span,
        weights=weights[inside],
    )
    note = _counted_note(shown, unit)
    background, rough = _strips_in_view(starts, ends, view, background & (n > 0), rough & (n > 0))
    present = [(name, mask) for name, mask in ((BACKGROUND, background), (ROUGH, rough)) if n[mask].sum()]
    strip_names = [name for name, _ in present]
    for strip_y, (name, mask) in enumerate(present):
        if int(n[mask].sum()) <= min(max_marks, MAX_STRIP_MARKS):
            events = strips[name]
            traces += _strip_traces(events, np.arange(len(events)), strip_y, selected, width_px)
        else:
            traces += _count_traces(
                starts[mask],
                np.zeros(int(mask.sum()), int),
                [name],
                _span(starts[mask], ends[mask]),
                "x2",
                "y2",
                weights=n[mask],
            )[0]
    strip_mask = (background | rough) & (n > 0)
    strip = (starts[strip_mask].min(), ends[strip_mask].max()) if strip_mask.any() else None
    if (~days["exact"].to_numpy(bool)).any():
        traces.append(_uncertain_legend())
    lane_sizes = np.ones(len(order), dtype=np.int64)
    layout = _timeline_layout(order, lane_sizes, view, strip, strip_names, False, height_px, False)
    figure = go.Figure(data=traces, layout=layout, _validate=False)
    return TimelinePlot(figure=figure, mode="counts", shown=shown, note=note, view=view)


def _strips_in_view(
    starts: np.ndarray, ends: np.ndarray, view: DateRange | None, *strips: np.ndarray
) -> tuple[np.ndarray, ...]:
    """Each strip's rows, or none when no event of the strip overlaps the view: the strip shares the
    lanes' dates, and a "Background" of 1918 above a view of 2010 was drawn empty."""
    if view is None:
        return strips
    overlaps = (ends >= np.datetime64(view.start)) & (starts <= np.datetime64(view.end))
    return tuple(mask if (mask & overlaps).any() else np.zeros_like(mask) for mask in strips)


def _rough(starts: np.ndarray, ends: np.ndarray, view: DateRange | None) -> np.ndarray:
    """Events whose interval is wider than most of the view: as bars they would lie across all of it."""
    if view is None:
        return np.zeros(len(starts), dtype=bool)
    view_days = (view.end - view.start).days + 1
    widths = (ends - starts).astype(np.int64) + 1
    rough: np.ndarray = widths > max(ROUGH_MIN_DAYS, ROUGH_SHARE * view_days)
    return rough


def _counted_note(shown: int, unit: str) -> str:
    """The note under a timeline drawn as counts, the same whichever table it was counted from."""
    return (
        f"{shown:,} events are too many to draw one by one: each square counts the events of a lane "
        f"in one {unit}. Zoom in or filter to see single events."
    )


def _strip_traces(
    events: pd.DataFrame, rows: np.ndarray, strip_y: int, selected: str, width_px: int
) -> list[dict[str, Any]]:
    """The marks of one strip above the timeline (background, or dated only roughly), drawn one by one:
    all on the strip's row, unlabelled and out of the legend, as both timelines draw them."""
    marks = _marks(events, rows, np.full(len(rows), strip_y), None, width_px)
    marks["y"] = strip_y
    marks["label"] = ""
    return _event_traces(marks, "x2", "y2", selected, labels=False, legend=False)


def _span(starts: np.ndarray, ends: np.ndarray) -> DateRange:
    first, last = starts.min().astype(dt.date), ends.max().astype(dt.date)
    return DateRange(first, last)


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _day_labels(days: np.ndarray) -> list[str]:
    """labels.day_label for many days at once ("Wed 9 Apr 2025"); strftime per day is the slow part."""
    numbers = days.astype(np.int64)
    months = days.astype("datetime64[M]")
    day_of_month = (days - months.astype("datetime64[D]")).astype(np.int64) + 1
    month = months.astype(np.int64) % 12
    year = days.astype("datetime64[Y]").astype(np.int64) + 1970
    weekday = (numbers + 3) % 7  # 1970-01-01 was a Thursday
    return [
        f"{_WEEKDAYS[w]} {d} {_MONTHS[m]} {y}"
        for w, d, m, y in zip(
            weekday.tolist(), day_of_month.tolist(), month.tolist(), year.tolist(), strict=True
        )
    ]


def _iso_days(stamps: pd.Series) -> list[str]:
    """Each timestamp as "2025-04-08", in one numpy call (pandas' strftime formats value by value)."""
    text: list[str] = np.datetime_as_string(stamps.to_numpy("datetime64[D]"), unit="D").tolist()
    return text


def _iso_minutes(stamps: pd.Series) -> list[str]:
    """Each timestamp as "2025-04-08 12:00", as _iso_days."""
    text = np.datetime_as_string(stamps.to_numpy("datetime64[m]"), unit="m")
    spaced: list[str] = np.char.replace(text, "T", " ").tolist()
    return spaced


def _customdata(events: pd.DataFrame) -> list[list[str]]:
    """[event id, escaped title, date label, "n sources"] per event: what hover and selection read."""
    days = _day_labels(events["date"].to_numpy("datetime64[D]"))  # other precisions are few
    is_day = ((events["precision"] == "day") | (events["date"] == events["date_end"])).to_numpy(bool)
    whens = [
        str(day) if point else when_label(start, end, str(precision))
        for day, point, start, end, precision in zip(
            days, is_day, events["date"], events["date_end"], events["precision"], strict=True
        )
    ]
    titles = [_chart_text(str(title)) for title in events["title"]]
    counts = {n: sources_label(n) for n in range(1, 11)}
    reviewed = events["reviewed"].to_numpy(bool) if "reviewed" in events else np.zeros(len(events), bool)
    return [
        [
            str(event_id),
            title,
            when,
            (counts.get(int(n)) or sources_label(int(n))) + (" · reviewed" if done else ""),
        ]
        for event_id, title, when, n, done in zip(
            events["event_id"], titles, whens, events["n_sources"], reviewed, strict=True
        )
    ]


def marker_size(n_sources: np.ndarray) -> np.ndarray:
    """Marker diameter in pixels: 9 for one source, growing with the square root, capped at 30."""
    sizes: np.ndarray = np.minimum(9 + 5 * np.sqrt(np.maximum(n_sources - 1, 0)), 30)
    return sizes


_MARK_COLUMNS = ["event_id", "date", "date_end", "precision", "event_type", "n_sources", "title", "reviewed"]


def _marks(
    events: pd.DataFrame, rows: np.ndarray, lanes: np.ndarray, view: DateRange | None, width_px: int
) -> pd.DataFrame:
    """One row per mark (an event in each of its lanes): its columns, hover data and place on screen.

    x0_px/x1_px are where the mark begins and ends in a plot `width_px` wide showing `view`: a point
    at noon of its day (the day's label sits there too), a bar from its first day's start to its
    last day's end.
    """
    unique, position = np.unique(rows, return_inverse=True)
    drawn = events.iloc[unique][[c for c in _MARK_COLUMNS if c in events.columns]].reset_index(drop=True)
    custom = _customdata(drawn)
    marks = drawn.iloc[position].reset_index(drop=True)
    marks["lane"] = np.asarray(lanes, dtype=np.int64)
    marks["custom"] = [custom[i] for i in position]
    is_point = ((marks["precision"] == "day") | (marks["date_end"] == marks["date"])).to_numpy(bool)
    marks["is_point"] = is_point
    if marks.empty:
        marks["x0_px"] = marks["x1_px"] = np.zeros(0)
        marks["in_view"] = np.zeros(0, dtype=bool)
        return marks
    first = pd.Timestamp(view.start) if view else marks["date"].min()
    view_days = (
        (view.end - view.start).days + 1 if view else max((marks["date_end"].max() - first).days + 1, 1)
    )
    per_day = width_px / view_days
    day0 = (marks["date"] - first).dt.days.to_numpy(float)
    day1 = (marks["date_end"] - first).dt.days.to_numpy(float) + 1
    x0 = np.where(is_point, (day0 + 0.5) * per_day, day0 * per_day)
    marks["x0_px"] = x0
    marks["x1_px"] = np.where(is_point, x0, day1 * per_day)
    marks["in_view"] = (day1 > 0) & (day0 < view_days)
    return marks


def _label_texts(marks: pd.DataFrame, selected: str) -> list[str]:
    return [
        f"<b>{_chart_text(label)}</b>" if event_id == selected else _chart_text(label)
        for label, event_id in zip(marks["label"], marks["event_id"], strict=True)
    ]


def _event_traces(
    marks: pd.DataFrame,
    xaxis: str,
    yaxis: str,
    selected: str,
    *,
    labels: bool,
    legend: bool = True,
    title_px: int = TITLE_FONT_PX,
) -> list[dict[str, Any]]:
    """Points for day-precision events and faded bars across the interval of the others, with titles."""
    points, bars = marks[marks["is_point"]], marks[~marks["is_point"]]
    traces: list[dict[str, Any]] = []
    bars_by_type = dict(tuple(bars.groupby("event_type", sort=False)))
    points_by_type = dict(tuple(points.groupby("event_type", sort=False)))
    size_cap = TITLED_MARKER_MAX if labels else 30
    for event_type in EVENT_TYPES:
        style = TYPE_STYLES[event_type]
        of_type = points_by_type.get(event_type)
        bars_of_type = bars_by_type.get(event_type)
        if bars_of_type is not None:
            traces.append(_bar_trace(bars_of_type, event_type, legend and of_type is None, xaxis, yaxis))
            if labels:
                traces.append(_bar_titles(bars_of_type, selected, xaxis, yaxis, title_px))
        if of_type is not None:
            trace: dict[str, Any] = {
                "type": "scatter",
                "mode": "markers+text" if labels else "markers",
                "name": event_type,
                "legendgroup": event_type,
                "showlegend": legend,
                "x": _iso_minutes(of_type["date"] + _HALF_DAY),
                "y": of_type["y"].tolist(),
                "customdata": of_type["custom"].tolist(),
                "hovertemplate": _HOVER,
                "marker": {
                    "color": style.color,
                    "symbol": style.symbol,
                    "size": np.minimum(marker_size(of_type["n_sources"].to_numpy()), size_cap)
                    .round(1)
                    .tolist(),
                    "line": {"color": "#333333", "width": 1},
                    "opacity": 0.9,
                },
                "xaxis": xaxis,
                "yaxis": yaxis,
            }
            if labels:
                trace["text"] = _label_texts(of_type, selected)
                trace["textposition"] = "middle right"
                trace["textfont"] = {"size": title_px, "color": "#1f1f1f"}
            traces.append(trace)
    if selected:
        traces += _ring(marks, selected, xaxis, yaxis, size_cap)
    return traces


def _bar_trace(bars: pd.DataFrame, event_type: str, legend: bool, xaxis: str, yaxis: str) -> dict[str, Any]:
    color = TYPE_STYLES[event_type].color
    days = (bars["date_end"] - bars["date"]).dt.days + 1
    return {
        "type": "bar",
        "orientation": "h",
        "name": event_type,
        "legendgroup": event_type,
        "showlegend": legend,  # the points carry the legend entry if there are any
        "base": _iso_days(bars["date"]),
        "x": days.mul(_DAY_NS // 1_000_000).tolist(),
        "y": bars["y"].tolist(),
        "width": BAR_THICKNESS,
        "customdata": bars["custom"].tolist(),
        "hovertemplate": _HOVER,
        "marker": {
            "color": color,
            "opacity": UNCERTAIN_OPACITY,
            "line": {"color": color, "width": 1},
            "pattern": {"shape": "/", "fgcolor": color, "size": 6, "solidity": 0.2},
        },
        "xaxis": xaxis,
        "yaxis": yaxis,
    }


def _bar_titles(
    bars: pd.DataFrame, selected: str, xaxis: str, yaxis: str, title_px: int = TITLE_FONT_PX
) -> dict[str, Any]:
    """The titles of bars, written from each bar's first day (text only: the bar carries the hover)."""
    return {
        "type": "scatter",
        "mode": "text",
        "name": "titles",
        "showlegend": False,
        "hoverinfo": "skip",
        "x": _iso_minutes(bars["date"] + _TITLE_NUDGE),
        "y": bars["y"].tolist(),
        "text": _label_texts(bars, selected),
        "textposition": "middle right",
        "textfont": {"size": title_px, "color": "#1f1f1f"},
        "xaxis": xaxis,
        "yaxis": yaxis,
    }


def _uncertain_legend() -> dict[str, Any]:
    """A legend line that says what the faded, hatched bars mean."""
    return {
        "type": "scatter",
        "mode": "markers",
        "name": "faded bar: date known only to a week or month (its whole span)",
        "legendgroup": "uncertain",
        "showlegend": True,
        "hoverinfo": "skip",
        "x": [None],
        "y": [None],
        "marker": {"symbol": "square", "size": 14, "color": "#999999", "opacity": UNCERTAIN_OPACITY + 0.15},
        "xaxis": "x",
        "yaxis": "y",
    }


def _ring(
    marks: pd.DataFrame, selected: str, xaxis: str, yaxis: str, size_cap: float
) -> list[dict[str, Any]]:
    """A black ring around every mark of the selected event (or the presenter's current step)."""
    chosen = marks[marks["event_id"] == selected]
    if chosen.empty:
        return []
    middle = chosen["date"].where(
        chosen["is_point"], chosen["date"] + (chosen["date_end"] - chosen["date"]) / 2
    )
    return [
        {
            "type": "scatter",
            "mode": "markers",
            "name": "selected",
            "showlegend": False,
            "hoverinfo": "skip",
            "x": _iso_minutes(middle + _HALF_DAY),
            "y": chosen["y"].tolist(),
            "marker": {
                "symbol": "circle-open",
                "size": (np.minimum(marker_size(chosen["n_sources"].to_numpy()), size_cap) + 8).tolist(),
                "color": OKABE_ITO["black"],
                "line": {"width": 3},
            },
            "xaxis": xaxis,
            "yaxis": yaxis,
        }
    ]


_UNITS = (("day", "D"), ("week", "W"), ("month", "M"), ("year", "Y"))


def _bins(days: np.ndarray, span: DateRange) -> tuple[np.ndarray, np.ndarray, str]:
    """Bin index per day, the bin start dates, and the unit, choosing the finest unit that fits."""
    first = np.datetime64(span.start, "D")
    last = np.datetime64(span.end, "D")
    day_numbers = days.astype("datetime64[D]").astype(np.int64)
    for unit, code in _UNITS:
        if code == "W":
            # Weeks start on Monday; day 0 (1970-01-01) was a Thursday.
            lo = (first.astype(np.int64) + 3) // 7
            n_bins = int((last.astype(np.int64) + 3) // 7 - lo + 1)
            index = (day_numbers + 3) // 7 - lo
            start_dates = ((np.arange(n_bins) + lo) * 7 - 3).astype("datetime64[D]")
        else:
            lo_unit = first.astype(f"datetime64[{code}]")
            n_bins = int((last.astype(f"datetime64[{code}]") - lo_unit).astype(np.int64) + 1)
            index = (days.astype("datetime64[D]").astype(f"datetime64[{code}]") - lo_unit).astype(np.int64)
            start_dates = (lo_unit + np.arange(n_bins)).astype("datetime64[D]")
        if n_bins <= MAX_BINS or unit == "year":
            return index, start_dates, unit
    raise AssertionError("unreachable")


def _count_traces(
    days: np.ndarray,
    y: np.ndarray,
    names: list[str],
    span: DateRange,
    xaxis: str = "x",
    yaxis: str = "y",
    weights: np.ndarray | None = None,
) -> tuple[list[dict[str, Any]], str]:
    """Squares sized and coloured by how many events of a lane fall in each period; `weights` (how many
    events each day stands for, when `days` come counted from a query) default to one each."""
    index, starts, unit = _bins(days, span)
    n_bins = len(starts)
    keep = (index >= 0) & (index < n_bins)
    counted = None if weights is None else weights[keep]
    cells = np.bincount(y[keep] * n_bins + index[keep], weights=counted, minlength=len(names) * n_bins)
    cells = cells.astype(np.int64)
    nonzero = np.flatnonzero(cells)
    counts = cells[nonzero]
    lane_of, bin_of = np.divmod(nonzero, n_bins)
    ends = np.append(starts[1:], starts[-1] + np.timedelta64(_unit_days(unit), "D"))
    start_text = np.datetime_as_string(starts[bin_of], unit="D")
    last_days: np.ndarray = (ends[bin_of] - np.timedelta64(1, "D")).astype("datetime64[D]")
    end_text = np.datetime_as_string(last_days, unit="D")
    middle = np.asarray(starts[bin_of] + (ends[bin_of] - starts[bin_of]) // 2, dtype="datetime64[h]")
    sizes = 6 + 22 * np.sqrt(counts / max(int(counts.max()) if len(counts) else 1, 1))
    labels = [names[lane] for lane in lane_of]
    customdata = [
        [start, end, str(count), _chart_text(label)]
        for start, end, count, label in zip(start_text, end_text, counts, labels, strict=True)
    ]
    trace = {
        "type": "scatter",
        "mode": "markers",
        "name": "events per " + unit,
        "showlegend": False,
        "x": np.datetime_as_string(middle, unit="h").tolist(),
        "y": lane_of.tolist(),
        "customdata": customdata,
        "hovertemplate": "%{customdata[2]} events<br>%{customdata[3]}<br>%{customdata[0]} to %{customdata[1]}"
        "<extra></extra>",
        "marker": {
            "symbol": "square",
            "size": sizes.round(1).tolist(),
            "color": counts.tolist(),
            "colorscale": COUNT_SCALE,
            "showscale": xaxis == "x",
            "colorbar": {"title": {"text": "events"}, "thickness": 12, "len": 0.5},
            "line": {"color": "#333333", "width": 0.5},
        },
        "xaxis": xaxis,
        "yaxis": yaxis,
    }
    return [trace], unit


def _unit_days(unit: str) -> int:
    return {"day": 1, "week": 7, "month": 31, "year": 366}[unit]


# The least height, in pixels, of a lane whose label is written at its middle (12 px text and a gap).
LANE_LABEL_PX = 16


def _chrome_px(compact: bool) -> int:
    return 60 if compact else 130  # legend, day labels and margins


def _strip_px(strips: int) -> int:
    """The strip above the lanes and the gap under it, for `strips` strips (0: no strip)."""
    return 28 + 24 * strips + 56 if strips else 0


def _main_px(height_px: int, strips: int, compact: bool) -> int:
    """The lanes' height in a figure of `height_px` (the presenter's screen)."""
    return max(120, height_px - _chrome_px(compact) - _strip_px(strips))


def label_room(lane_sizes: np.ndarray, main_px: float) -> np.ndarray:
    """Lane sizes in rows (possibly fractional, never fewer than a lane's rows), each lane at least
    LANE_LABEL_PX high when `main_px` is shared out by rows: lanes of few rows grow, and the rows of the
    others shrink to make room. When `main_px` cannot give every lane that much, each gets nearly an
    equal share (the layout then writes the labels smaller)."""
    sizes = lane_sizes.astype(float)
    if len(sizes) == 0 or main_px <= 0:
        return sizes
    target = min(LANE_LABEL_PX, 0.9 * main_px / len(sizes))
    # The least size m (in rows) such that m rows are `target` px high once every lane is at least m:
    # m * main_px / sum(max(sizes, m)) grows with m towards main_px / lanes, above `target`.
    low, high = 0.0, float(sizes.sum()) * 10
    for _ in range(60):
        least = (low + high) / 2
        grown = np.maximum(sizes, least)
        if least * main_px / grown.sum() >= target:
            high = least
        else:
            low = least
    return np.asarray(np.maximum(sizes, high), dtype=float)


def _timeline_layout(
    order: list[str],
    lane_sizes: np.ndarray,
    view: DateRange | None,
    strip: tuple[np.datetime64, np.datetime64] | None,
    strip_names: list[str],
    labelled: bool,
    height_px: int | None = None,
    compact: bool = False,
) -> dict[str, Any]:
    """Lanes of `lane_sizes` rows each (one row a unit of y, 0 at the top), the strip above them."""
    total_rows = max(float(lane_sizes.sum()), 1.0)
    lane_top = np.concatenate([[0], np.cumsum(lane_sizes)[:-1]]).astype(float)
    strips = len(strip_names) if strip is not None else 0
    chrome_px = _chrome_px(compact)
    if height_px is None:
        row_px = TITLED_ROW_PX if labelled else ROW_PX
        main_px = max(220, row_px * total_rows)
    else:
        main_px = _main_px(height_px, strips, compact)
    total = main_px + _strip_px(strips)
    strip_px = _strip_px(strips) - 56 if strips else 0
    # Lanes thinner than a label's line (many lanes on a fixed height): smaller labels, none overlapping.
    lane_px = main_px * float(lane_sizes.min()) / total_rows if len(lane_sizes) else main_px
    label_px = int(min(12, max(8, lane_px - 3)))
    main_top = main_px / total
    layout: dict[str, Any] = {
        "height": total + chrome_px,
        "margin": {"l": 10, "r": 10, "t": 30, "b": 10},
        # Drag zooms in the browser and a click selects. Streamlit 1.67 reports selections only (not
        # plotly's zoom), and in "select" drag mode it reports no clicks on scatter points, so the
        # zoom that goes into the link comes from the box-select tool of the mode bar or the slider.
        "dragmode": "zoom",
        "selectdirection": "h",
        "hovermode": "closest",
        "barmode": "overlay",
        "plot_bgcolor": "white",
        "showlegend": not compact,
        "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0, "title": {"text": "type"}},
        "xaxis": {
            "type": "date",
            "domain": [0, 1],
            "anchor": "y",
            # Day labels above the lanes, next to the legend, rather than below a tall chart.
            "side": "top",
            "showgrid": True,
            "gridcolor": "#e5e5e5",
            "tickformatstops": _DATE_TICKS,
            # Gridlines at each day's start, its label in the middle of the day, where its marks are.
            "ticklabelmode": "period",
        },
        "yaxis": {
            "domain": [0, main_top],
            "anchor": "x",
            "tickmode": "array",
            "tickvals": (lane_top + (lane_sizes - 1) / 2).tolist(),
            "ticktext": [_chart_text(lane) for lane in order],
            "tickfont": {"size": label_px},
            "range": [total_rows - 0.5, -0.5],
            "fixedrange": True,
            "automargin": True,
            "showgrid": False,
            "zeroline": False,
        },
        "shapes": [
            {
                "type": "line",
                "xref": "paper",
                "yref": "y",
                "x0": 0,
                "x1": 1,
                "y0": top - 0.5,
                "y1": top - 0.5,
                "line": {"color": "#d0d0d0", "width": 1},
            }
            for top in lane_top[1:].tolist()
        ],
    }
    if view is not None:
        layout["xaxis"].update(_view_axis(view))
    if strip is not None:
        first = pd.Timestamp(strip[0]) - pd.Timedelta(days=45)
        last = pd.Timestamp(strip[1]) + pd.Timedelta(days=45)
        layout["xaxis2"] = {
            "type": "date",
            "domain": [0, 1],
            "anchor": "y2",
            "range": [first.strftime("%Y-%m-%d"), last.strftime("%Y-%m-%d")],
            "showgrid": True,
            "gridcolor": "#e5e5e5",
            "tickformatstops": _DATE_TICKS,
            "ticklabelmode": "period",
            "nticks": 8,
        }
        layout["yaxis2"] = {
            "domain": [1 - strip_px / total, 1],
            "anchor": "x2",
            "tickmode": "array",
            "tickvals": list(range(len(strip_names))),
            "ticktext": strip_names,
            "range": [len(strip_names) - 0.4, -0.6],
            "fixedrange": True,
            "automargin": True,
            "showgrid": False,
            "zeroline": False,
        }
    return layout


def period_unit(events: pd.DataFrame) -> tuple[str, DateRange | None]:
    """Days, weeks or months, whichever suits the densest period; and that period, padded, as the view."""
    view = densest_period(events)
    if view is None:
        return "W", None
    span_days = (view.end - view.start).days
    return ("D" if span_days <= 45 else "W" if span_days <= 400 else "M"), view


def _period_starts(dates: pd.Series, unit: str) -> pd.Series:
    """The first day of each date's day, Monday-start week or month."""
    days: pd.Series = dates.dt.floor("D")
    if unit == "W":
        days = days - pd.to_timedelta(days.dt.day_of_week, unit="D")
    elif unit == "M":
        days = days - pd.to_timedelta(days.dt.day - 1, unit="D")
    return days


# The biggest bubble of the actors' and countries' charts: a little less than their rows (30-32 px) apart,
# so that bubbles neither hide the next row nor push plotly into skipping row labels.
ROW_BUBBLE_PX = 26.0


def bubble_sizes(counts: np.ndarray, largest_px: float) -> np.ndarray:
    """Bubble diameters in pixels, their area in proportion to the count, the largest `largest_px` and
    none under 6 px (the colour says the count too)."""
    counts = np.asarray(counts, dtype=float)
    top = counts.max() if len(counts) else 1.0
    sizes: np.ndarray = np.maximum(largest_px * np.sqrt(counts / max(top, 1.0)), 6.0).round(1)
    return sizes


def _view_axis(view: DateRange) -> dict[str, Any]:
    """The date axis of a chart opening on `view`: its whole last day shown, and about one tick a day in a
    short view (not every 12 hours, "7 Apr 12:00"); plotly widens the ticks on zooming out. The timeline
    and the facet chart open alike."""
    return {
        "range": [view.start.isoformat(), (view.end + dt.timedelta(days=1)).isoformat()],
        "nticks": min(12, (view.end - view.start).days + 2),
    }


def _row_bubbles(counts: pd.Series) -> dict[str, Any]:
    """The markers of a chart of bubbles in rows (a facet over time, actors by countries): sized and
    coloured by `counts`, one scale beside them, so the two charts read alike."""
    return {
        "size": bubble_sizes(counts.to_numpy(), ROW_BUBBLE_PX).tolist(),
        "color": counts.tolist(),
        "colorscale": COUNT_SCALE,
        "showscale": True,
        "colorbar": {"title": {"text": "events"}, "thickness": 12},
        "line": {"color": "#333333", "width": 0.5},
    }


@dataclass(frozen=True)
class FacetTime:
    """What the chart of one facet over time draws: the period `unit` ("D", "W" or "M"), the `view` it
    opens on, and the events per (`value`, `period`) of its most frequent values in `count`, most first
    (equals in the order first met, as pandas' value_counts gives them)."""

    unit: str
    view: DateRange | None
    chosen: tuple[str, ...]  # the rows, most frequent first
    counts: pd.DataFrame  # value, period (datetime64[ns]), count


def facet_time(tables: Tables, facet: str, top: int = 15) -> FacetTime:
    """The counts `facet_over_time` draws, from the events' rows.

    Every filtered event naming a value is a part of one of its bubbles, background events too (at
    their dates, seen when the chart shows all dates): a row's bubbles add up to the events naming its
    value, the count the page's pills give (`actors.actor_counts`), so that the page has one count.
    The chart opens on the densest period of the events that are not background; the rows are the most
    frequent values with a bubble in it. A value whose events all lie outside (such as one event dated
    only "in 2025", placed at the start of its span) would be an empty row: as on the timeline, where
    such an event leaves the dated lanes, it gets none."""
    events = tables.events
    values = facet_values(tables, facet)
    unit, view = period_unit(events[~events["background"]])
    periods = _period_starts(events.loc[values.index, "date"], unit).to_numpy()
    in_view = np.ones(len(values), dtype=bool)
    if view is not None:
        start, stop = np.datetime64(view.start, "D"), np.datetime64(view.end + dt.timedelta(days=1), "D")
        in_view = (periods >= start) & (periods < stop)
    chosen = list(values[in_view].value_counts().index[:top])
    kept = values.isin(chosen).to_numpy()
    counts = (
        pd.DataFrame({"value": values.to_numpy()[kept], "period": periods[kept]}).value_counts().reset_index()
    )
    return FacetTime(unit, view, tuple(str(value) for value in chosen), counts)


def facet_over_time(tables: Tables, facet: str, top: int = 15) -> go.Figure:
    """Events per actor (or country) and period, as bubbles; clicking one reads its name from customdata
    (see `facet_time`)."""
    return facet_time_figure(facet_time(tables, facet, top), facet)


def facet_time_figure(found: FacetTime, facet: str) -> go.Figure:
    """The chart of `facet_time`'s counts: each row named with its count of events, the pills' count,
    which its bubbles add up to."""
    unit, view, chosen, counts = found.unit, found.view, found.chosen, found.counts
    totals = counts.groupby("value", sort=False)["count"].sum() if len(counts) else pd.Series(dtype="int64")

    def row_label(value: str) -> str:
        name = country_label(value) if facet == "country" else value
        return _chart_text(f"{name} · {int(totals.get(value, 0)):,}")

    labels = [row_label(v) for v in counts["value"]]
    order = [row_label(v) for v in chosen]
    trace = {
        "type": "scatter",
        "mode": "markers",
        "x": _iso_days(counts["period"]),
        "y": labels,
        "customdata": [[value] for value in counts["value"]],
        "hovertemplate": "%{y} events in all<br>%{x}: %{marker.color} of them<extra></extra>",
        "marker": _row_bubbles(counts["count"]),
    }
    unit_word = {"D": "day", "W": "week", "M": "month"}[unit]
    layout = {
        "height": 120 + 32 * max(len(order), 1),
        "margin": {"l": 10, "r": 10, "t": 30, "b": 10},
        "xaxis": {
            "type": "date",
            "title": {"text": f"events per {unit_word} (double-click to see all dates)"},
            "tickformatstops": _DATE_TICKS,
            **(_view_axis(view) if view else {}),
        },
        "yaxis": {
            "categoryorder": "array",
            "categoryarray": list(reversed(order)),
            "automargin": True,
        },
        "plot_bgcolor": "white",
        "dragmode": False,
    }
    return go.Figure(data=[trace], layout=layout)


def cooccurrence(tables: Tables, top: int = 15) -> pd.DataFrame:
    """How many events name each actor together with each country: columns actor, country, count."""
    actors = facet_values(tables, "actor")
    countries = facet_values(tables, "country")
    pairs = pd.merge(
        pd.DataFrame({"event": actors.index, "actor": actors.to_numpy()}),
        pd.DataFrame({"event": countries.index, "country": countries.to_numpy()}),
        on="event",
    )
    if pairs.empty:
        return pd.DataFrame({"actor": [], "country": [], "count": []})
    top_actors = pairs["actor"].value_counts().index[:top]
    top_countries = pairs["country"].value_counts().index[:top]
    kept = pairs[pairs["actor"].isin(top_actors) & pairs["country"].isin(top_countries)]
    return kept.groupby(["actor", "country"]).size().rename("count").reset_index()


def cooccurrence_figure(tables: Tables, top: int = 15) -> go.Figure:
    """Actor × country bubbles sized by the number of events naming both; customdata is [actor, code]."""
    return pairs_figure(cooccurrence(tables, top))


def pairs_figure(counts: pd.DataFrame) -> go.Figure:
    """The bubbles of `cooccurrence`'s counts (columns actor, country, count)."""
    actor_order = list(counts.groupby("actor")["count"].sum().sort_values().index)
    country_order = list(counts.groupby("country")["count"].sum().sort_values(ascending=False).index)
    trace = {
        "type": "scatter",
        "mode": "markers",
        "x": [_chart_text(country_label(code)) for code in counts["country"]],
        "y": [_chart_text(actor) for actor in counts["actor"]],
        "customdata": counts[["actor", "country"]].to_numpy(str).tolist(),
        "hovertemplate": "%{y} and %{x}: %{marker.color} events<extra></extra>",
        "marker": _row_bubbles(counts["count"]),
    }
    layout = {
        "height": 140 + 30 * max(len(actor_order), 1),
        "margin": {"l": 10, "r": 10, "t": 30, "b": 10},
        "xaxis": {
            "categoryorder": "array",
            "categoryarray": [_chart_text(country_label(c)) for c in country_order],
            "side": "top",
            "automargin": True,
        },
        "yaxis": {
            "categoryorder": "array",
            "categoryarray": [_chart_text(a) for a in actor_order],
            "automargin": True,
        },
        "plot_bgcolor": "white",
        "dragmode": False,
    }
    return go.Figure(data=[trace], layout=layout)
