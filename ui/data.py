"""Loading the stored tables and article texts, cached by path and modification time; and answering the
views' questions (filtered tables, facet counts, a page of events) from pandas or, for big tables, from
DuckDB over the stored files (`events.query.duck`), with the same answers."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import streamlit as st

from events.errors import EventsError
from events.extract.corpus import read_article
from events.query.duck import EventQuery
from events.query.figures import TimelinePlot, timeline_figure
from events.query.filters import FacetCounts, Filters, apply_filters
from events.query.filters import facet_counts as pandas_facet_counts
from events.query.views import DateRange
from events.schema import Tables, empty_table
from events.store import DEFAULT_DATA, tables_version
from events.store import load_tables as load_stored_tables
from events.store.generations import Version, list_versions, load_version
from ui.state import pinned_version

DATA_ENV = "NEWS_TIMELINE_DATA"
# From this many events the views' queries run in DuckDB; below it pandas on the loaded table is as
# fast (a DuckDB query costs some milliseconds whatever its size). See benchmarks/query_paths.py.
DUCKDB_MIN_EVENTS = 50_000
DUCKDB_MIN_ENV = "NEWS_TIMELINE_DUCKDB_MIN_EVENTS"  # "0": always DuckDB; a huge number: never


def data_dir() -> Path:
    return Path(os.environ.get(DATA_ENV, str(DEFAULT_DATA)))


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


# Resources, not data: one loaded table shared by every session as it is (pandas' copy-on-write keeps it
# unchanged by what a page derives from it). A data cache unpickles a copy on every call: seconds and
# gigabytes at a million events, once per reader at once.
@st.cache_resource(show_spinner=False, max_entries=2)
def _cached_tables(path: str, version: str) -> Tables:
    del version  # part of the cache key only: every write of the tables changes it
    return load_stored_tables(Path(path))


def data_version() -> str:
    """The version shown (a link's pinned one if it is kept, else the current): a cache key for what is
    derived from the tables, and what a shared link records."""
    folder = data_dir()
    pinned = pinned_version()
    if pinned and pinned != tables_version(folder) and any(v.generation == pinned for v in versions()):
        return pinned
    return tables_version(folder)


@st.cache_data(show_spinner=False, max_entries=4, ttl=60)
def _cached_versions(path: str, current: str) -> list[Version]:
    del current  # part of the cache key only: a new version changes it
    return list_versions(Path(path))


def versions() -> list[Version]:
    """The kept data versions, newest first."""
    folder = data_dir()
    return _cached_versions(str(folder.resolve()), tables_version(folder))


@st.cache_resource(show_spinner=False, max_entries=2)
def _cached_version(path: str, generation: str) -> Tables:
    return load_version(Path(path), generation)


def load_tables(*, missing_ok: bool = False) -> Tables:
    """The stored tables; shows the loader's message and stops the page if they are missing or invalid.

    With `missing_ok` (the page that adds articles), a data folder with no tables yet reads as empty.
    """
    folder = data_dir()
    if missing_ok and not tables_version(folder):
        return Tables(empty_table("events"), empty_table("mentions"), empty_table("sources"))
    shown = data_version()
    try:
        if shown != tables_version(folder):  # a link pinned to an older version
            return _cached_version(str(folder.resolve()), shown)
        return _cached_tables(str(folder.resolve()), shown)
    except EventsError as error:
        st.error(str(error))
        st.stop()


@st.cache_data(show_spinner=False, max_entries=64)
def _cached_article(path: str, stamp: float) -> str:
    del stamp
    return read_article(Path(path))


def article_text(article: str) -> str | None:
    """An article's text exactly as the build read it (mention offsets index into it); None if unreadable."""
    path = data_dir() / "articles" / Path(article).name
    try:
        return _cached_article(str(path.resolve()), _mtime(path))
    except EventsError:
        return None


def duckdb_min_events() -> int:
    raw = os.environ.get(DUCKDB_MIN_ENV, "").strip()
    return int(raw) if raw.isdigit() else DUCKDB_MIN_EVENTS


def _close(query: EventQuery) -> None:
    query.close()


@st.cache_resource(show_spinner=False, max_entries=4, on_release=_close)
def _cached_query(path: str, generation: str) -> EventQuery:
    # One connection per data version, shared by every session and thread of the server.
    return EventQuery.open(Path(path), generation)


def event_query(tables: Tables) -> EventQuery | None:
    """The DuckDB queries over the shown data version, when its table is big enough to need them and is
    stored in partitions (a table of the old flat layout is not); None: use pandas on `tables`."""
    if len(tables.events) < duckdb_min_events():
        return None
    folder = data_dir()
    shown = data_version()
    if not shown or shown.startswith("legacy-"):
        return None
    try:
        return _cached_query(str(folder.resolve()), shown)
    except EventsError:
        return None  # a damaged or vanished generation: the loaded tables still answer


def facet_counts(tables: Tables, filters: Filters) -> FacetCounts:
    """The sidebar's counts for every option, from DuckDB for a big table."""
    query = event_query(tables)
    return pandas_facet_counts(tables, filters) if query is None else query.facet_counts(filters)


def filtered_tables(tables: Tables, filters: Filters) -> Tables:
    """The events that pass the filters with their mentions and sources, whole rows: from the loaded
    table, which every page holds. DuckDB's `filter_tables` gives the same, but turning its whole rows
    into pandas costs more than filtering in pandas (1.9 s against 0.3 s for 34k of 1M events,
    benchmarks/query_paths.py), so DuckDB answers the views that need counts or a page of rows."""
    return apply_filters(tables, filters)


def timeline_plot(
    tables: Tables,
    filters: Filters,
    lanes: str,
    zoom: DateRange | None,
    selected: str,
    *,
    width_px: int,
    height_px: int | None = None,
) -> TimelinePlot:
    """The timeline figure of the filtered events; for a big table drawn by DuckDB from counts per day
    and lane when it shows counts (the same figure, without the filtered rows ever reaching pandas)."""
    compact = height_px is not None
    query = event_query(tables)
    if query is None:
        shown = filtered_tables(tables, filters)
        return timeline_figure(
            shown, lanes, zoom, selected, width_px=width_px, height_px=height_px, compact=compact
        )
    return query.timeline_plot(
        filters, lanes, zoom, selected, width_px=width_px, height_px=height_px, compact=compact
    )


def events_page(
    tables: Tables, filters: Filters, within: DateRange | None, offset: int, limit: int
) -> tuple[pd.DataFrame, int]:
    """One page of the visible events in date order and how many there are, from DuckDB for a big table."""
    query = event_query(tables)
    if query is not None:
        return query.events_page(filters, within=within, offset=offset, limit=limit)
    events = apply_filters(tables, filters).events
    if within is not None:
        start, end = pd.Timestamp(within.start), pd.Timestamp(within.end)
        events = events[((events["date_end"] >= start) & (events["date"] <= end)) | events["background"]]
    events = events.sort_values(["date", "date_end", "event_id"], kind="stable")
    return events.iloc[offset : offset + limit], len(events)
