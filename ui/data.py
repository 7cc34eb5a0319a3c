"""The shown data version and the article texts, cached by path and modification time; and the one
object that answers the views' questions about that version (`table_query`): pandas over the loaded
table for a small table, DuckDB over the stored files (`events.query.duck`) for a big one, with the same
answers (`events.query.frames.TableQuery`)."""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from events.errors import EventsError
from events.extract.corpus import read_article
from events.query.duck import EventQuery
from events.query.frames import FrameQuery, TableQuery
from events.schema import Tables, empty_table
from events.store import DEFAULT_DATA, tables_version
from events.store import load_tables as load_stored_tables
from events.store.generations import (
    Version,
    articles_source,
    list_versions,
    load_version,
    stored_event_count,
)
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
# unchanged by what a page derives from it). A data cache unpickles a copy on every call.
@st.cache_resource(show_spinner=False, max_entries=2)
def _cached_frames(path: str, version: str) -> FrameQuery:
    del version  # part of the cache key only: every write of the tables changes it
    return FrameQuery(load_stored_tables(Path(path)))


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
def _cached_version(path: str, generation: str) -> FrameQuery:
    return FrameQuery(load_version(Path(path), generation))


def table_query(*, missing_ok: bool = False) -> TableQuery:
    """The questions a page asks of the shown data version: answered by DuckDB over the stored files
    for a big table (never loaded whole into the server), else by pandas over the loaded table. Shows
    the loader's message and stops the page if the tables are missing or invalid.

    With `missing_ok` (the page that adds articles), a data folder with no tables yet reads as empty.
    """
    folder = data_dir()
    if missing_ok and not tables_version(folder):
        return FrameQuery(Tables(empty_table("events"), empty_table("mentions"), empty_table("sources")))
    try:
        return version_query(data_version())
    except EventsError as error:
        st.error(str(error))
        st.stop()


def version_query(version: str) -> TableQuery:
    """The questions about a kept data version (the current one, or an older one a link or a
    comparison names); EventsError if it cannot be read."""
    folder = data_dir()
    query = _big_query(folder, version)
    if query is not None:
        return query
    if version != tables_version(folder):  # an older version
        return _cached_version(str(folder.resolve()), version)
    return _cached_frames(str(folder.resolve()), version)


def is_big(query: TableQuery) -> bool:
    """Whether DuckDB answers (a big table): what the pandas path computes at once is then cached."""
    return isinstance(query, EventQuery)


@st.cache_data(show_spinner=False, max_entries=64)
def _cached_article(path: str, stamp: float) -> str:
    del stamp
    return read_article(Path(path))


@st.cache_data(show_spinner=False, max_entries=8)
def _cached_articles_source(path: str, version: str) -> str:
    del version  # part of the cache key: a rebuild may read its articles from elsewhere
    found = articles_source(Path(path))
    return str(found) if found is not None else ""


def article_folders() -> list[Path]:
    """Where an article's file is looked for: the folder the tables were built from when the build read
    them elsewhere (`build --articles DIR --out DATA`), then the data folder's articles/. The build's own
    folder comes first: a stale file of the same name left in DATA/articles would otherwise be shown in its
    place, and the mentions' offsets, which index into the file the build read, would miss their sentence."""
    own = data_dir() / "articles"
    built = articles_built_from()
    return [own] if built is None else [built, own]


def articles_built_from() -> Path | None:
    """The folder the current tables' articles were read from when it is not the data folder's own
    articles/ (`build --articles DIR --out DATA`); None otherwise."""
    folder = data_dir()
    built = _cached_articles_source(str(folder.resolve()), tables_version(folder))
    if not built or Path(built).resolve() == (folder / "articles").resolve():
        return None
    return Path(built)


def article_text(article: str) -> str | None:
    """An article's text exactly as the build read it (mention offsets index into it); None if unreadable."""
    for folder in article_folders():
        path = folder / Path(article).name
        if not path.is_file():
            continue
        try:
            return _cached_article(str(path.resolve()), _mtime(path))
        except EventsError:
            return None
    return None


def duckdb_min_events() -> int:
    raw = os.environ.get(DUCKDB_MIN_ENV, "").strip()
    return int(raw) if raw.isdigit() else DUCKDB_MIN_EVENTS


def _close(query: EventQuery) -> None:
    query.close()


# One connection per data version, shared by every session and thread of the server. Two kept: the current
# version and one older (a comparison's or a link's). Each holds its coded columns once asked for (about
# 68 MB at a million events), its search index once searched (about 50 MB) and its ranked review
# queue (about 30 MB); a version let go is closed once no statement runs on it.
@st.cache_resource(show_spinner=False, max_entries=2, on_release=_close)
def _cached_query(path: str, generation: str) -> EventQuery:
    return EventQuery.open(Path(path), generation)


# A version's files never change once written, so its count is read once, not on every rerun of a page
@st.cache_data(show_spinner=False, max_entries=64)
def _cached_count(path: str, generation: str) -> int | None:
    return stored_event_count(Path(path), generation)


def _big_query(folder: Path, shown: str) -> EventQuery | None:
    """DuckDB's queries over the shown version when its table is big enough to need them and is stored
    in partitions (a table of the old flat layout is not); None: pandas on the loaded table answers."""
    if not shown or shown.startswith("legacy-"):
        return None
    counted = _cached_count(str(folder.resolve()), shown)
    # (each saved correction makes a new version: opening DuckDB on it, checksums and all, cost 0.2 s of
    # every review decision only to learn the table is small; the footers say so in milliseconds)
    if counted is not None and counted < duckdb_min_events():
        return None
    try:
        query = _cached_query(str(folder.resolve()), shown)
    except EventsError:
        return None  # a damaged or vanished generation: loading the tables says what is wrong
    return query if query.total() >= duckdb_min_events() else None
