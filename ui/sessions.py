"""Readers leaving: when a reader's session ends, the server gives back the memory their pages took
(`events.query.memory.release_memory`), instead of holding its peak with nobody connected."""

from __future__ import annotations

import threading

import streamlit as st

from events.query.memory import release_memory

# A session's end is seen on the server's event loop, while its script may still be finishing a run:
# the memory is released a little later, in a thread of its own, once for readers leaving together.
RELEASE_DELAY_S = 2.0
_lock = threading.Lock()
_pending: threading.Timer | None = None


def _release() -> None:
    global _pending
    with _lock:
        _pending = None
    release_memory()


def reader_left(_: object = None) -> None:
    """Release memory shortly, unless a release is already on its way."""
    global _pending
    with _lock:
        if _pending is not None:
            return
        _pending = threading.Timer(RELEASE_DELAY_S, _release)
        _pending.daemon = True
        _pending.start()


@st.cache_resource(show_spinner=False, scope="session", on_release=reader_left)
def _reader() -> bool:
    return True


def watch_reader() -> None:
    """Have this session's end release memory (once per session; a cache hit on every later run)."""
    _reader()
