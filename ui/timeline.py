"""Timeline widgets: lanes picker, zoom, the clickable chart, and presenter-mode stepping."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx

from events.query.figures import MAX_TITLED, ROUGH_MIN_DAYS, TimelinePlot, densest_period
from events.query.filters import Filters, apply_filters
from events.query.frames import TableQuery
from events.query.framing import StoryFrame, frame_story, near_window, publication_span, story_start
from events.query.labels import event_rows, when_label
from events.query.views import LANES, DateRange, State, View, step_events, widen_to
from events.schema import Tables
from ui.data import data_version, table_query
from ui.render import md
from ui.state import link_params, update_state, update_view

# The plot's width (measured in Chromium) on a 1280 px wide screen, the narrowest laptop or projector we
# lay out for: with the sidebar open, beside an open drill-down, and in presenter mode. It decides how
# much of each title the chart writes; wider screens get the same titles with room to spare, while a
# width guessed too wide would have the plot cut titles off at its right edge (850 px at 1400 wide).
PLOT_PX = 725
PLOT_BESIDE_PX = 390
PRESENTER_CHART_PX = 430
PRESENTER_PLOT_PX = 1020

CHART_HELP = (
    "Click an event to see its sources. To zoom and keep the zoom in the link, pick the box-select tool "
    "(dashed square, top right of the chart) and drag across the days, or use the slider; a plain drag "
    "zooms this view only. Marker size: number of sources. Faded bars: events known only to the week, "
    "month or season."
)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def intro(query: TableQuery) -> None:
    """What the tool is and where to start, under the home page's title: a newcomer's first screen was a
    chart titled "Timeline" that said neither what its marks are made of nor where sources, dates and
    denials are to be found."""
    if not query.total():
        return  # the frame above says the table is empty and what to do
    sources = query.sources()
    outlets = sources["outlet"].dropna().astype(str).str.strip()
    named = outlets[outlets != ""].nunique()
    made_of = f"{_plural(query.total(), 'dated event')} drawn from {_plural(len(sources), 'article')}"
    if named:
        made_of += f" by {_plural(int(named), 'named outlet')}"
    st.markdown(
        f"**A chronology of the story built from its news reports:** {made_of}. **Click an event** for "
        "its sources' own sentences, where they disagree and how its date was worked out; **Chronology** "
        "lists the events by day (*Key dates*: the days that matter), **Claims & denials** sets each claim "
        "beside its denial, **Add articles** takes your own."
    )


_LANE_LABELS = {"type": "Event type", "country": "Country", "actor": "Actor", "outlet": "Outlet"}


def lanes_picker(view: View) -> None:
    key = "w:view:lanes"
    st.session_state[key] = view.lanes
    st.segmented_control(
        "Lanes",
        LANES,
        key=key,
        format_func=_LANE_LABELS.__getitem__,
        required=True,
        on_change=lambda: update_view(lanes=st.session_state[key] or "type"),
    )


def view_controls(view: View) -> None:
    """The lanes picker and the presenter-mode switch, side by side."""
    left, right = st.columns([4, 1], vertical_alignment="bottom")
    with left:
        lanes_picker(view)
    with right:
        presenter_toggle(view)


@st.cache_data(show_spinner=False, max_entries=64)
def _span(version: str, filters: Filters, _query: TableQuery) -> tuple[dt.date, dt.date] | None:
    del version  # part of the cache key: every write of the tables changes it
    return _query.span(filters)


@st.cache_data(show_spinner=False, max_entries=64)
def _count(version: str, filters: Filters, _query: TableQuery) -> int:
    del version  # part of the cache key: every write of the tables changes it
    return _query.count(filters)


def shown_count(filters: Filters) -> int:
    """How many events pass the filters, cached per data version and filters."""
    return _count(data_version(), filters, table_query())


@st.cache_data(show_spinner=False, max_entries=64)
def _story_frame(
    version: str, filters: Filters, selected: DateRange | None, _query: TableQuery
) -> StoryFrame | None:
    del version  # part of the cache key: every write of the tables changes it
    sources = _query.sources()
    story = publication_span(sources["published"], sources["published_basis"] == "inferred")
    window = near_window(story, filters.start, filters.end) if story is not None else None
    if story is None or window is None:
        return None
    near_filters = replace(filters, start=window.start, end=window.end)
    # The events dated to the day decide, when there are any: a report's "in 2011" would stretch the
    # frame to the end of that year.
    near = _query.span(near_filters, exact=True) or _query.span(near_filters)
    everything = _query.span(filters, background=True)
    if near is None or everything is None:  # no filtered event near the story: the old default view
        return None
    view = frame_story(window, near)
    widened = selected is not None and not (selected.end >= view.start and selected.start <= view.end)
    if selected is not None and widened:
        # A link's selected event of 1989: widened to show it (with a tenth of its own span around it).
        view = widen_to(
            view, selected.start, selected.end, max(1, (selected.end - selected.start).days // 10)
        )
    total = _query.count(filters)
    inside = _query.count(replace(filters, start=view.start, end=view.end))
    return StoryFrame(
        view=view, outside=total - inside, total=total, everything=DateRange(*everything), widened=widened
    )


def story_frame(filters: Filters, selected: str = "") -> StoryFrame | None:
    """The dates the timeline opens on when the link sets no zoom (`events.query.framing`), widened to
    show the `selected` event if it lies outside them; cached per data version, filters and selection.
    None when no filtered event lies near the archive's publication dates."""
    query = table_query()
    mine = query.event_tables([selected] if selected else [])
    # An event the filters hide is not on the chart: stretching the story's dates to reach it would
    # only squeeze the story's own events into a corner.
    rows = apply_filters(mine, filters).events
    chosen = DateRange(rows["date"].iloc[0].date(), rows["date_end"].iloc[0].date()) if len(rows) else None
    return _story_frame(data_version(), filters, chosen, query)


