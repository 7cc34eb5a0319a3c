"""The reader's state (filters and view) kept in step with the URL query string.

At the top of every run the URL is compared with what this session last wrote to it:

- a new session, or a URL the session did not write (a shared link, an internal link with its own
  parameters): the URL is decoded into the state, with notes on what was ignored;
- otherwise (a rerun after a widget change, or a click in the page menu, which drops the query string)
  the session's state stands; a move to another page starts that page's list afresh (no search, first
  page), as does a link to another page.

Then the state is written back as the canonical query string of the page. Widgets never hold the state
themselves: their callbacks call `update_state`, which runs before the next script run, so the URL
written at the top of that run is already up to date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from typing import Any

import streamlit as st

from events.query.fates import event_fate
from events.query.frames import TableQuery
from events.query.views import (
    LIST_PAGES,
    PAGE_KEYS,
    State,
    View,
    from_query,
    list_start,
    normalise_query,
    to_query,
    view_from_query,
    zoom_within,
)
from events.store.curation import load_corrections

_STATE = "news:state"
_WRITTEN = "news:written"
_PAGE = "news:page"
_NOTES = "news:notes"
_LEFT = "news:left"  # what the last click in the page menu left, and where it went


def _url_params() -> dict[str, list[str]]:
    return normalise_query({key: st.query_params.get_all(key) for key in st.query_params})


@st.cache_data(show_spinner=False, max_entries=8)
def _options(version: str, _query: TableQuery) -> dict[str, list[str]]:
    del version  # the cache key for the tables (not hashed: they are what this version holds)
    return _query.facet_options()


def _from_url(
    params: dict[str, list[str]], page: str, query: TableQuery, version: str
) -> tuple[State, list[str]]:
    state, notes = from_query(params)
    # Every new visitor's link is checked against the options: counted once per data version.
    filters, dropped = state.filters.keep_known(_options(version, query))
    bounds = query.date_bounds()
    # Dates in the table's span, before any widget sees them.
    filters, moved = filters.within_span(bounds, query.most_sources())
    notes += dropped + moved
    view = state.view
    if bounds is not None:
        zoom, zoom_notes = zoom_within(view.zoom, *bounds)
        view, notes = replace(view, zoom=zoom), notes + zoom_notes
    if view.event and query.event_tables([view.event]).events.empty:
        note, successor = _missing_event(view.event, query)
        notes.append(note)
        view = replace(view, event=successor)
    # Keys of other pages that the link does not mention keep this session's values (lanes, zoom, ...).
    previous: View = st.session_state.get(_STATE, State()).view
    own = PAGE_KEYS.get(page, ())
    kept = {
        f.name: getattr(previous, f.name) for f in fields(View) if f.name not in own and f.name not in params
    }
    return State(filters=filters, view=replace(view, **kept)), notes


def _missing_event(event_id: str, query: TableQuery) -> tuple[str, str]:
    """What to say of a link's event the table lacks, and the event to show instead ("" for none): a
    link made before an analyst merged its event must still open the happening it pointed at."""
    from ui.data import data_dir  # ui.data reads the pinned version from this module

    def held(other: str) -> bool:
        return not query.event_tables([other]).events.empty

    fate = event_fate(load_corrections(data_dir()), event_id, held)
    if fate.kind == "merged":
        return (
            f"The link's event {event_id} was merged by an analyst into {fate.into}, shown here.",
            fate.into,
        )
    if fate.kind == "unsplit":
        return (
            f"The link's event {event_id} was split off {fate.into} by an analyst and the split undone: "
            "its reports are back in that event, shown here."
        ), fate.into
    if fate.kind == "rejected":
        return (
            f"The link's event {event_id} was rejected by an analyst; Curate lists rejected events and can "
            "restore it."
        ), ""
    return f"The link's event {event_id} is not in the current table; it may have been rebuilt.", ""


def sync_with_url(page: str, query: TableQuery, version: str) -> State:
    """Read (or restore) the state for this run and write it back to the URL; see the module docstring.

    `version` is the data version the query answers about (a cache key)."""
    params = _url_params()
    written = st.session_state.get(_WRITTEN)
    # (page left, its query string, page reached) of the last click in the page menu
    left: tuple[str, dict[str, list[str]], str] | None = st.session_state.get(_LEFT)
    # Back from a page reached by the page menu: Streamlit 1.67 writes the new page's query string under
    # the old page's address first, as a history entry of its own, so Back landed there ("/chronology?
    # type=claim" for "/chronology?type=claim&page=2") and the view left (its list's page, search) was
    # lost. That entry is read as the view that was left, and the address bar corrected in place.
    back_to_left = (
        left is not None and (page, st.session_state.get(_PAGE)) == (left[0], left[2]) and params == written
    )
    if back_to_left and left is not None:
        params = left[1]
        del st.session_state[_LEFT]
    menu_click = st.session_state.get(_PAGE) != page and not params
    if menu_click and written is not None:
        st.session_state[_LEFT] = (st.session_state.get(_PAGE), written, page)
    # A link clicked on the page it leads to (a claim's denial on the event page): Streamlit reruns with
    # the link's query string but leaves the address bar as it was, so a copied address opened the event
    # left behind. Written back even when already canonical, the address bar follows.
    same_page_link = written is not None and params != written and st.session_state.get(_PAGE) == page
    if written is None or (params != written and not menu_click):
        state, notes = _from_url(params, page, query, version)
        st.session_state[_STATE] = state
        st.session_state[_NOTES] = notes
    elif menu_click:
        state = current_state()
        st.session_state[_STATE] = replace(state, view=replace(state.view, **list_start()))
    state = current_state()
    canonical = to_query(state, page)
    if canonical != params or same_page_link or back_to_left:
        st.query_params.from_dict(canonical)
    st.session_state[_WRITTEN] = canonical
    st.session_state[_PAGE] = page
    return state


def current_state() -> State:
    state: State = st.session_state.get(_STATE, State())
    return state


def current_notes() -> list[str]:
    notes: list[str] = st.session_state.get(_NOTES, [])
    return notes


def update_state(change: Callable[[State], State]) -> None:
    """Apply a change (from a widget callback) to the state; the notes of the last link are dismissed.
    New filters make a new list: its page goes back to the first."""
    old = current_state()
    new = change(old)
    if new.filters != old.filters:
        unchanged: dict[str, Any] = {
            name: 1 for name in LIST_PAGES if getattr(new.view, name) == getattr(old.view, name)
        }
        new = replace(new, view=replace(new.view, **unchanged))
    st.session_state[_STATE] = new
    st.session_state[_NOTES] = []


def settle_view(**changes: Any) -> None:
    """A view value corrected while the page is drawn (a link's page past the end of its list): the
    state and the URL then say what is shown, at once (the notes of the link stay)."""
    state = current_state()
    settled = replace(state, view=replace(state.view, **changes))
    if settled == state:
        return
    st.session_state[_STATE] = settled
    query = to_query(settled, st.session_state.get(_PAGE, "timeline"))
    st.query_params.from_dict(query)
    st.session_state[_WRITTEN] = query


def update_view(**changes: Any) -> None:
    update_state(lambda state: replace(state, view=replace(state.view, **changes)))


def link_params(state: State, page: str, **view_changes: Any) -> dict[str, list[str]]:
    """Query parameters for a link to `page` that keeps the current filters; on another page than this
    one, that page's list starts afresh."""
    if page != st.session_state.get(_PAGE):
        view_changes = {**list_start(), **view_changes}
    return to_query(replace(state, view=replace(state.view, **view_changes)), page)


def pinned_version() -> str:
    """The data version the reader looks at ("" for the current data), known before the tables load:
    a link's `v` when the URL is one this session did not write, else the session's own state."""
    params = _url_params()
    written = st.session_state.get(_WRITTEN)
    if written is None or (params and params != written):
        view, _ = view_from_query({"v": params.get("v", [])})
        return view.v
    return current_state().view.v
