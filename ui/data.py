"""Loading the stored tables and article texts, cached by path and modification time."""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from events.errors import EventsError
from events.extract.corpus import read_article
from events.schema import Tables, empty_table
from events.store import DEFAULT_DATA, tables_version
from events.store import load_tables as load_stored_tables
from events.store.generations import Version, list_versions, load_version
from ui.state import pinned_version

DATA_ENV = "NEWS_TIMELINE_DATA"


def data_dir() -> Path:
    return Path(os.environ.get(DATA_ENV, str(DEFAULT_DATA)))


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


@st.cache_data(show_spinner=False, max_entries=4)
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


@st.cache_data(show_spinner=False, max_entries=4)
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