def story_pages_note(filters: Filters, total: int, size: int, page: int, *, newest_first: bool) -> None:
    """On a chronology page that lies wholly before the story's dates (after them, newest first), say so
    and offer the page where they begin: a long story's list opened on pages of history its reports
    recall (a 1930s founding, an earlier disaster), and a briefing officer paged through them blind.
    The story's dates are the timeline's opening frame (`story_frame`)."""
    frame = story_frame(filters)
    if frame is None:
        return
    query = table_query()
    view = frame.view
    if newest_first:
        # Newest first lists from the end: the events dated after the story's last day come first.
        outside = total - _count(data_version(), replace(filters, end=view.end), query)
    else:
        outside = _count(data_version(), replace(filters, end=view.start - dt.timedelta(days=1)), query)
    first_story_page = outside // size + 1
    if outside < size or page >= first_story_page:
        return  # the story begins on this page: nothing to skip
    where = "after" if newest_first else "before"
    pages = "Page 1" if first_story_page == 2 else f"Pages 1–{first_story_page - 1}"
    st.info(
        f"{pages} hold the {outside:,} events dated {where} the story's dates ({_day(view.start)} – "
        f"{_day(view.end)}, when its reports were published): the past they recall. The story's "
        f"dates begin on page {first_story_page:,}.",
        icon=":material/history:",
    )
    st.button(
        f"Go to page {first_story_page:,}",
        key="w:chronology:story",
        icon=":material/skip_next:",
        on_click=lambda: update_view(page=first_story_page),
    )


@dataclass(frozen=True)
class TimelineDates:
    """The dates the timeline shows (`dates`: the link's zoom when `zoomed`, else the story's frame)
    and how many of the `total` filtered events lie in them (`inside`, background ones by their dates)."""

    dates: DateRange
    zoomed: bool
    inside: int
    total: int

    def describe(self) -> str:
        """ "2,105 of them in the timeline's story dates (14 Mar 2009 – 10 Nov 2011)" """
        which = "zoomed range" if self.zoomed else "story dates"
        return (
            f"{self.inside:,} of them in the timeline's {which} "
            f"({_day(self.dates.start)} – {_day(self.dates.end)})"
        )


@st.cache_data(show_spinner=False, max_entries=64)
def _inside(version: str, filters: Filters, dates: DateRange, _query: TableQuery) -> int:
    del version  # part of the cache key: every write of the tables changes it
    return _query.events_page(filters, within=dates, offset=0, limit=0)[1]


def timeline_dates(state: State) -> TimelineDates | None:
    """What the timeline's zoom (or, with none, the story's frame) leaves out of the filtered events,
    which the sidebar's count and the exports take whole; None when it leaves none out."""
    zoom = state.view.zoom
    if zoom is None:
        frame = story_frame(state.filters, state.view.event)
        if frame is None or not frame.outside:
            return None
        zoom_or_frame = frame.view
    else:
        zoom_or_frame = zoom
    total = shown_count(state.filters)
    inside = _inside(data_version(), state.filters, zoom_or_frame, table_query())
    if inside >= total:
        return None
    return TimelineDates(zoom_or_frame, zoom is not None, inside, total)


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def frame_note(frame: StoryFrame) -> None:
    """What the default view leaves out, and one click to show it all (a zoom, kept in the link)."""
    view, everything = frame.view, frame.everything
    text = (
        f"Showing the story's dates, {_day(view.start)} – {_day(view.end)}: the events dated near the "
        "articles' publication dates" + (", widened to the selected event." if frame.widened else ".")
    )
    if frame.outside:
        lie = "lies" if frame.outside == 1 else "lie"
        text += (
            f" **{frame.outside:,} of the {frame.total:,} events {lie} outside them**; all of them run "
            f"from {_day(everything.start)} to {_day(everything.end)}."
        )
    left, right = st.columns([5, 1], vertical_alignment="center")
    with left:
        st.markdown(text)
    with right:
        if frame.outside:
            st.button(
                "All dates",
                on_click=update_view,
                kwargs={"zoom": everything},
                icon=":material/date_range:",
                key="w:view:all",
                help=f"Zoom out to {_day(everything.start)} – {_day(everything.end)}; the link keeps it.",
            )


def zoom_control(filters: Filters, plot: TimelinePlot) -> None:
    """A date slider over the non-background events and the view (after "All dates", background
    events of 1918 too: the slider must not say less than the chart); the chosen range is the zoom."""
    span = _span(data_version(), filters, table_query())
    if span is None or plot.view is None:
        return
    first, last = min(span[0], plot.view.start), max(span[1], plot.view.end)
    if first == last:
        return
    start, end = plot.view.start, plot.view.end
    key = "w:view:zoom"
    st.session_state[key] = (start, end)
    left, right = st.columns([5, 1], vertical_alignment="bottom")
    with left:
        st.slider(
            "Zoom (kept in the shared link; the box-select tool over the chart sets it too)",
            min_value=first,
            max_value=last,
            key=key,
            format="D MMM YYYY",
            on_change=lambda: update_view(zoom=DateRange(*st.session_state[key])),
        )
    with right:
        st.button("Reset zoom", on_click=update_view, kwargs={"zoom": None}, icon=":material/zoom_out_map:")


_CLICKED = "w:chart:clicked"


def _chart_key(state: State) -> str:
    """One chart per filters, lanes, zoom and selection made elsewhere; a new chart starts unselected.

    An event clicked in the chart keeps the chart (and the reader's own zooming in it, by uirevision);
    one chosen anywhere else (a link, "Clear selection", the presenter) gets a fresh chart.
    """
    event = state.view.event
    chosen_elsewhere = "" if event and event == st.session_state.get(_CLICKED) else event
    shown = (state.filters, state.view.lanes, state.view.zoom, state.view.present, chosen_elsewhere)
    return "w:chart:" + hashlib.sha1(repr(shown).encode("utf-8")).hexdigest()[:12]


def _on_select(key: str) -> None:
    selection = st.session_state[key].selection
    for box in selection.get("box", []):
        xs = box.get("x", [])
        if len(xs) == 2 and box.get("xref", "x") in ("x", None):
            start, end = sorted(pd.Timestamp(x).date() for x in xs)
            update_view(zoom=DateRange(start, max(end, start)))
            return
    for point in selection.get("points", []):
        custom = point.get("customdata") or []
        if custom and str(custom[0]).startswith("ev-"):
            st.session_state[_CLICKED] = str(custom[0])
            update_view(event=str(custom[0]))
            return
        if len(custom) >= 2:  # a count square: zoom into its period
            update_view(zoom=DateRange(dt.date.fromisoformat(custom[0]), dt.date.fromisoformat(custom[1])))
            return


# What the presenter's steps read of the filtered events: their order, dates and strip.
_STEP_COLUMNS = ("event_id", "date", "date_end", "precision", "background")


# A resource: shared by every session as it is (copy-on-write keeps it unchanged); a data cache would
# unpickle a copy on every step.
@st.cache_resource(show_spinner=False, max_entries=4)
def _shown(version: str, filters: Filters, _query: TableQuery) -> Tables:
    del version  # part of the cache key: every write of the tables changes it
    return _query.filter_tables(filters, events=_STEP_COLUMNS, mentions=())


def shown_tables(filters: Filters) -> Tables:
    """The filtered events' dates and order (the presenter's steps), cached per data version and
    filters (a step does not refilter); no mentions, no other column."""
    return _shown(data_version(), filters, table_query())


# A resource cache, not a data cache: st.cache_data pickles the figure and every hit unpickles it through
# plotly's validation (0.24 s at 10k events). Each figure is shared by all readers and never changed after
# it is built (its uirevision is set here, and st.plotly_chart only reads it).
@st.cache_resource(show_spinner=False, max_entries=32)
def _figure(
    version: str,
    filters: Filters,
    lanes: str,
    zoom: DateRange | None,
    selected: str,
    width_px: int,
    height_px: int | None,
    revision: str,
    _query: TableQuery,
) -> TimelinePlot:
    # For a big table DuckDB draws it from counts, or from the rows of the zoomed period.
    plot = _query.timeline_plot(
        filters, lanes, zoom, selected, width_px=width_px, height_px=height_px, compact=height_px is not None
    )
    plot.figure.update_layout(uirevision=revision)
    share_date_axis(plot.figure)
    return plot


def share_date_axis(figure: go.Figure) -> None:
    """The strip above the lanes (rough dates, background) on the lanes' own date scale: a day sits at
    the same place in both, and zooming one zooms the other. Its own range (the strip's events, padded
    by weeks) put "in 2024" beside "Tue 8 Apr" as if they were the same days."""
    if getattr(figure.layout, "xaxis2", None) is None:  # no strip
        return
    # Its day labels would repeat the lanes' labels just under it.
    figure.update_layout(
        xaxis2={"matches": "x", "range": figure.layout.xaxis.range, "showticklabels": False, "nticks": None}
    )


def timeline_plot(
    state: State,
    zoom: DateRange | None,
    selected: str,
    *,
    width_px: int = PLOT_PX,
    height_px: int | None = None,
) -> TimelinePlot:
    """The timeline figure, cached: the same view asked for again (a rerun, another reader) is not rebuilt."""
    revision = _chart_key(state)
    return _figure(
        data_version(),
        state.filters,
        state.view.lanes,
        zoom,
        selected,
        width_px,
        height_px,
        revision,
        table_query(),
    )


def no_match(filters: Filters) -> None:
    """What the reader sees instead of an empty chart."""
    st.info(
        "No events match these filters. Loosen or clear them (sidebar) to see events again.",
        icon=":material/filter_alt_off:",
    )
    if not filters.is_default:
        st.button(
            "Clear all filters",
            on_click=update_state,
            args=(lambda state: replace(state, filters=Filters()),),
            icon=":material/filter_alt_off:",
            key="w:timeline:clear",
        )


LIST_LIMIT = 60


def events_in_view(filters: Filters, plot: TimelinePlot, state: State, *, framed: bool = False) -> None:
    """Every event of the view as a list with full titles, each linking to its drill-down.

    Page links rather than a data grid: the grid's code (1.2 MB) would load with the home page.
    `framed`: the view is the story's frame, whose note has said what lies outside it.
    """
    events, total = table_query().events_page(filters, within=plot.view, offset=0, limit=LIST_LIMIT)
    # A zoomed chart hides what is outside it: an event after it ("talks next week") is easy to miss.
    filtered = shown_count(filters)
    if filtered > total and not framed:
        st.caption(
            f"{filtered - total:,} of the {filtered:,} filtered events fall outside these dates: widen the "
            "zoom slider to see them, or read them all in the chronology."
        )
    if not total:
        return
    st.markdown(
        "**The one event in this view**"
        if total == 1
        else f"**The {total:,} events in this view**, in date order"
    )
    for row in event_rows(events):
        st.page_link(
            "app_pages/event.py",
            label=md(f"{row.when} · {row.event_type} · {row.title}"),
            query_params=link_params(state, "event", event=row.event_id),
        )
    if total > LIST_LIMIT:
        st.caption(f"The first {LIST_LIMIT}; zoom in or filter to list the others.")


def timeline_chart(plot: TimelinePlot, state: State) -> None:
    # Streamlit 1.67's chart reports clicks and box or lasso selections only (its front end listens to
    # plotly's selected/click/deselect events, not relayout): a plain drag-zoom never reaches Python, so
    # the zoom kept in the link comes from the box-select tool or the slider.
    key = _chart_key(state)
    st.plotly_chart(
        plot.figure,
        key=key,
        on_select=lambda: _on_select(key),
        selection_mode=("points", "box"),
        config={"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d"]},
        alt=f"Timeline of {plot.shown:,} events in lanes by {state.view.lanes}",
    )


def _steps(shown: Tables) -> pd.DataFrame:
    return shown.events.sort_values(["date", "date_end", "event_id"], kind="stable")


def ordered_ids(shown: Tables) -> list[str]:
    """The filtered events in date order: the presenter's steps."""
    return list(_steps(shown)["event_id"])


@st.cache_data(show_spinner=False, max_entries=64)
def _story_step(version: str, filters: Filters, _shown: Tables) -> int:
    del version  # part of the cache key: every write of the tables changes it
    frame = story_frame(filters)
    return story_start(_steps(_shown), frame.view) if frame is not None else 1


def story_step(shown: Tables, filters: Filters) -> int:
    """The step where the story starts (`events.query.framing.story_start`): the first event of the
    story's frame, the dates the timeline opens on; 1 when there is no frame. Cached per data version
    and filters (`shown` is `shown_tables(filters)`): a step does not sort the events again for it."""
    return _story_step(data_version(), filters, shown)


def current_step(shown: Tables, state: State) -> tuple[int, str]:
    """The presenter's step and its event id ("" if none): the link's step, or where the story starts."""
    wanted = state.view.step or story_step(shown, state.filters)
    return step_events(ordered_ids(shown), wanted)


def _step_note(step: int, start: int) -> tuple[str, str]:
    """Where this step stands to the story's start, short (beside the counter) and in full (its
    tooltip); ("", "") after the start, or when the story starts at step 1."""
    if start <= 1 or step > start:
        return "", ""
    if step == start:
        return f"story starts · ← {start - 1:,} earlier", (
            f"The story starts here. Steps 1–{start - 1:,} before it (background history and roughly "
            "dated events): Previous or ←."
        )
    return (
        f"before the story (step {start:,})",
        f"Before the story, which starts at step {start:,}: Next or →.",
    )


def presenter_controls(shown: Tables, state: State) -> str:
    """Previous / next buttons and the step counter; returns the current step's event id ("" if none).
    A link with no step opens where the story starts (its first event within the story's dates)."""
    ids = ordered_ids(shown)
    step, event_id = current_step(shown, state)
    left, middle, right, end = st.columns([1, 3, 1, 1], vertical_alignment="center")
    with left:
        st.button(
            "Previous",
            icon=":material/arrow_back:",
            disabled=step <= 1,
            on_click=update_view,
            kwargs={"step": step - 1},
            width="stretch",
            shortcut="Left",
            help="Left arrow or Page Up (what a presentation clicker sends)",
        )
    with middle:
        if ids:
            row = shown.events[shown.events["event_id"] == event_id].iloc[0]
            when = when_label(row["date"], row["date_end"], row["precision"])
            short, note = _step_note(step, story_step(shown, state.filters))
            st.markdown(
                f"**Step {step:,} of {len(ids):,}** · {when}"
                + (f" · :small[:gray[{short}]]" if short else ""),
                help=note or None,
            )
        else:
            st.markdown("No events match the filters.")
    with right:
        st.button(
            "Next",
            icon=":material/arrow_forward:",
            disabled=step >= len(ids),
            on_click=update_view,
            kwargs={"step": step + 1},
            width="stretch",
            shortcut="Right",
            help="Right arrow or Page Down (what a presentation clicker sends)",
        )
    with end:
        st.button("Exit", on_click=update_view, kwargs={"present": False}, type="tertiary", shortcut="Esc")
    # A button takes one shortcut: these two carry the clicker's Page Up / Page Down (hidden by CSS).
    with st.container(key="present-clicker", height=1, border=False):
        st.button("Page Up", key="w:present:pageup", shortcut="PageUp", disabled=step <= 1,
                  on_click=update_view, kwargs={"step": step - 1})  # fmt: skip
        st.button("Page Down", key="w:present:pagedown", shortcut="PageDown", disabled=step >= len(ids),
                  on_click=update_view, kwargs={"step": step + 1})  # fmt: skip
    return event_id


def presenter_zoom(shown: Tables, zoom: DateRange | None, event_id: str) -> DateRange | None:
    """A few days around the current step, narrowed until their titles fit; a background or roughly
    dated step (drawn in the strip above the lanes): its own dates, padded by a tenth.

    The reader's zoom is kept when it already shows the step (and, for a step in the lanes, is short
    enough to read). The strip shares the lanes' dates: "1918" in a view of 2010 was not on screen.
    """
    rows = shown.events[shown.events["event_id"] == event_id]
    if rows.empty:
        return zoom or densest_period(shown.events)
    start, end = rows["date"].iloc[0].date(), rows["date_end"].iloc[0].date()
    if bool(rows["background"].iloc[0]) or (end - start).days + 1 > ROUGH_MIN_DAYS:
        if zoom is not None and zoom.start <= start and end <= zoom.end:
            return zoom
        return widen_to(None, start, end, max(1, (end - start).days // 10))
    if zoom is not None and zoom.start <= start and end <= zoom.end and (zoom.end - zoom.start).days <= 10:
        return zoom
    days = shown.events["date"].to_numpy("datetime64[D]")
    window = widen_to(None, start, end, 0)
    for margin in (3, 2, 1):
        wider = widen_to(None, start, end, margin)
        inside = (days >= np.datetime64(wider.start)) & (days <= np.datetime64(wider.end))
        if int(inside.sum()) <= MAX_TITLED:
            window = wider
            break
    return window


def prefetch_steps(shown: Tables, state: State) -> None:
    """Build the figures of the presenter's next and previous steps in the background, after this step
    has been drawn: a step then finds its figure ready instead of building it (about 0.1 s) while the
    room waits."""
    ids = ordered_ids(shown)
    step, _ = current_step(shown, state)
    version, revision, query = data_version(), _chart_key(state), table_query()  # a step keeps the key
    calls = [
        (version, state.filters, state.view.lanes, presenter_zoom(shown, state.view.zoom, event_id),
         event_id, PRESENTER_PLOT_PX, PRESENTER_CHART_PX, revision, query)
        for number in (step + 1, step - 1)
        if 1 <= number <= len(ids) and (event_id := ids[number - 1])
    ]  # fmt: skip

    def build() -> None:
        for call in calls:
            _figure(*call)

    worker = threading.Thread(target=build, name="presenter-prefetch", daemon=True)
    add_script_run_ctx(worker, get_script_run_ctx())  # the caches it fills are the server's, not a session's
    worker.start()


def presenter_title(query: TableQuery, event_id: str) -> None:
    events = query.event_tables([event_id] if event_id else []).events
    titles = events.loc[events["event_id"] == event_id, "title"]
    st.header(md(str(titles.iloc[0])) if len(titles) else "No events match the filters", anchor=False)


def presenter_toggle(view: View) -> None:
    key = "w:view:present"
    st.session_state[key] = view.present
    st.toggle(
        "Presenter mode",
        key=key,
        help="Hide the controls, enlarge the type and step through the filtered events in date order, "
        "from where the story starts (its first event within the story's dates); the background and "
        "roughly dated events before it are the steps before it (Previous).",
        on_change=lambda: update_state(
            lambda state: replace(
                state, view=replace(state.view, present=bool(st.session_state[key]), step=0)
            )
        ),
    )


def clear_selection_button() -> None:
    st.button("Clear selection", on_click=update_view, kwargs={"event": ""}, icon=":material/close:")
